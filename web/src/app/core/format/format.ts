import type { UiLanguage } from '@press-award/contracts';

/**
 * Formatting rules of the product. Dates are dd/MM/yyyy (and HH:mm, 24-hour) in Vietnam time in
 * both languages: the awards are Vietnamese and a date must read the same for everyone. Numbers
 * follow the UI language: 1.234,5 in Vietnamese, 1,234.5 in English. See docs/i18n.md.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const NUMBER_LOCALES: Readonly<Record<UiLanguage, string>> = { vi: 'vi-VN', en: 'en-GB' };
const NUMBER_FORMATS: Readonly<Record<UiLanguage, Intl.NumberFormat>> = {
  vi: new Intl.NumberFormat(NUMBER_LOCALES.vi, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(NUMBER_LOCALES.en, { maximumFractionDigits: 2 }),
};
/** The Intl locale numbers are written in for a UI language (charts take it too). */
export function numberLocale(language: UiLanguage): string {
  return NUMBER_LOCALES[language];
}

/** What a decimal input shows: every decimal a score may have (four), no digit grouping. */
const DECIMAL_INPUT_FORMATS: Readonly<Record<UiLanguage, Intl.NumberFormat>> = {
  vi: new Intl.NumberFormat(NUMBER_LOCALES.vi, { maximumFractionDigits: 4, useGrouping: false }),
  en: new Intl.NumberFormat(NUMBER_LOCALES.en, { maximumFractionDigits: 4, useGrouping: false }),
};
const DATE_TIME_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface VietnamMoment {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

function vietnamParts(value: string | Date): VietnamMoment | null {
  const date = value instanceof Date ? value : new Date(value);
  if (isNaN(date.getTime())) return null;
  const parts = Object.fromEntries(
    DATE_TIME_PARTS.formatToParts(date).map((part) => [part.type, part.value]),
  );
  return {
    day: parts['day'] ?? '',
    month: parts['month'] ?? '',
    year: parts['year'] ?? '',
    hour: parts['hour'] ?? '',
    minute: parts['minute'] ?? '',
  };
}

/**
 * dd/MM/yyyy. A calendar date (`2020-10-31`) is shown as written: it already is a Vietnam date and
 * must not shift through a time zone. A moment is converted to Vietnam time first.
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const calendar = CALENDAR_DATE.exec(value);
    if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  }
  const parts = vietnamParts(value);
  return parts ? `${parts.day}/${parts.month}/${parts.year}` : '';
}

/** dd/MM/yyyy HH:mm in Vietnam time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const parts = vietnamParts(value);
  return parts ? `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}` : '';
}

/** A number in the UI language's format: 1.234.567,5 in Vietnamese, 1,234,567.5 in English. */
export function formatNumber(value: number | null | undefined, language: UiLanguage): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return NUMBER_FORMATS[language].format(value);
}

/** A percentage: "75 %" in Vietnamese (a space before the sign), "75%" in English. */
export function formatPercent(value: number | null | undefined, language: UiLanguage): string {
  const formatted = formatNumber(value, language);
  if (!formatted) return '';
  return language === 'vi' ? `${formatted} %` : `${formatted}%`;
}

/** VND amounts: 300.000.000 ₫ (300,000,000 ₫ in English). */
export function formatMoney(value: number | null | undefined, language: UiLanguage): string {
  const formatted = formatNumber(value, language);
  return formatted ? `${formatted} ₫` : '';
}

/** A number as a decimal input shows it: 3,75 in Vietnamese, 3.75 in English; empty for none. */
export function formatDecimalInput(value: number | null | undefined, language: UiLanguage): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return DECIMAL_INPUT_FORMATS[language].format(value);
}

const DECIMAL_TEXT: Readonly<Record<UiLanguage, RegExp>> = {
  // Vietnamese writes a decimal comma, but keyboards and habits give points too: both are read.
  vi: /^[-\u2212]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/,
  en: /^[-\u2212]?(?:\d+(?:\.\d*)?|\.\d+)$/,
};

/**
 * What a decimal input holds: `null` when empty, NaN when the text is not a number (the form's
 * checks then say so), else the number. Vietnamese takes "3,75" and "3.75", English only "3.75"
 * (a comma there would be a thousands separator, which no decimal input of the product needs).
 */
export function parseDecimal(text: string | null | undefined, language: UiLanguage): number | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return null;
  if (!DECIMAL_TEXT[language].test(trimmed)) return NaN;
  return Number(trimmed.replace(',', '.').replace('\u2212', '-'));
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/** File sizes in binary units, as the file rules are written (50 MB, 4 GB, 1,5 GB). */
export function formatBytes(bytes: number | null | undefined, language: UiLanguage): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '';
  if (bytes >= GIB && bytes % (GIB / 4) === 0) return `${formatNumber(bytes / GIB, language)} GB`;
  if (bytes >= MIB) return `${formatNumber(Math.round((bytes / MIB) * 100) / 100, language)} MB`;
  if (bytes >= 1024) return `${formatNumber(Math.round(bytes / 1024), language)} KB`;
  return `${formatNumber(bytes, language)} B`;
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Editions are numbered in Roman numerals in Vietnamese ("lần thứ V"). */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value <= 0) return String(value);
  let rest = value;
  let result = '';
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      result += numeral;
      rest -= amount;
    }
  }
  return result;
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function toOrdinal(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  switch (value % 10) {
    case 1:
      return `${value}st`;
    case 2:
      return `${value}nd`;
    case 3:
      return `${value}rd`;
    default:
      return `${value}th`;
  }
}

/**
 * `<input type="datetime-local">` value (Vietnam wall-clock time) → ISO 8601 with +07:00.
 * Vietnam has no daylight saving, so the offset is constant.
 */
export function vietnamLocalToIso(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return local;
  return `${local.length === 16 ? `${local}:00` : local}+07:00`;
}

/** ISO moment → `<input type="datetime-local">` value in Vietnam wall-clock time. */
export function isoToVietnamLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const parts = vietnamParts(iso);
  if (!parts) return '';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** 19/05/2020, 19.05.2020, 19-5-2020, or 19052020 from a phone's digits-only keypad. */
const DATE_TEXT = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$|^(\d{2})(\d{2})(\d{4})$/;
/** 17:00, 17h00, 17.00, 1700, 7:05. */
const TIME_TEXT = /^(\d{1,2})[:hH.]?(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

const pad = (value: number) => String(value).padStart(2, '0');

/** Year, month and day if they name a real day (no 31/02), as YYYY-MM-DD. */
function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1000 ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function readDate(text: string): string | null {
  const iso = CALENDAR_DATE.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const typed = DATE_TEXT.exec(text);
  if (!typed) return null;
  const [day, month, year] = typed[1]
    ? [typed[1], typed[2], typed[3]]
    : [typed[4], typed[5], typed[6]];
  return calendarDate(Number(year), Number(month), Number(day));
}

/**
 * What a date input holds, from what was typed as dd/MM/yyyy (in both languages; `/`, `.` or `-`
 * between, one-digit day and month allowed, eight digits ddMMyyyy too, and an ISO date): the calendar date
 * YYYY-MM-DD the API takes, '' when empty, or the text itself when it is not a date, so that the
 * form's checks (the API's) refuse it rather than the field silently dropping it.
 */
export function parseDateInput(text: string | null | undefined): string {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? '' : (readDate(trimmed) ?? trimmed);
}

/** A calendar date (YYYY-MM-DD) as a date input shows it: dd/MM/yyyy; anything else as it is. */
export function formatDateInput(value: string | null | undefined): string {
  if (!value) return '';
  const calendar = CALENDAR_DATE.exec(value);
  return calendar ? `${calendar[3]}/${calendar[2]}/${calendar[1]}` : value;
}

/**
 * What a date-and-time input holds, from "dd/MM/yyyy HH:mm" typed in Vietnam time (24-hour clock;
 * "17h00", "1700" and twelve digits ddMMyyyyHHmm read too): the wall-clock value YYYY-MM-DDTHH:mm that `vietnamLocalToIso` sends, '' when
 * empty, or the text itself when it is not a moment (the form's checks then refuse it).
 */
export function parseDateTimeInput(text: string | null | undefined): string {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return '';
  const local = LOCAL_DATE_TIME.exec(trimmed);
  if (local) {
    const date = calendarDate(Number(local[1]), Number(local[2]), Number(local[3]));
    return date && Number(local[4]) < 24 && Number(local[5]) < 60
      ? `${date}T${local[4]}:${local[5]}`
      : trimmed;
  }
  const digits = /^(\d{8})(\d{4})$/.exec(trimmed);
  const [datePart = '', timePart = '', ...rest] = digits
    ? [digits[1], digits[2]]
    : trimmed.split(/[\s,]+/);
  const date = readDate(datePart);
  const time = TIME_TEXT.exec(timePart);
  if (!date || !time || rest.length > 0) return trimmed;
  const [hour, minute] = [Number(time[1]), Number(time[2])];
  return hour < 24 && minute < 60 ? `${date}T${pad(hour)}:${pad(minute)}` : trimmed;
}

/** Whether a value is a wall-clock moment YYYY-MM-DDTHH:mm (what a date-and-time input holds when valid). */
export function isVietnamLocal(value: string | null | undefined): boolean {
  return !!value && LOCAL_DATE_TIME.test(value);
}

/** A wall-clock value (YYYY-MM-DDTHH:mm) as a date-and-time input shows it: dd/MM/yyyy HH:mm. */
export function formatDateTimeInput(value: string | null | undefined): string {
  if (!value) return '';
  const local = LOCAL_DATE_TIME.exec(value);
  return local ? `${local[3]}/${local[2]}/${local[1]} ${local[4]}:${local[5]}` : value;
}

/** A duration as the media world writes it: 1:05, 12:00, 1:02:03. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0)
    return '';
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
