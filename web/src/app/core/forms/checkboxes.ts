import type { FormControl } from '@angular/forms';

/** The checked state of a native checkbox change event. */
export function isChecked(event: Event): boolean {
  return (event.target as HTMLInputElement | null)?.checked ?? false;
}

/** Adds or removes one id of an immutable set (checkbox lists of categories, judges, winners). */
export function toggleId(
  set: ReadonlySet<string>,
  id: string,
  checked: boolean,
): ReadonlySet<string> {
  const next = new Set(set);
  if (checked) next.add(id);
  else next.delete(id);
  return next;
}

/** Ticks or unticks `item` in a list held by one control (languages, MIME types). */
export function toggleInList(control: FormControl<string[]>, item: string, checked: boolean): void {
  const rest = control.value.filter((value) => value !== item);
  control.setValue(checked ? [...rest, item] : rest);
  control.markAsDirty();
}
