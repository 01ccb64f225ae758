import type { DocumentType } from '@press-award/contracts';

/** The documents that are built from one round (its council, its minutes). */
export const ROUND_DOCUMENTS: readonly DocumentType[] = ['council_decision', 'round_minutes'];

/** The documents the page offers to generate, in the order of the work. */
export const OFFERED_DOCUMENTS: readonly DocumentType[] = [
  'council_decision',
  'round_minutes',
  'prize_proposal',
  'prize_decision',
  'payment_list',
  'batch_list',
];

/**
 * "13/01/2021" → "2021-01-13"; empty → null (the API's default date); anything else, or a day that
 * does not exist (31/02), → undefined: the field is wrong.
 */
export function parseIssuedOn(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(trimmed);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
