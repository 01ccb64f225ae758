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
import type { ComplaintResponse } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { formSave } from '../core/forms/form-save';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { AftercareApi } from './aftercare-api';
import { AftercareI18n, AftercareTranslatePipe } from './aftercare-i18n';
import {
  COMPLAINANT_MAX_LENGTH,
  COMPLAINT_TEXT_MAX_LENGTH,
  type PrizeWinner,
} from './aftercare.model';
import { WinnerLabels } from './winner-labels';

/**
 * Recording a complaint against a prize-winning work (organizers and the secretariat): which work,
 * who complains and why, checked here as the API checks it. The recorded complaint goes up.
 */
@Component({
  selector: 'pa-complaint-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    AftercareTranslatePipe,
    ErrorBannerComponent,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './complaint-form.component.html',
  styles: `
    :host {
      display: block;
    }
    .pa-complaint-form {
      max-width: 720px;
      margin: 12px 0 20px;
    }
    .pa-full {
      width: 100%;
      margin-bottom: 12px;
    }
  `,
})
export class ComplaintFormComponent {
  private readonly api = inject(AftercareApi);
  private readonly i18n = inject(I18nService);
  private readonly words = inject(AftercareI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly labels = inject(WinnerLabels);

  readonly awardId = input.required<string>();
  /** The works a complaint can be against. */
  readonly winners = input.required<readonly PrizeWinner[]>();
  readonly filed = output<ComplaintResponse>();

  protected readonly complainantMax = COMPLAINANT_MAX_LENGTH;
  protected readonly form = this.fb.group({ entryId: '', complainant: '', reason: '' });
  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  private readonly errors = computed(() => {
    const value = { ...this.form.getRawValue(), ...this.value() };
    return new FieldChecks(this.i18n)
      .required('entryId', value.entryId)
      .required('complainant', value.complainant)
      .maxLength('complainant', value.complainant?.trim(), COMPLAINANT_MAX_LENGTH)
      .required('reason', value.reason)
      .maxLength('reason', value.reason?.trim(), COMPLAINT_TEXT_MAX_LENGTH).errors;
  });
  protected readonly formErrors = new FormErrors(this.errors, signal(controlPaths(this.form)));
  protected readonly fileError = signal<UiError | null>(null);
  private readonly save = formSave(this.fileError, this.formErrors);
  protected readonly filing = this.save.busy;

  protected file(): void {
    this.formErrors.attempt();
    this.fileError.set(null);
    if (this.errors().length > 0 || this.filing()) return;
    const value = this.form.getRawValue();
    this.save.run(
      this.api.fileComplaint(this.awardId(), {
        entryId: value.entryId,
        complainant: value.complainant.trim(),
        reason: value.reason.trim(),
      }),
      (complaint) => {
        this.filed.emit(complaint);
        this.form.reset();
        this.formErrors.reset();
        this.snackBar.open(this.words.t('complaints.filed'), undefined, { duration: 4000 });
      },
    );
  }
}
