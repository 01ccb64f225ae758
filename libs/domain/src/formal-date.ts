import type { AwardLevel, UiLanguage } from '@press-award/contracts';

/** Vietnam is UTC+7 all year (no daylight saving), so a fixed offset is exact and needs no time-zone data. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The Vietnam calendar day of an instant, as two-digit day and month and four-digit year. */
export function vietnamDateParts(instant: Date): { day: string; month: string; year: string } {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return {
    day: String(shifted.getUTCDate()).padStart(2, '0'),
    month: String(shifted.getUTCMonth() + 1).padStart(2, '0'),
    year: String(shifted.getUTCFullYear()),
  };
}

/** The Vietnam calendar date of an instant (YYYY-MM-DD). */
export function vietnamCalendarDate(instant: Date): string {
  const { day, month, year } = vietnamDateParts(instant);
  return `${year}-${month}-${day}`;
}

/**
 * The place-and-date line of an official document, as Party documents write it: "Hà Nội, ngày 13
 * tháng 01 năm 2021" (day and month always two digits, the day in Vietnam time). Without a place the
 * line is "Ngày 13 tháng 01 năm 2021". English: "Hà Nội, 13 January 2021".
 */
export function formalDateLine(
  instant: Date,
  place: string | null | undefined,
  lang: UiLanguage = 'vi',
): string {
  const { day, month, year } = vietnamDateParts(instant);
  const where = place?.normalize('NFC').trim() || null;
  if (lang === 'en') {
    const date = `${day} ${ENGLISH_MONTHS[Number(month) - 1]} ${year}`;
    return where ? `${where}, ${date}` : date;
  }
  const date = `ngày ${day} tháng ${month} năm ${year}`;
  return where ? `${where}, ${date}` : `N${date.slice(1)}`;
}

/** Where a national award's documents are dated when it names no place: the capital. */
export const NATIONAL_DOCUMENT_PLACE = 'Hà Nội';

/**
 * The place an award's documents are dated at: its own `place`, else Hà Nội for a national award.
 * A provincial or unit award names its own (its province's capital, e.g. "Quy Nhơn"); without one the
 * date line has no place rather than a guessed one.
 */
export function documentPlace(award: { place?: string | null; level: AwardLevel }): string | null {
  const own = award.place?.normalize('NFC').trim();
  if (own) return own;
  return award.level === 'national' ? NATIONAL_DOCUMENT_PLACE : null;
}
