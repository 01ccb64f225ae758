import { DestroyRef, inject, signal, type Signal, type WritableSignal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Observable } from 'rxjs';
import type { UiError } from '../api/api-error';
import { UiErrors } from '../api/ui-errors';
import type { FormErrors } from './form-errors';

export interface FormSave {
  /** True while the request is in flight (the submit button waits). */
  readonly busy: Signal<boolean>;
  /** Sends the request; `done` takes the answer once `busy` is false again. */
  run<T>(request: Observable<T>, done: (value: T) => void): void;
}

/**
 * The save every form does: say that it is saving, and on a refusal show the API's message above
 * the form (`error`) and its field details on the fields they name (`formErrors`, where the form
 * has fields); the request stops with the
 * component. Must be called in an injection context (a field initializer). A form with two
 * requests (preview, then apply) has one `FormSave` for each, sharing the error.
 */
export function formSave(error: WritableSignal<UiError | null>, formErrors?: FormErrors): FormSave {
  const uiErrors = inject(UiErrors);
  const destroyRef = inject(DestroyRef);
  const busy = signal(false);
  return {
    busy: busy.asReadonly(),
    run: (request, done) => {
      busy.set(true);
      request.pipe(takeUntilDestroyed(destroyRef)).subscribe({
        next: (value) => {
          busy.set(false);
          done(value);
        },
        error: (failure: unknown) => {
          const uiError = uiErrors.from(failure);
          error.set(uiError);
          formErrors?.setServer(uiError.details);
          busy.set(false);
        },
      });
    },
  };
}
