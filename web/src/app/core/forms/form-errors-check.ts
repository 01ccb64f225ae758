import { ChangeDetectorRef, effect, inject, type Signal } from '@angular/core';
import type { FormErrors } from './form-errors';

/**
 * Material reads a field's error state (our `errorStateMatcher`) in `ngDoCheck`, which runs only
 * when the view holding the field is checked. An OnPush section of a form owned by its page is not
 * checked when the page's messages change (a submit attempt, the server's answer), so it asks to be.
 * Call in an injection context (a field initializer).
 */
export function checkWhenErrorsChange(formErrors: Signal<FormErrors>): void {
  const view = inject(ChangeDetectorRef);
  effect(() => {
    formErrors().map();
    view.markForCheck();
  });
}
