import { effect, untracked, type EffectRef } from '@angular/core';

/**
 * Runs `reset` now and each time `source` changes: a form that starts again from what the selected
 * round (or the opened entry) is. Only `source` is tracked, never what `reset` reads. Must be called
 * in an injection context (a field initializer or the constructor).
 */
export function resetOn(source: () => unknown, reset: () => void): EffectRef {
  return effect(() => {
    source();
    untracked(reset);
  });
}
