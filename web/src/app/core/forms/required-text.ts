import { computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, type ValidatorFn } from '@angular/forms';
import type { FieldError } from '@press-award/contracts';
import { I18nService } from '../i18n/i18n.service';
import { FormErrors } from './form-errors';

/**
 * The one required text of a dialog (a recusal's reason, a prize's note): its control, its message
 * from the first submit, and the trimmed text once there is one. Create it in a field initializer
 * (it injects).
 */
export class RequiredText {
  private readonly i18n = inject(I18nService);

  readonly control: FormControl<string>;
  readonly formErrors: FormErrors;
  private readonly value;
  private readonly clientErrors = computed<FieldError[]>(() =>
    this.value().trim()
      ? []
      : [{ field: this.path, code: 'REQUIRED', message: this.i18n.fieldMessage('REQUIRED') }],
  );

  constructor(
    private readonly path: string,
    options: { initial?: string; validators?: ValidatorFn[] } = {},
  ) {
    this.control = new FormControl(options.initial ?? '', {
      nonNullable: true,
      validators: options.validators ?? [],
    });
    this.value = toSignal(this.control.valueChanges, { initialValue: this.control.value });
    this.formErrors = new FormErrors(this.clientErrors, signal([path]));
  }

  /** The submit: from now on the message shows; the trimmed text, or null while there is none. */
  submit(): string | null {
    this.formErrors.attempt();
    return this.clientErrors().length > 0 ? null : this.value().trim();
  }
}
