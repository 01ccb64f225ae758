import { DestroyRef, computed, inject, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import type { FormGroup } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import type { FieldError, MeResponse } from '@press-award/contracts';
import type { Observable } from 'rxjs';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { destinationAfterSignIn } from '../core/auth/landing';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';

/**
 * One account request at a time: says that it is sending, and turns a refusal into the banner's
 * error. Create it in a field initializer (it injects).
 */
export class AuthRequest {
  private readonly uiErrors = inject(UiErrors);
  private readonly destroyRef = inject(DestroyRef);

  readonly submitting = signal(false);
  readonly error = signal<UiError | null>(null);

  send<Response>(
    request: Observable<Response>,
    done: (response: Response) => void,
    refused?: (error: UiError) => void,
  ): void {
    this.error.set(null);
    this.submitting.set(true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (response) => {
        this.submitting.set(false);
        done(response);
      },
      error: (failure: unknown) => {
        const uiError = this.uiErrors.from(failure);
        this.error.set(uiError);
        refused?.(uiError);
        this.submitting.set(false);
      },
    });
  }
}

/**
 * What the sign-in, registration and invitation forms share: the browser's checks re-run on every
 * change and are shown from the first submit; nothing is sent while they find something; one
 * request at a time; a refusal becomes the banner and the messages under the fields.
 *
 * Create it in a field initializer (it injects). The page keeps its template and says what to
 * check, what to send and what to do with the answer.
 */
export class AuthForm<Form extends FormGroup> extends AuthRequest {
  readonly clientErrors: Signal<readonly FieldError[]>;
  readonly formErrors: FormErrors;

  constructor(
    form: Form,
    check: (value: ReturnType<Form['getRawValue']>) => readonly FieldError[],
  ) {
    super();
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
    this.send(send(), done, (uiError) => this.formErrors.setServer(uiError.details));
  }
}

/**
 * After an account is made or taken up: welcome its holder by name and take them to the page that
 * asked for it (`returnUrl`), else where their work is. Call it in a field initializer (it injects);
 * the answer is the sign-in's.
 */
export function welcomeHome(
  returnUrl: () => string | undefined = () => undefined,
): (response: { user: MeResponse }) => void {
  const snackBar = inject(MatSnackBar);
  const router = inject(Router);
  const i18n = inject(I18nService);
  return (response) => {
    snackBar.open(i18n.t('invite.welcome', { name: response.user.fullName }), undefined, {
      duration: 5000,
    });
    void router.navigateByUrl(destinationAfterSignIn(returnUrl(), response.user));
  };
}
