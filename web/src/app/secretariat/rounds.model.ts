/** Adds or removes one id of an immutable set (checkbox lists of categories and judges). */
export function toggleId(set: ReadonlySet<string>, id: string, checked: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (checked) next.add(id);
  else next.delete(id);
  return next;
}

/** The checked state of a native checkbox change event. */
export function isChecked(event: Event): boolean {
  return (event.target as HTMLInputElement | null)?.checked ?? false;
}

/** "Báo A\nBáo B\n\n" → ["Báo A", "Báo B"]: one agency per line, blanks and repeats dropped. */
export function parseAgencies(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const agency = line.trim();
    if (agency && !seen.has(agency.toLocaleLowerCase('vi'))) {
      seen.add(agency.toLocaleLowerCase('vi'));
      result.push(agency);
    }
  }
  return result;
}
