import type { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import {
  EDITION_MAX,
  FIELD_ERROR_MESSAGES,
  MEDIA_TYPES,
  TIER_CODE_PATTERN,
  TOPIC_CODE_PATTERN,
  YEAR_MAX,
  YEAR_MIN,
  AWARD_PLACE_MAX_LENGTH,
  type AwardLevel,
  type AwardResponse,
  type AwardRules,
  type FieldError,
  type FileRule,
  type MediaType,
  type PrizeTier,
  type TopicPrize,
  type TopicPrizeCondition,
  type TopicPrizeConditionKind,
} from '@press-award/contracts';
import {
  DEFAULT_FILE_RULES,
  SUPPORTED_WORK_TYPES,
  prizeTierIssues,
  topicPrizeIssues,
  validateAwardRules,
} from '@press-award/domain';
import { ruleIssuesToFieldErrors } from '../core/api/api-error';
import { isoToVietnamLocal, vietnamLocalToIso } from '../core/format/format';
import { FieldChecks } from '../core/forms/validation';
import type { I18nService } from '../core/i18n/i18n.service';
import type { AwardInput, CategoryInput } from '../core/api/api';

const MIB = 1024 * 1024;
/** The DTO's own limits (libs/contracts/src/dto/award.dto.ts), not exported from the index. */
export const AWARD_TEXT_LIMITS = {
  name: 300,
  organizerName: 300,
  description: 5000,
  tierLabel: 100,
  topicLabel: 300,
  place: AWARD_PLACE_MAX_LENGTH,
};
const COUNT_MAX = 10_000;
const PRIZE_MONEY_MAX = 10_000_000_000_000;

export type FileRuleForm = FormGroup<{
  enabled: FormControl<boolean>;
  /** Megabytes in the form; bytes in the API (`maxBytes`). */
  maxMegabytes: FormControl<number | null>;
  types: FormControl<string[]>;
}>;

export type TierForm = FormGroup<{
  code: FormControl<string>;
  label: FormControl<string>;
  targetCount: FormControl<number | null>;
  prizeMoney: FormControl<number | null>;
  /** Prize tiers only: suggested from this average on 10 (empty = never suggested). Topic rows leave it empty. */
  minScore: FormControl<number | null>;
  /** Topic prizes only: the condition on the authors ('' = none) and its age in years. */
  conditionKind: FormControl<TopicPrizeConditionKind | ''>;
  conditionYears: FormControl<number | null>;
}>;

export type AwardForm = ReturnType<typeof createAwardForm>;
export type AwardFormValue = ReturnType<AwardForm['getRawValue']>;

export function createFileRuleForm(
  fb: NonNullableFormBuilder,
  rule: FileRule | undefined,
  fallback: FileRule,
): FileRuleForm {
  const source = rule ?? fallback;
  return fb.group({
    enabled: fb.control(rule !== undefined),
    maxMegabytes: fb.control<number | null>(Math.round((source.maxBytes / MIB) * 100) / 100),
    types: fb.control<string[]>([...source.types]),
  });
}

/** The ages the 2020 rules name: the oldest-author prize from 70, the youngest-author prize under 18. */
const CONDITION_DEFAULT_YEARS: Record<
  Exclude<TopicPrizeConditionKind, 'overseasAuthor'>,
  number
> = { authorAgeAtLeast: 70, authorYoungerThan: 18 };

/** The age an age condition starts with when chosen; null for a condition without one. */
export function defaultConditionYears(kind: TopicPrizeConditionKind | ''): number | null {
  return kind === 'authorAgeAtLeast' || kind === 'authorYoungerThan'
    ? CONDITION_DEFAULT_YEARS[kind]
    : null;
}

export function createTierForm(
  fb: NonNullableFormBuilder,
  tier?: Partial<PrizeTier | TopicPrize>,
): TierForm {
  const condition = (tier as Partial<TopicPrize> | undefined)?.condition;
  return fb.group({
    code: fb.control(tier?.code ?? ''),
    label: fb.control(tier?.label ?? ''),
    targetCount: fb.control<number | null>(tier?.targetCount ?? null),
    prizeMoney: fb.control<number | null>(tier?.prizeMoney ?? null),
    minScore: fb.control<number | null>((tier as Partial<PrizeTier> | undefined)?.minScore ?? null),
    conditionKind: fb.control<TopicPrizeConditionKind | ''>(condition?.kind ?? ''),
    conditionYears: fb.control<number | null>(
      condition && 'years' in condition ? condition.years : null,
    ),
  });
}

/**
 * The edition a new award most likely is: this year's, unless its usual deadline (10 November, Vietnam
 * time) has passed — then next year's, so the pre-filled deadline is never already over.
 */
export function defaultEditionYear(now: Date = new Date()): number {
  const year = Number(
    now.toLocaleString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }),
  );
  return now.getTime() > Date.parse(`${year}-11-10T17:00:00+07:00`) ? year + 1 : year;
}

/** Sensible rules for a new edition of `year`, from the 2020 national award. */
export function defaultRules(year: number): AwardRules {
  return {
    publicationFrom: `${year - 1}-11-01`,
    publicationTo: `${year}-10-31`,
    submissionDeadline: `${year}-11-10T17:00:00+07:00`,
    maxEntriesPerAuthor: 1,
    maxCoAuthors: 5,
    maxSeriesParts: 5,
    languages: ['vi'],
    files: { ...DEFAULT_FILE_RULES },
  };
}

/**
 * The 2020 national prize structure (2018 prize money), as a starting point, with the conventional
 * suggestion thresholds on 10 (Đặc biệt 9.5, A 9, B 8, C 7, KK 6).
 */
export const PRIZE_TEMPLATE_2020: readonly PrizeTier[] = [
  { code: 'DB', label: 'Giải Đặc biệt', targetCount: 1, prizeMoney: 300_000_000, minScore: 9.5 },
  { code: 'A', label: 'Giải A', targetCount: 5, prizeMoney: 100_000_000, minScore: 9 },
  { code: 'B', label: 'Giải B', targetCount: 10, prizeMoney: 75_000_000, minScore: 8 },
  { code: 'C', label: 'Giải C', targetCount: 15, prizeMoney: 50_000_000, minScore: 7 },
  { code: 'KK', label: 'Giải Khuyến khích', targetCount: 25, prizeMoney: 30_000_000, minScore: 6 },
];

export function createAwardForm(fb: NonNullableFormBuilder, award?: AwardResponse) {
  const year = award?.year ?? defaultEditionYear();
  const rules = award?.rules ?? defaultRules(year);
  const files = fb.group(
    Object.fromEntries(
      MEDIA_TYPES.map((mediaType) => [
        mediaType,
        createFileRuleForm(fb, rules.files[mediaType], DEFAULT_FILE_RULES[mediaType]),
      ]),
    ) as Record<MediaType, FileRuleForm>,
  );
  return fb.group({
    name: fb.control(award?.name ?? ''),
    edition: fb.control<number | null>(award?.edition ?? null),
    year: fb.control<number | null>(year),
    level: fb.control<AwardLevel>(award?.level ?? 'national'),
    organizerName: fb.control(award?.organizerName ?? ''),
    place: fb.control(award?.place ?? ''),
    description: fb.control(award?.description ?? ''),
    rules: fb.group({
      publicationFrom: fb.control(rules.publicationFrom),
      publicationTo: fb.control(rules.publicationTo),
      submissionDeadline: fb.control(isoToVietnamLocal(rules.submissionDeadline)),
      maxEntriesPerAuthor: fb.control<number | null>(rules.maxEntriesPerAuthor),
      maxCoAuthors: fb.control<number | null>(rules.maxCoAuthors),
      maxSeriesParts: fb.control<number | null>(rules.maxSeriesParts),
      languages: fb.control<string[]>([...rules.languages]),
      agencyConfirmationRequired: fb.control(rules.agencyConfirmationRequired ?? false),
      files,
    }),
    prizeTiers: fb.array((award?.prizeTiers ?? []).map((tier) => createTierForm(fb, tier))),
    topicPrizes: fb.array((award?.topicPrizes ?? []).map((topic) => createTierForm(fb, topic))),
  });
}

/** Drops empty values so the domain check reports "required" rather than "out of range". */
function present<T>(value: T | null | undefined | ''): T | undefined {
  return value === null || value === '' ? undefined : value;
}

/**
 * The rules object exactly as it will be sent. Unfilled fields are left out, so the shared
 * `validateAwardRules` reports them the way the API would.
 */
export function toRules(value: AwardFormValue['rules']): Record<string, unknown> {
  const files: Record<string, Record<string, unknown>> = {};
  for (const mediaType of MEDIA_TYPES) {
    const rule = value.files[mediaType];
    if (!rule.enabled) continue;
    files[mediaType] = {
      maxBytes: rule.maxMegabytes === null ? undefined : Math.round(rule.maxMegabytes * MIB),
      types: rule.types.length ? inDomainOrder(mediaType, rule.types) : undefined,
    };
  }
  const rules: Record<string, unknown> = {
    publicationFrom: present(value.publicationFrom),
    publicationTo: present(value.publicationTo),
    submissionDeadline:
      present(value.submissionDeadline) && vietnamLocalToIso(value.submissionDeadline),
    maxEntriesPerAuthor: present(value.maxEntriesPerAuthor),
    maxCoAuthors: present(value.maxCoAuthors),
    maxSeriesParts: present(value.maxSeriesParts),
    languages: value.languages,
    // Sent when off too: a PATCH merges rules, so leaving it out would keep it on.
    agencyConfirmationRequired: value.agencyConfirmationRequired,
    files,
  };
  return JSON.parse(JSON.stringify(rules)) as Record<string, unknown>;
}

/** Keeps the MIME types in the order the domain lists them, whatever order they were ticked in. */
function inDomainOrder(mediaType: MediaType, types: readonly string[]): string[] {
  const order = SUPPORTED_WORK_TYPES[mediaType];
  return [...types].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** The condition as sent: years only for an age condition, left out when empty so the check says "required". */
function conditionOf(kind: TopicPrizeConditionKind, years: number | null): TopicPrizeCondition {
  if (kind === 'overseasAuthor') return { kind };
  return (years === null ? { kind } : { kind, years }) as TopicPrizeCondition;
}

function rows(
  value: AwardFormValue['prizeTiers'],
  kind: 'tier' | 'topic',
): (PrizeTier | TopicPrize)[] {
  return value.map((row) => {
    const result: TopicPrize & Pick<PrizeTier, 'minScore'> = {
      code: row.code.trim(),
      label: row.label.trim(),
    };
    if (row.targetCount !== null || kind === 'tier') result.targetCount = row.targetCount as number;
    if (row.prizeMoney !== null) result.prizeMoney = row.prizeMoney;
    // An empty threshold is left out (not null), so tiers without one read back as they were sent.
    if (kind === 'tier' && present(row.minScore) !== undefined) result.minScore = row.minScore;
    if (kind === 'topic' && row.conditionKind)
      result.condition = conditionOf(row.conditionKind, row.conditionYears);
    return result;
  });
}

export function toAwardInput(
  value: AwardFormValue,
  categories: readonly CategoryInput[] | null,
): AwardInput {
  const input: AwardInput = {
    name: value.name.trim(),
    edition: value.edition as number,
    year: value.year as number,
    level: value.level,
    rules: toRules(value.rules) as unknown as AwardRules,
    prizeTiers: rows(value.prizeTiers, 'tier') as PrizeTier[],
    topicPrizes: rows(value.topicPrizes, 'topic'),
  };
  if (value.organizerName.trim()) input.organizerName = value.organizerName.trim();
  if (value.place.trim()) input.place = value.place.trim();
  if (value.description.trim()) input.description = value.description.trim();
  if (categories) input.categories = categories.map((category) => ({ ...category }));
  return input;
}

/** Server and domain paths say `maxBytes`; the form edits megabytes under another name. */
export function toFormField(field: string): string {
  return field
    .replace(/^(rules\.files\.\w+)\.maxBytes$/, '$1.maxMegabytes')
    .replace(/^(topicPrizes\.\d+)\.condition(?:\.kind)?$/, '$1.conditionKind')
    .replace(/^(topicPrizes\.\d+)\.condition\.years$/, '$1.conditionYears');
}

export function toFormErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) => ({ ...error, field: toFormField(error.field) }));
}

/** The same checks the API runs, in the UI language: DTO limits here, rules from the domain. */
export function awardClientErrors(
  value: AwardFormValue,
  categories: readonly CategoryInput[] | null,
  i18n: I18nService,
): FieldError[] {
  const checks = new FieldChecks(i18n)
    .required('name', value.name)
    .maxLength('name', value.name, AWARD_TEXT_LIMITS.name)
    .intRange('edition', value.edition, 1, EDITION_MAX)
    .intRange('year', value.year, YEAR_MIN, YEAR_MAX)
    .maxLength('organizerName', value.organizerName, AWARD_TEXT_LIMITS.organizerName)
    .maxLength('place', value.place, AWARD_TEXT_LIMITS.place)
    .maxLength('description', value.description, AWARD_TEXT_LIMITS.description);

  const duplicate = FIELD_ERROR_MESSAGES.DUPLICATE_CODE[i18n.lang()];
  const checkRows = (
    name: 'prizeTiers' | 'topicPrizes',
    pattern: RegExp,
    labelMax: number,
    countOptional: boolean,
  ) => {
    const seen = new Set<string>();
    value[name].forEach((row, index) => {
      const base = `${name}.${index}`;
      checks
        .required(`${base}.code`, row.code)
        .pattern(`${base}.code`, row.code, pattern, i18n.t('error.tierCode'))
        .custom(`${base}.code`, seen.has(row.code.trim()), 'DUPLICATE_CODE', duplicate)
        .required(`${base}.label`, row.label)
        .maxLength(`${base}.label`, row.label, labelMax)
        .intRange(`${base}.targetCount`, row.targetCount, 0, COUNT_MAX, countOptional)
        .intRange(`${base}.prizeMoney`, row.prizeMoney, 0, PRIZE_MONEY_MAX, true);
      seen.add(row.code.trim());
    });
  };
  checkRows('prizeTiers', TIER_CODE_PATTERN, AWARD_TEXT_LIMITS.tierLabel, false);
  checkRows('topicPrizes', TOPIC_CODE_PATTERN, AWARD_TEXT_LIMITS.topicLabel, true);

  // Suggestion thresholds: range, decimals and order down the list, exactly as the API checks them.
  const tierErrors = [
    ...ruleIssuesToFieldErrors(
      prizeTierIssues(rows(value.prizeTiers, 'tier')),
      'prizeTiers',
      i18n.lang(),
    ),
    // Topic prize conditions: the kind and the age, exactly as the API checks them.
    ...ruleIssuesToFieldErrors(
      topicPrizeIssues(rows(value.topicPrizes, 'topic')),
      'topicPrizes',
      i18n.lang(),
    ),
  ];

  const rules = toRules(value.rules);
  const result = validateAwardRules(rules);
  // The API's wording names the ISO format it takes; the fields take dd/MM/yyyy (HH:mm), so say that.
  const typedFormat: Readonly<Record<string, string>> = {
    INVALID_DATE: i18n.t('date.invalid'),
    INVALID_DATETIME: i18n.t('date.invalidDateTime'),
  };
  const ruleErrors = (
    result.ok ? [] : ruleIssuesToFieldErrors(result.issues, 'rules', i18n.lang())
  ).map((error) =>
    typedFormat[error.code]
      ? { ...error, message: typedFormat[error.code] ?? error.message }
      : error,
  );

  const categoryErrors: FieldError[] = [];
  const files = (rules['files'] ?? {}) as Record<string, unknown>;
  (categories ?? []).forEach((category, index) => {
    if (!files[category.mediaType]) {
      categoryErrors.push({
        field: `categories.${index}`,
        code: 'MEDIA_TYPE_HAS_NO_FILE_RULE',
        message: FIELD_ERROR_MESSAGES.MEDIA_TYPE_HAS_NO_FILE_RULE[i18n.lang()],
      });
    }
  });
  return toFormErrors([...checks.errors, ...tierErrors, ...ruleErrors, ...categoryErrors]);
}

/** Whether the rules differ from what is stored (a PATCH leaves unchanged rules out). */
export function rulesChanged(stored: AwardRules, edited: Record<string, unknown>): boolean {
  return stableJson(normalise(stored)) !== stableJson(normalise(edited));
}

function normalise(rules: object): Record<string, unknown> {
  const value = rules as Record<string, unknown>;
  const deadline = value['submissionDeadline'];
  const files = (value['files'] ?? {}) as Record<string, FileRule>;
  return {
    ...value,
    submissionDeadline: typeof deadline === 'string' ? Date.parse(deadline) : deadline,
    files: Object.fromEntries(
      Object.entries(files).map(([key, rule]) => [
        key,
        { maxBytes: rule.maxBytes, types: [...(rule.types ?? [])].sort() },
      ]),
    ),
    languages: [...((value['languages'] as string[] | undefined) ?? [])].sort(),
    agencyConfirmationRequired: value['agencyConfirmationRequired'] === true,
  };
}

/** JSON with object keys sorted, so two equal objects built in different orders compare equal. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
