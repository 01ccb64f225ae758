import {
  ENTRY_LANGUAGES,
  FILE_MAX_BYTES_CEILING,
  MEDIA_TYPES,
  TOPIC_PRIZE_CONDITION_KINDS,
  type AwardRules,
  type FieldErrorCode,
  type FileRule,
  type MediaType,
  type TopicPrizeCondition,
} from '@press-award/contracts';
import { CONTENT_LIMIT_FIELDS, SUPPORTED_WORK_TYPES } from './media-files';

export interface RuleIssue {
  /** Dotted path inside the rules object (`files.tv.maxBytes`). */
  path: string;
  code: FieldErrorCode;
}

export type RulesValidation =
  | { ok: true; rules: AwardRules; issues: [] }
  | { ok: false; issues: RuleIssue[] };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO 8601 with an explicit offset: a deadline without a time zone is ambiguous. */
const DATETIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const RULE_KEYS = [
  'publicationFrom',
  'publicationTo',
  'submissionDeadline',
  'maxEntriesPerAuthor',
  'maxCoAuthors',
  'maxSeriesParts',
  'languages',
  'files',
  'agencyConfirmationRequired',
] as const;

export const RULE_LIMITS = {
  maxEntriesPerAuthor: { min: 1, max: 100 },
  maxCoAuthors: { min: 1, max: 50 },
  // The 2020 special prize went to a 90-episode TV series.
  maxSeriesParts: { min: 1, max: 500 },
} as const;

/** A calendar date that exists (rejects 2020-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function isDateTimeWithOffset(value: unknown): value is string {
  return typeof value === 'string' && DATETIME_WITH_OFFSET.test(value) && !isNaN(Date.parse(value));
}

/** Midnight at the start of a Vietnam calendar date (UTC+7, no daylight saving). */
export function startOfVietnamDay(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIntIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function validateFileRule(
  mediaType: MediaType,
  input: unknown,
  issues: RuleIssue[],
): FileRule | undefined {
  const base = `files.${mediaType}`;
  if (!isRecord(input)) {
    issues.push({ path: base, code: 'NOT_AN_OBJECT' });
    return undefined;
  }
  for (const key of Object.keys(input)) {
    if (key !== 'maxBytes' && key !== 'types' && !(key in CONTENT_LIMIT_FIELDS))
      issues.push({ path: `${base}.${key}`, code: 'UNKNOWN_FIELD' });
  }
  const { maxBytes, types } = input;
  let valid = true;
  const contentLimits: Partial<Record<keyof typeof CONTENT_LIMIT_FIELDS, number>> = {};
  for (const [field, ceiling] of Object.entries(CONTENT_LIMIT_FIELDS) as [
    keyof typeof CONTENT_LIMIT_FIELDS,
    number,
  ][]) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    if (!isIntIn(value, 1, ceiling)) {
      issues.push({ path: `${base}.${field}`, code: 'OUT_OF_RANGE' });
      valid = false;
    } else contentLimits[field] = value;
  }
  if (!isIntIn(maxBytes, 1, FILE_MAX_BYTES_CEILING)) {
    issues.push({
      path: `${base}.maxBytes`,
      code: maxBytes === undefined ? 'REQUIRED' : 'OUT_OF_RANGE',
    });
    valid = false;
  }
  if (!Array.isArray(types) || types.length === 0) {
    issues.push({ path: `${base}.types`, code: types === undefined ? 'REQUIRED' : 'NOT_A_LIST' });
    valid = false;
  } else {
    types.forEach((type, index) => {
      if (typeof type !== 'string' || !SUPPORTED_WORK_TYPES[mediaType].includes(type)) {
        issues.push({ path: `${base}.types.${index}`, code: 'FILE_TYPE_NOT_SUPPORTED' });
        valid = false;
      }
    });
  }
  return valid
    ? { maxBytes: maxBytes as number, types: [...new Set(types as string[])], ...contentLimits }
    : undefined;
}

/**
 * Validates an award's rules as a whole and returns a clean copy (unknown keys refused, not kept).
 * Used by the API before anything is stored and by the web form before anything is sent.
 */
export function validateAwardRules(input: unknown): RulesValidation {
  const issues: RuleIssue[] = [];
  if (!isRecord(input)) return { ok: false, issues: [{ path: '', code: 'NOT_AN_OBJECT' }] };

  for (const key of Object.keys(input)) {
    if (!(RULE_KEYS as readonly string[]).includes(key))
      issues.push({ path: key, code: 'UNKNOWN_FIELD' });
  }

  const { publicationFrom, publicationTo, submissionDeadline, languages, files } = input;
  const datesValid: Record<string, boolean> = {};
  for (const [key, value] of [
    ['publicationFrom', publicationFrom],
    ['publicationTo', publicationTo],
  ] as const) {
    datesValid[key] = isCalendarDate(value);
    if (!datesValid[key])
      issues.push({ path: key, code: value === undefined ? 'REQUIRED' : 'INVALID_DATE' });
  }
  const deadlineValid = isDateTimeWithOffset(submissionDeadline);
  if (!deadlineValid) {
    issues.push({
      path: 'submissionDeadline',
      code: submissionDeadline === undefined ? 'REQUIRED' : 'INVALID_DATETIME',
    });
  }
  if (datesValid['publicationFrom'] && datesValid['publicationTo']) {
    if ((publicationTo as string) < (publicationFrom as string)) {
      issues.push({ path: 'publicationTo', code: 'PUBLICATION_WINDOW_INVERTED' });
    }
  }
  if (datesValid['publicationFrom'] && deadlineValid) {
    const opens = startOfVietnamDay(publicationFrom as string).getTime();
    if (Date.parse(submissionDeadline as string) <= opens) {
      issues.push({ path: 'submissionDeadline', code: 'DEADLINE_BEFORE_WINDOW_OPENS' });
    }
  }

  for (const key of ['maxEntriesPerAuthor', 'maxCoAuthors', 'maxSeriesParts'] as const) {
    const { min, max } = RULE_LIMITS[key];
    if (!isIntIn(input[key], min, max)) {
      issues.push({ path: key, code: input[key] === undefined ? 'REQUIRED' : 'OUT_OF_RANGE' });
    }
  }

  if (!Array.isArray(languages) || languages.length === 0) {
    issues.push({
      path: 'languages',
      code: languages === undefined ? 'REQUIRED' : 'LANGUAGE_REQUIRED',
    });
  } else {
    languages.forEach((language, index) => {
      if (!(ENTRY_LANGUAGES as readonly unknown[]).includes(language)) {
        issues.push({ path: `languages.${index}`, code: 'UNKNOWN_LANGUAGE' });
      }
    });
    if (!languages.includes('vi')) issues.push({ path: 'languages', code: 'LANGUAGE_REQUIRED' });
  }

  const cleanFiles: Partial<Record<MediaType, FileRule>> = {};
  if (!isRecord(files)) {
    issues.push({ path: 'files', code: files === undefined ? 'REQUIRED' : 'NOT_AN_OBJECT' });
  } else {
    for (const [key, value] of Object.entries(files)) {
      if (!(MEDIA_TYPES as readonly string[]).includes(key)) {
        issues.push({ path: `files.${key}`, code: 'UNKNOWN_MEDIA_TYPE' });
        continue;
      }
      const rule = validateFileRule(key as MediaType, value, issues);
      if (rule) cleanFiles[key as MediaType] = rule;
    }
  }

  const { agencyConfirmationRequired } = input;
  if (agencyConfirmationRequired !== undefined && typeof agencyConfirmationRequired !== 'boolean')
    issues.push({ path: 'agencyConfirmationRequired', code: 'NOT_A_BOOLEAN' });

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    issues: [],
    rules: {
      publicationFrom: publicationFrom as string,
      publicationTo: publicationTo as string,
      submissionDeadline: submissionDeadline as string,
      maxEntriesPerAuthor: input['maxEntriesPerAuthor'] as number,
      maxCoAuthors: input['maxCoAuthors'] as number,
      maxSeriesParts: input['maxSeriesParts'] as number,
      languages: [...new Set(languages as string[])],
      files: cleanFiles,
      // Kept only when set: rules without it read exactly as before (false).
      ...(agencyConfirmationRequired === true ? { agencyConfirmationRequired: true } : {}),
    },
  };
}

/** A prize tier's suggestion threshold (`minScore`) is on this scale, whatever the round's rubric. */
export const TIER_MIN_SCORE_MAX = 10;

/** Hundredths of a point, when `value` has at most two decimals (tolerating binary noise such as 8.29 × 100). */
function hundredths(value: number): number | null {
  const scaled = value * 100;
  const whole = Math.round(scaled);
  return Math.abs(scaled - whole) < 1e-6 ? whole : null;
}

/**
 * Checks of an award's prize tiers as a list, which class-validator cannot express: a suggestion
 * threshold (`minScore`, optional, null or absent = none) is a number from 0 to 10 with at most two
 * decimals, and no tier may require more than any tier listed above it (the list runs from the
 * highest prize down). Paths are inside the list (`2.minScore`). Used by the API before tiers are
 * stored and by the award editor before anything is sent.
 */
export function prizeTierIssues(tiers: unknown): RuleIssue[] {
  if (!Array.isArray(tiers)) return [];
  const issues: RuleIssue[] = [];
  /** The lowest valid threshold among the tiers above, in hundredths. */
  let lowestAbove: number | null = null;
  tiers.forEach((tier: unknown, index) => {
    const minScore = isRecord(tier) ? tier['minScore'] : undefined;
    if (minScore === undefined || minScore === null) return;
    const path = `${index}.minScore`;
    if (
      typeof minScore !== 'number' ||
      !Number.isFinite(minScore) ||
      minScore < 0 ||
      minScore > TIER_MIN_SCORE_MAX
    ) {
      issues.push({ path, code: 'TIER_MIN_SCORE_OUT_OF_RANGE' });
      return;
    }
    const value = hundredths(minScore);
    if (value === null) {
      issues.push({ path, code: 'TIER_MIN_SCORE_TOO_PRECISE' });
      return;
    }
    if (lowestAbove !== null && value > lowestAbove) {
      issues.push({ path, code: 'TIER_MIN_SCORE_ABOVE_EARLIER_TIER' });
      return;
    }
    lowestAbove = value;
  });
  return issues;
}

/** The years an age condition of a topic prize may name (whole years, within a human life). */
export const TOPIC_PRIZE_AGE_LIMITS = { min: 1, max: 150 } as const;

/** Issues of one topic prize condition (absent or null = none); paths inside the condition. */
function conditionIssues(condition: unknown): RuleIssue[] {
  if (condition === undefined || condition === null) return [];
  if (!isRecord(condition)) return [{ path: '', code: 'NOT_AN_OBJECT' }];
  const issues: RuleIssue[] = [];
  const { kind } = condition;
  if (kind === undefined) return [{ path: 'kind', code: 'REQUIRED' }];
  if (!(TOPIC_PRIZE_CONDITION_KINDS as readonly unknown[]).includes(kind))
    return [{ path: 'kind', code: 'TOPIC_PRIZE_CONDITION_UNKNOWN' }];
  const keys = kind === 'overseasAuthor' ? ['kind'] : ['kind', 'years'];
  for (const key of Object.keys(condition))
    if (!keys.includes(key)) issues.push({ path: key, code: 'UNKNOWN_FIELD' });
  if (
    keys.includes('years') &&
    !isIntIn(condition['years'], TOPIC_PRIZE_AGE_LIMITS.min, TOPIC_PRIZE_AGE_LIMITS.max)
  ) {
    issues.push({ path: 'years', code: 'years' in condition ? 'OUT_OF_RANGE' : 'REQUIRED' });
  }
  return issues;
}

/**
 * Checks of an award's topic prizes that class-validator cannot express: each optional `condition`
 * is one of `TOPIC_PRIZE_CONDITION_KINDS`, age conditions with whole `years` from 1 to 150, and no
 * other keys. Paths are inside the list (`2.condition.years`). Used by the API before topic prizes
 * are stored and by the award editor before anything is sent.
 */
export function topicPrizeIssues(topics: unknown): RuleIssue[] {
  if (!Array.isArray(topics)) return [];
  return topics.flatMap((topic: unknown, index) =>
    conditionIssues(isRecord(topic) ? topic['condition'] : undefined).map((issue) => ({
      ...issue,
      path: `${index}.condition${issue.path ? `.${issue.path}` : ''}`,
    })),
  );
}

/** A clean copy of a valid condition (only its own keys), or null for none or an invalid one. */
export function cleanTopicPrizeCondition(condition: unknown): TopicPrizeCondition | null {
  if (!isRecord(condition) || conditionIssues(condition).length) return null;
  if (condition['kind'] === 'overseasAuthor') return { kind: 'overseasAuthor' };
  return {
    kind: condition['kind'] as 'authorAgeAtLeast' | 'authorYoungerThan',
    years: condition['years'] as number,
  };
}

/** Issues that only matter when an award opens for entries: every category needs a file rule. */
export function openingIssues(
  rules: AwardRules,
  categoryMediaTypes: readonly MediaType[],
): RuleIssue[] {
  return [...new Set(categoryMediaTypes)]
    .filter((mediaType) => !rules.files[mediaType])
    .map((mediaType) => ({
      path: `files.${mediaType}`,
      code: 'MEDIA_TYPE_HAS_NO_FILE_RULE' as const,
    }));
}
