import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  COMPLAINT_OUTCOMES,
  type ComplaintOutcome,
  type ComplaintResponse,
} from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { formSave } from '../core/forms/form-save';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { AftercareApi } from './aftercare-api';
import { AftercareI18n, AftercareTranslatePipe } from './aftercare-i18n';
import { COMPLAINT_TEXT_MAX_LENGTH, availableOutcomes, type LostStanding } from './aftercare.model';

export interface ResolveComplaintData {
  awardId: string;
  complaint: ComplaintResponse;
  /** What an earlier complaint already took from this entry, which rules some outcomes out. */
  lost: LostStanding | null;
}

/**
 * Resolving a complaint: one outcome, its consequence spelled out beside it, and a required note.
 * The dialog sends the decision itself, so a refusal (already resolved elsewhere, no prize left)
 * is shown here where the choice was made. It closes with the resolved complaint.
 */
@Component({
  selector: 'pa-resolve-complaint-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    AftercareTranslatePipe,
    ErrorBannerComponent,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title data-testid="resolve-title">{{ 'resolve.title' | act }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="resolve-dialog">
      <mat-dialog-content>
        <p>
          <strong>{{ 'resolve.entry' | act: { title: data.complaint.entryTitle } }}</strong
          ><br />
          {{ 'resolve.complaint' | act: { complainant: data.complaint.complainant } }}
        </p>
        <blockquote class="pa-reason">{{ data.complaint.reason }}</blockquote>
        <pa-error-banner
          [error]="error()"
          [unmatched]="formErrors.unmatched()"
          testId="resolve-error"
        />
        <fieldset class="pa-outcomes">
          <legend id="resolve-outcome-legend">{{ 'resolve.outcome' | act }}</legend>
          <mat-radio-group
            formControlName="outcome"
            aria-labelledby="resolve-outcome-legend"
            data-testid="resolve-outcome"
          >
            @for (outcome of outcomes; track outcome) {
              <div
                class="pa-outcome"
                [class.pa-outcome--unavailable]="!allowed().includes(outcome)"
              >
                <mat-radio-button
                  [value]="outcome"
                  [disabled]="!allowed().includes(outcome)"
                  [attr.data-testid]="'resolve-outcome-' + outcome"
                  [aria-describedby]="'resolve-effect-' + outcome"
                  >{{ outcomeLabel(outcome) }}</mat-radio-button
                >
                <p class="pa-muted pa-outcome__effect" [id]="'resolve-effect-' + outcome">
                  {{ effect(outcome) }}
                  @if (!allowed().includes(outcome) && data.lost) {
                    {{ 'resolve.unavailable' | act: { reason: lostLabel() } }}
                  }
                </p>
              </div>
            }
          </mat-radio-group>
          <pa-field-errors [form]="formErrors" path="outcome" />
        </fieldset>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-full">
          <mat-label>{{ 'resolve.note' | act }}</mat-label>
          <textarea
            matInput
            rows="3"
            formControlName="note"
            [errorStateMatcher]="formErrors.matcher('note')"
            data-testid="resolve-note"
          ></textarea>
          <mat-hint>{{ 'resolve.noteHint' | act }}</mat-hint>
          <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="note" />
        </mat-form-field>
        <p class="pa-warning">{{ 'resolve.final' | act }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button
          mat-button
          type="button"
          [mat-dialog-close]="undefined"
          data-testid="resolve-cancel"
        >
          {{ 'common.cancel' | t }}
        </button>
        <button
          mat-flat-button
          type="submit"
          [class.pa-danger]="value().outcome !== 'dismissed'"
          [disabled]="busy()"
          data-testid="resolve-submit"
        >
          {{ 'resolve.submit' | act }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .pa-full {
      width: 100%;
      margin: 12px 0;
    }
    .pa-reason {
      margin: 0 0 12px;
      padding: 8px 12px;
      border-left: 3px solid #d8d8d8;
      white-space: pre-line;
    }
    .pa-outcomes {
      border: 0;
      padding: 0;
      margin: 0;
      legend {
        font-weight: 600;
        margin-bottom: 4px;
      }
    }
    .pa-outcome__effect {
      margin: 0 0 8px 40px;
    }
    .pa-outcome--unavailable .pa-outcome__effect {
      opacity: 0.7;
    }
  `,
})
export class ResolveComplaintDialogComponent {
  protected readonly data = inject<ResolveComplaintData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<ResolveComplaintDialogComponent, ComplaintResponse>>(MatDialogRef);
  private readonly api = inject(AftercareApi);
  private readonly i18n = inject(I18nService);
  private readonly words = inject(AftercareI18n);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly outcomes = COMPLAINT_OUTCOMES;
  protected readonly allowed = signal(availableOutcomes(this.data.lost));
  // No outcome is preselected: the organizer must choose one consciously.
  protected readonly form = this.fb.group({ outcome: '' as ComplaintOutcome | '', note: '' });
  protected readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  protected readonly error = signal<UiError | null>(null);

  private readonly clientErrors = computed(() => {
    const value = { ...this.form.getRawValue(), ...this.value() };
    return new FieldChecks(this.i18n)
      .required('outcome', value.outcome)
      .custom(
        'outcome',
        !!value.outcome && !this.allowed().includes(value.outcome as ComplaintOutcome),
        'COMPLAINT_NO_PRIZE',
        this.i18n.errorMessage('COMPLAINT_NO_PRIZE'),
      )
      .required('note', value.note)
      .maxLength('note', value.note, COMPLAINT_TEXT_MAX_LENGTH).errors;
  });
  protected readonly formErrors = new FormErrors(
    this.clientErrors,
    signal(controlPaths(this.form)),
  );
  private readonly save = formSave(this.error, this.formErrors);
  protected readonly busy = this.save.busy;

  protected outcomeLabel(outcome: ComplaintOutcome): string {
    return this.words.t(`resolve.${outcome}`);
  }

  protected effect(outcome: ComplaintOutcome): string {
    return this.words.t(`resolve.${outcome}Effect`);
  }

  protected lostLabel(): string {
    return this.data.lost ? this.words.t(`complaints.lost.${this.data.lost}`).toLowerCase() : '';
  }

  protected submit(): void {
    this.formErrors.attempt();
    if (this.clientErrors().length > 0 || this.busy()) return;
    const { outcome, note } = this.form.getRawValue();
    this.error.set(null);
    this.save.run(
      this.api.resolveComplaint(this.data.awardId, this.data.complaint.id, {
        outcome: outcome as ComplaintOutcome,
        note: note.trim(),
      }),
      (resolved) => this.ref.close(resolved),
    );
  }
}
