import { computed, signal, type Signal } from '@angular/core';
import { FormArray, FormGroup, type AbstractControl } from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';
import type { FieldError } from '@press-award/contracts';
import { mapFieldErrors, type FieldErrorMap } from '../api/api-error';

/** Every leaf control path of a form (`rules.files.tv.maxBytes`, `prizeTiers.0.code`). */
export function controlPaths(control: AbstractControl, prefix = ''): string[] {
  if (control instanceof FormGroup || control instanceof FormArray) {
    return Object.entries(control.controls as Record<string, AbstractControl>).flatMap(
      ([name, child]) => controlPaths(child, prefix ? `${prefix}.${name}` : name),
    );
  }
  return prefix ? [prefix] : [];
}

/**
 * One place for a form's field errors, whoever found them: the browser (the same checks the API
 * runs, shown after the first submit attempt) or the server (`details` of the last answer).
 */
export class FormErrors {
  private readonly server = signal<readonly FieldError[]>([]);
  private readonly attempted = signal(false);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  readonly map: Signal<FieldErrorMap>;

  constructor(client: Signal<readonly FieldError[]>, paths: Signal<readonly string[]>) {
    this.map = computed(() =>
      mapFieldErrors([...(this.attempted() ? client() : []), ...this.server()], paths()),
    );
  }

  readonly unmatched = computed(() => this.map().unmatched);

  errors(path: string): readonly string[] {
    return this.map().byField[path] ?? [];
  }

  has(path: string): boolean {
    return this.errors(path).length > 0;
  }

  /** Makes a Material field turn red exactly when this path has a message. */
  matcher(path: string): ErrorStateMatcher {
    let matcher = this.matchers.get(path);
    if (!matcher) {
      matcher = { isErrorState: () => this.has(path) };
      this.matchers.set(path, matcher);
    }
    return matcher;
  }

  /** Called on submit: from now on the browser's own findings are shown. */
  attempt(): void {
    this.attempted.set(true);
    this.server.set([]);
  }

  setServer(details: readonly FieldError[]): void {
    this.server.set(details);
  }

  reset(): void {
    this.attempted.set(false);
    this.server.set([]);
  }
}
