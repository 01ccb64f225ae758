/** The value of a native `<select>` from its change event. */
export function selectValue(event: Event): string {
  return (event.target as HTMLSelectElement | null)?.value ?? '';
}
