import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { SCREENING_DECISIONS, type ScreeningDecision } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { formSave } from '../core/forms/form-save';
import { resetOn } from '../core/forms/reset-on';
import { RevisionDeadlineFieldComponent } from './revision-deadline-field.component';
import {
  decisionClientErrors,
  decisionKey,
  toDecisionInput,
  vietnamLocalInDays,
} from './screening.model';
import { SecretariatApi, type ScreeningEntry } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/**
 * The screening decision on one entry: eligible, needs revision (with a reason and a deadline) or
 * ineligible (with a reason), checked here as the API checks it. Starts again each time the page
 * opens an entry; a saved decision goes up as the updated entry.
 */
@Component({
  selector: 'pa-screening-decision-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    SecretariatTranslatePipe,
    ErrorBannerComponent,
    FieldErrorsComponent,
    RevisionDeadlineFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './screening-decision-form.component.html',
  styleUrl: './screening-decision-form.component.scss',
})
export class ScreeningDecisionFormComponent {
  private readonly api = inject(SecretariatApi);
  private readonly i18n = inject(I18nService);
  private readonly st = inject(SecretariatI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly entry = input.required<ScreeningEntry>();
  /** Changes each time the page opens an entry (even the same one again): the form starts again. */
  readonly openedAt = input.required<number>();
  readonly decided = output<ScreeningEntry>();

  protected readonly decisions = SCREENING_DECISIONS;
  protected readonly decisionKey = decisionKey;

  protected readonly decisionForm = this.fb.group({
    decision: this.fb.control<ScreeningDecision>('eligible'),
    reason: '',
    revisionDeadline: vietnamLocalInDays(new Date(), 7),
  });
  private readonly decisionValue = toSignal(this.decisionForm.valueChanges, {
    initialValue: this.decisionForm.getRawValue(),
  });
  protected readonly currentDecision = computed(() => this.decisionValue().decision ?? 'eligible');
  private readonly decisionNow = signal(new Date());
  private readonly decisionErrors = computed(() =>
    decisionClientErrors(
      { ...this.decisionForm.getRawValue(), ...this.decisionValue() },
      this.decisionNow(),
      {
        reasonRequired: this.i18n.errorMessage('SCREENING_REASON_REQUIRED'),
        deadlinePast: this.st.t('decision.deadlinePast'),
        deadlineInvalid: this.i18n.t('date.invalidDateTime'),
      },
    ),
  );
  protected readonly formErrors = new FormErrors(
    this.decisionErrors,
    signal(controlPaths(this.decisionForm)),
  );
  protected readonly decisionError = signal<UiError | null>(null);
  private readonly decisionSave = formSave(this.decisionError, this.formErrors);
  protected readonly deciding = this.decisionSave.busy;

  constructor() {
    resetOn(this.openedAt, () => this.startAgain());
  }

  private startAgain(): void {
    this.decisionError.set(null);
    this.decisionForm.reset({
      decision: 'eligible',
      reason: '',
      revisionDeadline: vietnamLocalInDays(new Date(), 7),
    });
    this.formErrors.reset();
  }

  protected decide(): void {
    const entry = this.entry();
    this.decisionNow.set(new Date());
    this.formErrors.attempt();
    this.decisionError.set(null);
    if (this.decisionErrors().length > 0) return;
    this.decisionSave.run(
      this.api.decide(entry.id, toDecisionInput(this.decisionForm.getRawValue())),
      (updated) => {
        this.decided.emit(updated);
        this.formErrors.reset();
        this.decisionForm.controls.reason.setValue('');
        this.snackBar.open(this.st.t('screening.decided'), undefined, { duration: 3000 });
      },
    );
  }
}
