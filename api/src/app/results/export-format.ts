import type { AuthorRole } from '@press-award/contracts';
import type { ResultsLabels } from './results-labels';

/** Pure formatting rules shared by the results files and certificates (no I/O, unit-tested). */

const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Vietnamese typed on some keyboards or pasted from PDFs arrives decomposed (a base letter followed by
 * combining marks); files must hold the composed form so search, sorting and fonts behave.
 */
export function nfc(text: string): string;
export function nfc(text: string | null): string | null;
export function nfc(text: string | null): string | null {
  return text === null ? null : text.normalize('NFC');
}

/** `dd/MM/yyyy` (or `dd/MM/yyyy HH:mm`) in Vietnam time, whatever the server's time zone. */
export function formatVietnamDate(date: Date, withTime = false): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: VIETNAM_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  const day = `${part('day')}/${part('month')}/${part('year')}`;
  return withTime ? `${day} ${part('hour')}:${part('minute')}` : day;
}

/** Vietnamese folded to ASCII (marks dropped, đ → d), anything else but letters and digits → "-". */
export function asciiToken(text: string, max: number): string {
  const token = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return token.slice(0, max).replace(/-+$/, '');
}

/** "ket-qua-giai-bao-chi-2020": lower-case ASCII, Vietnamese marks and đ folded, at most `max` characters. */
export function slugify(text: string, max = 80): string {
  return asciiToken(text.toLowerCase(), max);
}

/** A readable file name for the `filename*` parameter: no path separators, quotes or control characters. */
export function safeDisplayName(text: string): string {
  return nfc(text)
    .replace(/[\p{Cc}\\/:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `attachment` with an ASCII `filename` for old clients and the real (Vietnamese) name as RFC 5987
 * `filename*`, which every current browser prefers. encodeURIComponent leaves `'()*` alone, but they are
 * not attr-chars in RFC 5987, so they are escaped too.
 */
export function contentDisposition(asciiName: string, displayName: string): string {
  const fallback = asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(safeDisplayName(displayName) || fallback).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** A file to download: its bytes, type and the two forms of its name (see `contentDisposition`). */
export interface DownloadFile {
  body: Buffer;
  contentType: string;
  asciiName: string;
  displayName: string;
}

/**
 * The results file's names: `ket-qua-<award>-<year>.<ext>` in ASCII and "Kết quả - <award> <year>.<ext>"
 * for `filename*`. The year is added only when the award's name does not already end with it.
 */
export function resultsFileNames(
  award: { name: string; year: number },
  labels: Pick<ResultsLabels, 'fileStem' | 'fileTitle'>,
  extension: string,
): { asciiName: string; displayName: string } {
  const slug = slugify(award.name);
  const year = String(award.year);
  const asciiBase = [labels.fileStem, slug, slug.endsWith(year) ? '' : year]
    .filter(Boolean)
    .join('-');
  const name = safeDisplayName(award.name);
  const displayBase = name.endsWith(year) ? name : `${name} ${year}`;
  return {
    asciiName: `${asciiBase}.${extension}`,
    displayName: `${labels.fileTitle} - ${displayBase}.${extension}`,
  };
}

/** `giay-chung-nhan-<receipt number or code>.pdf`; the entry id's start when it has neither. */
export function certificateFileNames(
  entry: { receiptNumber: string | null; code: string | null; id: string },
  labels: Pick<ResultsLabels, 'certificateFileStem' | 'certificateFileTitle'>,
): { asciiName: string; displayName: string } {
  const reference = asciiToken(entry.receiptNumber ?? entry.code ?? '', 60) || entry.id.slice(0, 8);
  const shown = safeDisplayName(entry.receiptNumber ?? entry.code ?? '') || entry.id.slice(0, 8);
  return {
    asciiName: `${labels.certificateFileStem}-${reference}.pdf`,
    displayName: `${labels.certificateFileTitle} ${shown}.pdf`,
  };
}

/** Characters spreadsheet programs read as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that would start a formula gets a leading apostrophe, so Excel shows it as text. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = neutralizeFormula(nfc(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: UTF-8 with a BOM (so Excel reads Vietnamese correctly), CRLF after every record. */
export function csvDocument(rows: (string | number | null)[][]): Buffer {
  const body = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
  return Buffer.from(`\uFEFF${body}\r\n`, 'utf8');
}

const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\\p{Cc}]/gu;

/**
 * Excel's rules for sheet names: at most 31 characters, none of `[]:*?/\`, not starting or ending with
 * an apostrophe, unique without regard to case. `taken` are names already used (e.g. the summary).
 * A clash gets " (2)", " (3)"… within the 31 characters.
 */
export function uniqueSheetNames(
  names: string[],
  taken: string[] = [],
  fallback = 'Sheet',
): string[] {
  const used = new Set(taken.map((name) => name.toLocaleLowerCase('vi')));
  return names.map((raw, index) => {
    const cleaned = nfc(raw)
      .replace(SHEET_NAME_FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim();
    const base = Array.from(cleaned || `${fallback} ${index + 1}`)
      .slice(0, SHEET_NAME_MAX)
      .join('')
      .trim();
    let candidate = base;
    for (let attempt = 2; used.has(candidate.toLocaleLowerCase('vi')); attempt++) {
      const suffix = ` (${attempt})`;
      candidate = `${Array.from(base)
        .slice(0, SHEET_NAME_MAX - suffix.length)
        .join('')
        .trim()}${suffix}`;
    }
    used.add(candidate.toLocaleLowerCase('vi'));
    return candidate;
  });
}

export interface AuthorLine {
  fullName: string;
  penName: string | null;
  role?: AuthorRole | null;
}

/** "Nguyễn Thị Ánh Tuyết (bút danh Hồng Lĩnh)", with " – Quay phim" when the role is asked for. */
export function authorText(author: AuthorLine, labels: ResultsLabels, withRole = false): string {
  const penName = author.penName?.trim() ? ` ${labels.penName(nfc(author.penName.trim()))}` : '';
  const role = withRole && author.role ? ` – ${labels.authorRole[author.role]}` : '';
  return `${nfc(author.fullName.trim())}${penName}${role}`;
}

/** Every author of a work on one line, in the order the registration form lists them. */
export function authorsText(
  authors: AuthorLine[],
  labels: ResultsLabels,
  withRole = false,
): string {
  return authors.map((author) => authorText(author, labels, withRole)).join(withRole ? '; ' : ', ');
}

/**
 * A topic prize as a heading: "Giải chuyên đề: <label>", or the label alone when it already starts
 * with the words (so "Giải chuyên đề Lý luận" is not prefixed twice).
 */
export function topicPrizeHeading(label: string, prefix: string): string {
  const text = nfc(label);
  return text.toLocaleLowerCase('vi').startsWith(prefix.toLocaleLowerCase('vi'))
    ? text
    : `${prefix}: ${text}`;
}

/** Topic prize codes shown by their labels, in the award's order; a code the award no longer lists stays as is. */
export function topicPrizeLabels(
  codes: string[],
  topicPrizes: { code: string; label: string }[],
): string[] {
  const known = topicPrizes
    .filter((topic) => codes.includes(topic.code))
    .map((topic) => nfc(topic.label));
  const unknown = codes.filter((code) => !topicPrizes.some((topic) => topic.code === code));
  return [...known, ...unknown];
}
