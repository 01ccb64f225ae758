import { DestroyRef, computed, inject, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import type { FormGroup } from '@angular/forms';
import type { FieldError } from '@press-award/contracts';
import type { Observable } from 'rxjs';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { FormErrors, controlPaths } from '../core/forms/form-errors';

/**
 * What the sign-in, registration and invitation forms share: the browser's checks re-run on every
 * change and are shown from the first submit; nothing is sent while they find something; one
 * request at a time; a refusal becomes the banner and the messages under the fields.
 *
 * Create it in a field initializer (it injects). The page keeps its template and says what to
 * check, what to send and what to do with the answer.
 */
export class AuthForm<Form extends FormGroup> {
  private readonly uiErrors = inject(UiErrors);
  private readonly destroyRef = inject(DestroyRef);

  readonly clientErrors: Signal<readonly FieldError[]>;
  readonly formErrors: FormErrors;
  readonly submitting = signal(false);
  readonly error = signal<UiError | null>(null);

  constructor(
    form: Form,
    check: (value: ReturnType<Form['getRawValue']>) => readonly FieldError[],
  ) {
    const value = toSignal(form.valueChanges, { initialValue: form.getRawValue() });
    this.clientErrors = computed(() =>
      check({ ...form.getRawValue(), ...value() } as ReturnType<Form['getRawValue']>),
    );
    this.formErrors = new FormErrors(this.clientErrors, signal(controlPaths(form)));
  }

  submit<Response>(send: () => Observable<Response>, done: (response: Response) => void): void {
    this.formErrors.attempt();
    this.error.set(null);
    if (this.clientErrors().length > 0) return;
    const request = send();
    this.submitting.set(true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (response) => {
        this.submitting.set(false);
        done(response);
      },
      error: (failure: unknown) => {
        const uiError = this.uiErrors.from(failure);
        this.error.set(uiError);
        this.formErrors.setServer(uiError.details);
        this.submitting.set(false);
      },
    });
  }
}
