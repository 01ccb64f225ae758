import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ScreeningDecision } from '@press-award/contracts';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { RevisionDeadlineFieldComponent } from './revision-deadline-field.component';
import { decisionClientErrors, toDecisionInput, vietnamLocalInDays } from './screening.model';
import type { DecisionInput } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

export interface BulkDecisionData {
  decision: ScreeningDecision;
  count: number;
}

export type BulkDecisionResult = DecisionInput & { confirmCount: number };

/**
 * One decision for many entries. The user types the number of selected entries: the API refuses a
 * bulk decision whose confirmed count differs, so a stale selection cannot slip through.
 */
@Component({
  selector: 'pa-bulk-decision-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    SecretariatTranslatePipe,
    FieldErrorsComponent,
    RevisionDeadlineFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title data-testid="bulk-dialog-title">
      {{ 'bulk.title' | st: { decision: decisionLabel() } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate data-testid="bulk-dialog">
      <mat-dialog-content>
        <p data-testid="bulk-dialog-text">
          {{ 'bulk.text' | st: { decision: decisionLabel(), count: data.count } }}
        </p>
        @if (data.decision !== 'eligible') {
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-full">
            <mat-label>{{ 'decision.reason' | st }}</mat-label>
            <textarea
              matInput
              rows="3"
              formControlName="reason"
              [errorStateMatcher]="formErrors.matcher('reason')"
              data-testid="bulk-reason"
            ></textarea>
            <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="reason" />
          </mat-form-field>
        }
        @if (data.decision === 'needs_revision') {
          <pa-revision-deadline-field
            [control]="form.controls.revisionDeadline"
            [formErrors]="formErrors"
            testId="bulk-deadline"
          />
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-full">
          <mat-label>{{ 'bulk.countLabel' | st: { count: data.count } }}</mat-label>
          <input
            matInput
            type="number"
            min="1"
            [formControl]="count"
            [errorStateMatcher]="formErrors.matcher('confirmCount')"
            data-testid="bulk-count"
            cdkFocusInitial
          />
          <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="confirmCount" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined" data-testid="bulk-cancel">
          {{ 'common.cancel' | t }}
        </button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="!countMatches()"
          data-testid="bulk-confirm"
        >
          {{ 'bulk.confirm' | st: { count: data.count } }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .pa-full {
      width: 100%;
      margin-bottom: 12px;
    }
    pa-revision-deadline-field {
      margin-bottom: 12px;
    }
  `,
})
export class BulkDecisionDialogComponent {
  protected readonly data = inject<BulkDecisionData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<BulkDecisionDialogComponent, BulkDecisionResult>>(MatDialogRef);
  private readonly i18n = inject(I18nService);
  private readonly st = inject(SecretariatI18n);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly now = signal(new Date());

  protected readonly form = this.fb.group({
    reason: '',
    revisionDeadline: vietnamLocalInDays(new Date(), 7),
  });
  protected readonly count = new FormControl<number | null>(null);
  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  private readonly countValue = toSignal(this.count.valueChanges, { initialValue: null });

  protected readonly decisionLabel = computed(() => this.st.t(`decision.${this.data.decision}`));
  protected readonly countMatches = computed(() => Number(this.countValue()) === this.data.count);
  private readonly clientErrors = computed(() => {
    const value = { ...this.form.getRawValue(), ...this.value() };
    const errors = decisionClientErrors(
      {
        decision: this.data.decision,
        reason: value.reason,
        revisionDeadline: value.revisionDeadline,
      },
      this.now(),
      {
        reasonRequired: this.i18n.errorMessage('SCREENING_REASON_REQUIRED'),
        deadlinePast: this.st.t('decision.deadlinePast'),
        deadlineInvalid: this.i18n.t('date.invalidDateTime'),
      },
    );
    if (!this.countMatches()) {
      errors.push({
        field: 'confirmCount',
        code: 'BULK_COUNT_MISMATCH',
        message: this.st.t('bulk.countMismatch', { count: this.data.count }),
      });
    }
    return errors;
  });
  protected readonly formErrors = new FormErrors(
    this.clientErrors,
    signal([...controlPaths(this.form), 'confirmCount']),
  );

  protected confirm(): void {
    this.now.set(new Date());
    this.formErrors.attempt();
    if (this.clientErrors().length > 0) return;
    const value = this.form.getRawValue();
    const input = toDecisionInput({
      decision: this.data.decision,
      reason: value.reason,
      revisionDeadline: value.revisionDeadline,
    });
    this.ref.close({ ...input, confirmCount: Number(this.count.value) });
  }
}
