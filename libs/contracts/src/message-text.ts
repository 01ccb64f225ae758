import type { UiLanguage } from './enums';
import {
  ERROR_MESSAGES,
  FIELD_ERROR_MESSAGES,
  VALIDATION_MESSAGES_EN,
  VALIDATION_MESSAGES_VI,
} from './errors';

/** The values that make a message concrete (`{ max: 5 }`, the publication window…). */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Messages that name a refusal's values inside the sentence, one per code. A detail carrying every
 * value a template names gets this text; without them (a banner, a client check) the catalog's
 * general message is used. Values are written as the UI writes them (see `formatMessageParam`).
 */
export const PARAM_MESSAGES: Readonly<Record<string, { vi: string; en: string }>> = {
  // Eligibility and screening.
  SUBMISSION_DEADLINE_PASSED: {
    vi: 'Đã hết hạn nhận tác phẩm: hạn cuối là {deadline}.',
    en: 'The submission deadline has passed: it was {deadline}.',
  },
  PUBLICATION_OUTSIDE_WINDOW: {
    vi: 'Ngày đăng/phát phải trong khoảng từ {from} đến {to}.',
    en: 'The work must be published between {from} and {to}.',
  },
  TOO_MANY_PARTS: {
    vi: 'Mỗi loạt bài chỉ được có tối đa {max} kỳ.',
    en: 'The series has more parts than the rules allow: the maximum is {max}.',
  },
  TOO_MANY_AUTHORS: {
    vi: 'Mỗi tác phẩm chỉ được có tối đa {max} tác giả.',
    en: 'The work lists more authors than the rules allow: the maximum is {max}.',
  },
  AUTHOR_ENTRY_LIMIT_REACHED: {
    vi: 'Mỗi tác giả chỉ được dự tối đa {max} tác phẩm.',
    en: 'This author already has as many entries as the rules allow: the maximum is {max} per author.',
  },
  // Files.
  FILE_TOO_LARGE: {
    vi: 'Tệp lớn hơn dung lượng tối đa cho phép là {maxBytes}.',
    en: 'The file is larger than the maximum allowed, which is {maxBytes}.',
  },
  PART_NOT_FOUND: {
    vi: 'Tác phẩm không có kỳ này; các kỳ được đánh số từ 1 đến {parts}.',
    en: 'The entry has no such part; its parts are numbered 1 to {parts}.',
  },
  IMAGE_TOO_MANY_PIXELS: {
    vi: 'Ảnh có kích thước {width} × {height} điểm ảnh, vượt giới hạn {maxPixels} điểm ảnh của giải. Hãy xuất lại ảnh nhỏ hơn.',
    en: "The image measures {width} × {height} pixels, over the award's limit of {maxPixels} pixels. Export a smaller image.",
  },
  PDF_TOO_MANY_PAGES: {
    vi: 'Tệp PDF có {pages} trang, vượt giới hạn {maxPages} trang của giải.',
    en: "The PDF has {pages} pages, over the award's limit of {maxPages}.",
  },
  PDF_TOO_MANY_OBJECTS: {
    vi: 'Tệp PDF quá phức tạp ({objects} thành phần, giới hạn {maxObjects}). Hãy xuất lại tệp PDF đơn giản hơn.',
    en: 'The PDF is too complex: {objects} parts where the limit is {maxObjects}. Export a simpler PDF.',
  },
  MEDIA_TOO_LONG: {
    vi: 'Tệp dài {seconds}, vượt thời lượng tối đa {maxSeconds} của giải.',
    en: "The recording lasts {seconds}, longer than the award's maximum of {maxSeconds}.",
  },
  MEDIA_TOO_MANY_STREAMS: {
    vi: 'Tệp có {streams} luồng âm thanh, hình ảnh, vượt giới hạn {maxStreams} luồng. Hãy xuất lại tệp chỉ gồm nội dung tác phẩm.',
    en: 'The file has {streams} audio and video streams, over the limit of {maxStreams}. Export the work alone.',
  },
  // Screening, judging and prizes.
  BULK_COUNT_MISMATCH: {
    vi: 'Số tác phẩm xác nhận phải bằng số tác phẩm đã chọn là {selected}.',
    en: 'The confirmed count must equal the number of entries selected, which is {selected}.',
  },
  SCORE_MISSING: {
    vi: 'Chưa chấm tiêu chí “{criterion}”.',
    en: 'The criterion “{criterion}” has no score yet.',
  },
  SCORE_OUT_OF_RANGE: {
    vi: 'Điểm tiêu chí “{criterion}” phải từ 0 đến {max}.',
    en: 'The score for “{criterion}” must be between 0 and {max}.',
  },
  SCORE_OFF_STEP: {
    vi: 'Điểm tiêu chí “{criterion}” phải theo bước {step} điểm.',
    en: 'The score for “{criterion}” must be in steps of {step}.',
  },
  PRIZE_NOTE_REQUIRED: {
    vi: 'Hạng giải “{tier}” dự kiến {target} tác phẩm, nay sẽ có {after}: cần ghi chú lý do.',
    en: 'The tier “{tier}” was planned for {target} and would now have {after}: a note is required.',
  },
  // Topic prize conditions, ages counted on {date} (the award's deadline day).
  TOPIC_PRIZE_NEEDS_AUTHOR_AGE_AT_LEAST: {
    vi: 'Giải chuyên đề “{topic}” dành cho tác giả từ {years} tuổi trở lên (tính đến ngày {date}); tác phẩm không có tác giả nào đủ tuổi.',
    en: 'The topic prize “{topic}” is for authors aged {years} or over (on {date}); no author of this work is old enough.',
  },
  TOPIC_PRIZE_NEEDS_AUTHOR_YOUNGER_THAN: {
    vi: 'Giải chuyên đề “{topic}” dành cho tác giả dưới {years} tuổi (tính đến ngày {date}); tác phẩm không có tác giả nào dưới {years} tuổi.',
    en: 'The topic prize “{topic}” is for authors under {years} (on {date}); no author of this work is that young.',
  },
  TOPIC_PRIZE_NEEDS_OVERSEAS_AUTHOR: {
    vi: 'Giải chuyên đề “{topic}” dành cho tác giả là người Việt Nam ở nước ngoài; tác phẩm không có tác giả nào được khai là sinh sống ở nước ngoài.',
    en: 'The topic prize “{topic}” is for overseas Vietnamese authors; no author of this work is declared as living abroad.',
  },
  TOPIC_PRIZE_AUTHOR_BIRTH_DATE_MISSING: {
    vi: 'Thiếu ngày sinh của tác giả {author} để xét giải chuyên đề “{topic}”.',
    en: 'The date of birth of {author} is missing; it is needed to decide the topic prize “{topic}”.',
  },
  // Class-validator constraints, with the limit read from the DTO.
  min: { vi: 'Giá trị phải từ {min} trở lên.', en: 'The value must be {min} or more.' },
  max: { vi: 'Giá trị không được lớn hơn {max}.', en: 'The value must be {max} or less.' },
  minLength: {
    vi: 'Cần ít nhất {min} ký tự.',
    en: 'This is too short: the minimum length is {min}.',
  },
  maxLength: { vi: 'Tối đa {max} ký tự.', en: 'This is too long: the maximum length is {max}.' },
  arrayMinSize: {
    vi: 'Danh sách cần ít nhất {min} mục.',
    en: 'The list is too short: the minimum is {min}.',
  },
  arrayMaxSize: {
    vi: 'Danh sách có tối đa {max} mục.',
    en: 'The list is too long: the maximum is {max}.',
  },
};

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
// Numbers follow the language, as in the web app: 0,25 and 200.000.000 in Vietnamese, 0.25 and 200,000,000 in English.
const NUMBER_FORMATS: Readonly<Record<UiLanguage, Intl.NumberFormat>> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

const two = (value: number): string => String(value).padStart(2, '0');

/** dd/mm/yyyy for a calendar date, dd/mm/yyyy HH:mm in Vietnam time for a moment. */
export function formatMessageDate(value: string): string {
  const calendar = CALENDAR_DATE.exec(value);
  if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  const time = Date.parse(value);
  if (!MOMENT.test(value) || isNaN(time)) return value;
  const vietnam = new Date(time + VIETNAM_OFFSET_MS);
  const date = `${two(vietnam.getUTCDate())}/${two(vietnam.getUTCMonth() + 1)}/${vietnam.getUTCFullYear()}`;
  return `${date} ${two(vietnam.getUTCHours())}:${two(vietnam.getUTCMinutes())}`;
}

function formatBytes(bytes: number, NUMBER_FORMAT: Intl.NumberFormat): string {
  const mib = 1024 * 1024;
  const gib = 1024 * mib;
  if (bytes >= gib && bytes % (gib / 4) === 0) return `${NUMBER_FORMAT.format(bytes / gib)} GB`;
  if (bytes >= mib) return `${NUMBER_FORMAT.format(Math.round((bytes / mib) * 100) / 100)} MB`;
  if (bytes >= 1024) return `${NUMBER_FORMAT.format(Math.round(bytes / 1024))} KB`;
  return `${NUMBER_FORMAT.format(bytes)} B`;
}

function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = two(total % 60);
  return hours > 0 ? `${hours}:${two(minutes)}:${rest}` : `${minutes}:${rest}`;
}

/**
 * A value as the UI writes it: dates dd/mm/yyyy (moments in Vietnam time), sizes in MB, durations
 * as 1:05:00, numbers in the language's format; any other text as given.
 */
export function formatMessageParam(
  name: string,
  value: string | number,
  language: UiLanguage = 'vi',
): string {
  if (typeof value === 'string') return formatMessageDate(value);
  if (!Number.isFinite(value)) return String(value);
  if (/bytes$/i.test(name)) return formatBytes(value, NUMBER_FORMATS[language]);
  if (/seconds$/i.test(name)) return formatDuration(value);
  return NUMBER_FORMATS[language].format(value);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The names a template fills in, `{max}` → `max`. */
export function messagePlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/** Fills `{name}` with the formatted param; a name without a value stays as written. */
export function renderMessage(
  template: string,
  params?: MessageParams,
  language: UiLanguage = 'vi',
): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    params[name] === undefined ? whole : formatMessageParam(name, params[name], language),
  );
}

function baseMessage(code: string, language: UiLanguage): string | undefined {
  const catalog =
    (FIELD_ERROR_MESSAGES as Record<string, { vi: string; en: string }>)[code] ??
    (ERROR_MESSAGES as Record<string, { vi: string; en: string }>)[code];
  if (catalog) return catalog[language];
  return (language === 'vi' ? VALIDATION_MESSAGES_VI : VALIDATION_MESSAGES_EN)[code];
}

/**
 * The user's text for an error or field-error code (catalog code or class-validator constraint),
 * with its params woven in; `undefined` for a code no table knows.
 */
export function messageText(
  code: string,
  language: UiLanguage,
  params?: MessageParams,
): string | undefined {
  const detailed = PARAM_MESSAGES[code]?.[language];
  if (
    detailed &&
    params &&
    messagePlaceholders(detailed).every((name) => params[name] !== undefined)
  ) {
    return renderMessage(detailed, params, language);
  }
  const base = baseMessage(code, language);
  return base === undefined ? undefined : renderMessage(base, params, language);
}
