/**
 * Formatting rules of the product: dates dd/MM/yyyy in Vietnam time and numbers in Vietnamese
 * format, whatever the UI language (the awards are Vietnamese; a date must read the same for all).
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const NUMBER_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
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

/** A number in Vietnamese format: 1.234.567,5 */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return NUMBER_FORMAT.format(value);
}

/** VND amounts: 300.000.000 ₫ */
export function formatMoney(value: number | null | undefined): string {
  const formatted = formatNumber(value);
  return formatted ? `${formatted} ₫` : '';
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/** File sizes in binary units, as the file rules are written (50 MB, 4 GB). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '';
  if (bytes >= GIB && bytes % (GIB / 4) === 0) return `${formatNumber(bytes / GIB)} GB`;
  if (bytes >= MIB) return `${formatNumber(Math.round((bytes / MIB) * 100) / 100)} MB`;
  if (bytes >= 1024) return `${formatNumber(Math.round(bytes / 1024))} KB`;
  return `${formatNumber(bytes)} B`;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
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

/** A duration as the media world writes it: 1:05, 12:00, 1:02:03. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '';
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
