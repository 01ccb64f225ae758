import { DestroyRef, effect, inject, signal, untracked, type Signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import type { UiError } from './api-error';
import { UiErrors } from './ui-errors';

export interface LoadOnInputOptions<P, T> {
  /** What the load depends on (route inputs): read in a reactive context, so a change loads again. */
  readonly params: () => P;
  /** The request(s) for those params; a newer load cancels the one still in flight. */
  readonly request: (params: P) => Observable<T>;
  /** Takes the answer into the page's own signals, which the page may then edit locally. */
  readonly loaded: (value: T, params: P) => void;
}

export interface PageLoad {
  readonly loading: Signal<boolean>;
  readonly error: Signal<UiError | null>;
  /** Loads again for the current params (the retry button, or after a refusal). */
  reload(): void;
}

/**
 * The load every page does: fetch what it shows when its route inputs change, say that it is
 * loading and what failed, and load again on demand. Must be called in an injection context (a
 * field initializer).
 *
 * Why not `rxResource`: pages keep the loaded data in their own writable signals and edit them after
 * each action (a decision, a new round), and their tests read the result synchronously after the
 * HTTP flush; `loaded` runs in the subscription, as the hand-written loads did.
 */
export function loadOnInput<P, T>(options: LoadOnInputOptions<P, T>): PageLoad {
  const uiErrors = inject(UiErrors);
  const loading = signal(true);
  const error = signal<UiError | null>(null);
  let inFlight: Subscription | null = null;

  const run = (params: P): void => {
    inFlight?.unsubscribe();
    loading.set(true);
    error.set(null);
    inFlight = options.request(params).subscribe({
      next: (value) => {
        options.loaded(value, params);
        loading.set(false);
      },
      error: (failure: unknown) => {
        error.set(uiErrors.from(failure));
        loading.set(false);
      },
    });
  };

  effect(() => {
    const params = options.params();
    untracked(() => run(params));
  });
  inject(DestroyRef).onDestroy(() => inFlight?.unsubscribe());

  return {
    loading: loading.asReadonly(),
    error: error.asReadonly(),
    reload: () => run(untracked(options.params)),
  };
}
