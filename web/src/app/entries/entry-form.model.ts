import type { FormArray, FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import {
  EMAIL_MAX_LENGTH,
  ERROR_MESSAGES,
  NAME_MAX_LENGTH,
  YEAR_MAX,
  YEAR_MIN,
  messageText,
  type AuthorRole,
  type AwardRules,
  type EntryAuthorInput,
  type EntryPartInput,
  type EntryResponse,
  type FieldError,
  type MeResponse,
  type PriorAwardInput,
  type PriorAwardKind,
} from '@press-award/contracts';
import {
  authorBirthDateIssues,
  draftIssues,
  isCalendarDate,
  type EligibilityIssue,
} from '@press-award/domain';
import { FieldChecks } from '../core/forms/validation';
import type { I18nService } from '../core/i18n/i18n.service';
import type { EntryInput } from './entries-api';

/** The DTO's own limits (libs/contracts/src/dto/entry.dto.ts), not exported from the index. */
export const ENTRY_TEXT_LIMITS = {
  title: 500,
  genre: 100,
  summary: 5000,
  partTitle: 500,
  url: 2000,
  priorName: 300,
  priorPrize: 100,
} as const;

/** http(s) with a dotted host name, the shape class-validator's `IsUrl` accepts. */
const URL_PATTERN = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;

export type PartForm = FormGroup<{
  title: FormControl<string>;
  outlet: FormControl<string>;
  /** `<input type="date">` value: a Vietnam calendar date, YYYY-MM-DD. */
  publishedAt: FormControl<string>;
  url: FormControl<string>;
}>;

export type AuthorForm = FormGroup<{
  fullName: FormControl<string>;
  penName: FormControl<string>;
  role: FormControl<AuthorRole | ''>;
  organizationName: FormControl<string>;
  email: FormControl<string>;
  dateOfBirth: FormControl<string>;
  /** Lives abroad (người Việt Nam ở nước ngoài): for the overseas-author topic prize. */
  overseas: FormControl<boolean>;
}>;

export type PriorAwardForm = FormGroup<{
  kind: FormControl<PriorAwardKind>;
  name: FormControl<string>;
  year: FormControl<number | null>;
  prize: FormControl<string>;
}>;

export type EntryForm = ReturnType<typeof createEntryForm>;
export type EntryFormValue = ReturnType<EntryForm['getRawValue']>;

/** What the client checks need from the award: its rules, topic prize codes and category ids. */
export interface EntryRulesContext {
  rules: AwardRules;
  topicPrizeCodes: readonly string[];
  categoryIds: readonly string[];
}

export function createPartForm(
  fb: NonNullableFormBuilder,
  part?: Partial<EntryPartInput>,
): PartForm {
  return fb.group({
    title: fb.control(part?.title ?? ''),
    outlet: fb.control(part?.outlet ?? ''),
    publishedAt: fb.control(part?.publishedAt ?? ''),
    url: fb.control(part?.url ?? ''),
  });
}

export function createAuthorForm(
  fb: NonNullableFormBuilder,
  author?: Partial<EntryAuthorInput>,
): AuthorForm {
  return fb.group({
    fullName: fb.control(author?.fullName ?? ''),
    penName: fb.control(author?.penName ?? ''),
    role: fb.control<AuthorRole | ''>(author?.role ?? ''),
    organizationName: fb.control(author?.organizationName ?? ''),
    email: fb.control(author?.email ?? ''),
    dateOfBirth: fb.control(author?.dateOfBirth ?? ''),
    overseas: fb.control(author?.overseas ?? false),
  });
}

export function createPriorAwardForm(
  fb: NonNullableFormBuilder,
  prior?: Partial<PriorAwardInput>,
): PriorAwardForm {
  return fb.group({
    kind: fb.control<PriorAwardKind>(prior?.kind ?? 'provincial'),
    name: fb.control(prior?.name ?? ''),
    year: fb.control<number | null>(prior?.year ?? null),
    prize: fb.control(prior?.prize ?? ''),
  });
}

/**
 * The entry form. A new entry starts with one part and the signed-in reporter as its first author
 * (the usual case: one reporter, one work); an existing entry is loaded as saved.
 */
export function createEntryForm(
  fb: NonNullableFormBuilder,
  entry?: EntryResponse | null,
  me?: Pick<MeResponse, 'fullName' | 'penName' | 'organizationName' | 'email'> | null,
) {
  const authors: Partial<EntryAuthorInput>[] = entry
    ? entry.authors
    : [
        {
          fullName: me?.fullName ?? '',
          penName: me?.penName ?? '',
          organizationName: me?.organizationName ?? '',
          email: me?.email ?? '',
          role: 'author',
        },
      ];
  return fb.group({
    categoryId: fb.control(entry?.categoryId ?? ''),
    title: fb.control(entry?.title ?? ''),
    genre: fb.control(entry?.genre ?? ''),
    language: fb.control(entry?.language ?? 'vi'),
    summary: fb.control(entry?.summary ?? ''),
    parts: fb.array(
      (entry?.parts.length ? entry.parts : [{}]).map((part) => createPartForm(fb, part)),
    ),
    authors: fb.array(authors.map((author) => createAuthorForm(fb, author))),
    priorAwards: fb.array(
      (entry?.priorAwards ?? []).map((prior) => createPriorAwardForm(fb, prior)),
    ),
    topicPrizes: fb.control<string[]>([...(entry?.topicPrizes ?? [])]),
  });
}

/** Moves a row of a list one place up (-1) or down (+1); out-of-range moves do nothing. */
export function moveRow(rows: FormArray, index: number, offset: -1 | 1): void {
  const target = index + offset;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return;
  const row = rows.at(index);
  rows.removeAt(index, { emitEvent: false });
  rows.insert(target, row);
}

function text(value: string): string {
  return value.trim();
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** The request body exactly as it will be sent: trimmed, empty optional fields as `null`. */
export function toEntryInput(value: EntryFormValue): EntryInput {
  return {
    categoryId: value.categoryId,
    title: text(value.title),
    genre: optional(value.genre),
    language: value.language,
    summary: optional(value.summary),
    parts: value.parts.map((part) => ({
      title: text(part.title),
      outlet: text(part.outlet),
      publishedAt: part.publishedAt,
      url: optional(part.url),
    })),
    authors: value.authors.map((author) => ({
      fullName: text(author.fullName),
      penName: optional(author.penName),
      role: author.role || null,
      organizationName: optional(author.organizationName),
      email: optional(author.email)?.toLowerCase() ?? null,
      dateOfBirth: optional(author.dateOfBirth),
      // Only a declared residence abroad is sent; absent reads as not abroad.
      ...(author.overseas ? { overseas: true } : {}),
    })),
    priorAwards: value.priorAwards.map((prior) => ({
      kind: prior.kind,
      name: text(prior.name),
      year: prior.year as number,
      prize: optional(prior.prize),
    })),
    topicPrizes: [...value.topicPrizes],
  };
}

/**
 * The text for an eligibility code, made concrete by its params: the very sentence the API sends,
 * with the cap or the window woven in and written the way the UI writes numbers and dates.
 */
export function issueMessage(
  code: string,
  params: FieldError['params'],
  i18n: I18nService,
): string {
  return messageText(code, i18n.lang(), params) ?? i18n.errorMessage(code);
}

/** Eligibility codes known to the contracts get the UI's own wording; anything else keeps the server's. */
export function localizeDetails(details: readonly FieldError[], i18n: I18nService): FieldError[] {
  return details.map((detail) =>
    detail.code in ERROR_MESSAGES
      ? { ...detail, message: issueMessage(detail.code, detail.params, i18n) }
      : detail,
  );
}

function issuesToErrors(issues: readonly EligibilityIssue[], i18n: I18nService): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path,
    code: issue.code,
    message: issueMessage(issue.code, issue.params, i18n),
    ...(issue.params ? { params: issue.params } : {}),
  }));
}

/**
 * The checks the API runs on a draft, in the UI language: the DTO's required fields and limits
 * here, the award's rules (caps, window, language, prior prizes, topic prizes) from the shared
 * domain function the API itself calls. On `submit`, also what submission adds and the browser can
 * know: every author's birth date (files and the works-per-author cap stay with the API).
 */
export function entryClientErrors(
  value: EntryFormValue,
  context: EntryRulesContext | null,
  i18n: I18nService,
  stage: 'draft' | 'submit' = 'draft',
): FieldError[] {
  // Not the API's wording, which names the ISO format it takes: the field takes dd/MM/yyyy.
  const invalidDate = i18n.t('date.invalid');
  const checks = new FieldChecks(i18n)
    .required('categoryId', value.categoryId)
    .custom(
      'categoryId',
      !!value.categoryId && !!context && !context.categoryIds.includes(value.categoryId),
      'CATEGORY_NOT_IN_AWARD',
      i18n.errorMessage('CATEGORY_NOT_IN_AWARD'),
    )
    .required('title', value.title)
    .maxLength('title', value.title, ENTRY_TEXT_LIMITS.title)
    .maxLength('genre', value.genre, ENTRY_TEXT_LIMITS.genre)
    .required('language', value.language)
    .maxLength('summary', value.summary, ENTRY_TEXT_LIMITS.summary);

  value.parts.forEach((part, index) => {
    const base = `parts.${index}`;
    checks
      .required(`${base}.title`, part.title)
      .maxLength(`${base}.title`, part.title, ENTRY_TEXT_LIMITS.partTitle)
      .required(`${base}.outlet`, part.outlet)
      .maxLength(`${base}.outlet`, part.outlet, NAME_MAX_LENGTH)
      .required(`${base}.publishedAt`, part.publishedAt)
      .custom(
        `${base}.publishedAt`,
        !!part.publishedAt && !isCalendarDate(part.publishedAt),
        'INVALID_DATE',
        invalidDate,
      )
      .pattern(`${base}.url`, part.url, URL_PATTERN, i18n.t('entry.urlInvalid'))
      .maxLength(`${base}.url`, part.url, ENTRY_TEXT_LIMITS.url);
  });
  value.authors.forEach((author, index) => {
    const base = `authors.${index}`;
    checks
      .required(`${base}.fullName`, author.fullName)
      .maxLength(`${base}.fullName`, author.fullName, NAME_MAX_LENGTH)
      .maxLength(`${base}.penName`, author.penName, NAME_MAX_LENGTH)
      .maxLength(`${base}.organizationName`, author.organizationName, NAME_MAX_LENGTH)
      .email(`${base}.email`, author.email)
      .maxLength(`${base}.email`, author.email, EMAIL_MAX_LENGTH)
      .custom(
        `${base}.dateOfBirth`,
        !!author.dateOfBirth && !isCalendarDate(author.dateOfBirth),
        'INVALID_DATE',
        invalidDate,
      );
  });
  value.priorAwards.forEach((prior, index) => {
    const base = `priorAwards.${index}`;
    checks
      .required(`${base}.name`, prior.name)
      .maxLength(`${base}.name`, prior.name, ENTRY_TEXT_LIMITS.priorName)
      .intRange(`${base}.year`, prior.year, YEAR_MIN, YEAR_MAX)
      .maxLength(`${base}.prize`, prior.prize, ENTRY_TEXT_LIMITS.priorPrize);
  });

  const input = toEntryInput(value);
  const submission =
    stage === 'submit' ? issuesToErrors(authorBirthDateIssues(input.authors), i18n) : [];
  if (!context) return [...checks.errors, ...submission];
  const issues = draftIssues(
    {
      language: input.language,
      parts: input.parts,
      authors: input.authors,
      priorAwards: input.priorAwards ?? [],
      topicPrizes: input.topicPrizes ?? [],
    },
    context.rules,
    context.topicPrizeCodes,
  );
  return [...checks.errors, ...issuesToErrors(issues, i18n), ...submission];
}

/**
 * Paths an error may name beyond the leaf inputs: a whole list (`parts`, TOO_MANY_PARTS), a whole
 * row (`authors.2`, AUTHOR_ENTRY_LIMIT_REACHED; `parts.1`, WORK_FILE_REQUIRED) and the files.
 */
export function rowPaths(
  value: Pick<EntryFormValue, 'parts' | 'authors' | 'priorAwards'>,
): string[] {
  return [
    'parts',
    'authors',
    'priorAwards',
    'files',
    ...value.parts.map((_, index) => `parts.${index}`),
    ...value.authors.map((_, index) => `authors.${index}`),
    ...value.priorAwards.map((_, index) => `priorAwards.${index}`),
  ];
}

/** Whether a language needs a Vietnamese translation file before submission. */
export function needsTranslation(language: string): boolean {
  return !!language && language !== 'vi';
}

/** Whether the award takes new entries now: open and before its deadline. */
export function acceptsEntries(
  status: string,
  rules: Pick<AwardRules, 'submissionDeadline'>,
  now = new Date(),
): boolean {
  return status === 'open' && now.getTime() <= Date.parse(rules.submissionDeadline);
}
