import type {
  AwardRules,
  EntryAuthorInput,
  EntryPartInput,
  EntryStatus,
  FileKind,
  PriorAwardInput,
} from '@press-award/contracts';
import { isCalendarDate } from './award-rules';
import { normalizePersonName } from './person-name';

/**
 * Eligibility rules of an entry, pure: the API calls them with what it loaded and turns each issue
 * into an error with a stable code. `path` points into the request body (`parts.1.publishedAt`).
 */
export type EligibilityCode =
  | 'SUBMISSION_DEADLINE_PASSED'
  | 'AWARD_NOT_OPEN'
  | 'PUBLICATION_OUTSIDE_WINDOW'
  | 'TOO_MANY_PARTS'
  | 'TOO_MANY_AUTHORS'
  | 'LANGUAGE_NOT_ALLOWED'
  | 'TRANSLATION_REQUIRED'
  | 'WORK_FILE_REQUIRED'
  | 'NATIONAL_PRESS_AWARD_WINNER'
  | 'AUTHOR_ENTRY_LIMIT_REACHED'
  | 'AUTHOR_BIRTH_DATE_REQUIRED'
  | 'UNKNOWN_TOPIC_PRIZE'
  | 'DUPLICATE_AUTHOR'
  | 'AGENCY_CONFIRMATION_REQUIRED';

export interface EligibilityIssue {
  path: string;
  code: EligibilityCode;
  /** Values that make the message concrete (the cap, the window) — never personal data of others. */
  params?: Record<string, string | number>;
}

export interface EntryDraft {
  language: string;
  parts: EntryPartInput[];
  authors: EntryAuthorInput[];
  priorAwards: PriorAwardInput[];
  topicPrizes: string[];
}

/** Whether entries may be created, edited, submitted or withdrawn at `now`. */
export function submissionWindowIssues(
  status: string,
  rules: AwardRules,
  now: Date,
): EligibilityIssue[] {
  if (status !== 'open') return [{ path: '', code: 'AWARD_NOT_OPEN' }];
  if (now.getTime() > Date.parse(rules.submissionDeadline)) {
    return [
      {
        path: '',
        code: 'SUBMISSION_DEADLINE_PASSED',
        params: { deadline: rules.submissionDeadline },
      },
    ];
  }
  return [];
}

/** The checks that hold for every saved draft: caps, window, language, prior prizes, topic prizes. */
export function draftIssues(
  entry: EntryDraft,
  rules: AwardRules,
  topicPrizeCodes: readonly string[],
): EligibilityIssue[] {
  const issues: EligibilityIssue[] = [];
  if (entry.parts.length > rules.maxSeriesParts) {
    issues.push({ path: 'parts', code: 'TOO_MANY_PARTS', params: { max: rules.maxSeriesParts } });
  }
  if (entry.authors.length > rules.maxCoAuthors) {
    issues.push({ path: 'authors', code: 'TOO_MANY_AUTHORS', params: { max: rules.maxCoAuthors } });
  }
  entry.parts.forEach((part, index) => {
    if (
      isCalendarDate(part.publishedAt) &&
      (part.publishedAt < rules.publicationFrom || part.publishedAt > rules.publicationTo)
    ) {
      issues.push({
        path: `parts.${index}.publishedAt`,
        code: 'PUBLICATION_OUTSIDE_WINDOW',
        params: { from: rules.publicationFrom, to: rules.publicationTo },
      });
    }
  });
  if (!rules.languages.includes(entry.language))
    issues.push({ path: 'language', code: 'LANGUAGE_NOT_ALLOWED' });
  entry.priorAwards.forEach((prior, index) => {
    if (prior.kind === 'national_press_award')
      issues.push({ path: `priorAwards.${index}.kind`, code: 'NATIONAL_PRESS_AWARD_WINNER' });
  });
  entry.topicPrizes.forEach((code, index) => {
    if (!topicPrizeCodes.includes(code))
      issues.push({ path: `topicPrizes.${index}`, code: 'UNKNOWN_TOPIC_PRIZE' });
  });
  const seen = new Map<string, number>();
  entry.authors.forEach((author, index) => {
    const key = authorKey(author);
    if (key && seen.has(key)) issues.push({ path: `authors.${index}`, code: 'DUPLICATE_AUTHOR' });
    else if (key) seen.set(key, index);
  });
  return issues;
}

export interface SubmittedFile {
  kind: FileKind;
  partIndex: number | null;
}

/** What submission adds: the work itself for every part, and a translation for other languages. */
export function submissionFileIssues(
  entry: Pick<EntryDraft, 'language' | 'parts'>,
  files: readonly SubmittedFile[],
  requireWorkPerPart: boolean,
): EligibilityIssue[] {
  const issues: EligibilityIssue[] = [];
  const works = files.filter((file) => file.kind === 'work');
  if (works.length === 0) issues.push({ path: 'files', code: 'WORK_FILE_REQUIRED' });
  else if (requireWorkPerPart && entry.parts.length > 1) {
    entry.parts.forEach((_part, index) => {
      if (!works.some((file) => file.partIndex === index || file.partIndex === null)) {
        issues.push({ path: `parts.${index}`, code: 'WORK_FILE_REQUIRED' });
      }
    });
  }
  if (entry.language !== 'vi' && !files.some((file) => file.kind === 'translation')) {
    issues.push({ path: 'files', code: 'TRANSLATION_REQUIRED' });
  }
  return issues;
}

/**
 * Every award caps works per author (`maxEntriesPerAuthor` is at least 1), and a person without an
 * account can only be recognised by name and birth date, so a submitted entry names the birth date of
 * every author, as the paper registration forms do. Drafts may be saved without it.
 */
export function authorBirthDateIssues(
  authors: readonly { dateOfBirth?: string | null }[],
): EligibilityIssue[] {
  const issues: EligibilityIssue[] = [];
  authors.forEach((author, index) => {
    if (!author.dateOfBirth)
      issues.push({ path: `authors.${index}.dateOfBirth`, code: 'AUTHOR_BIRTH_DATE_REQUIRED' });
  });
  return issues;
}

/**
 * Entries that take one of an author's places under the cap: every entry the secretariat has in hand
 * or accepted. A draft has not been sent, a withdrawn work gave its place back, an ineligible one
 * was refused; everything else — screened or not — still counts.
 */
export const AUTHOR_CAP_STATUSES: readonly EntryStatus[] = [
  'submitted',
  'eligible',
  'needs_revision',
];

export function countsTowardAuthorCap(status: string): boolean {
  return (AUTHOR_CAP_STATUSES as readonly string[]).includes(status);
}

/** An author as the rules count them: the account when known, else normalised name + birth date. */
export interface CountedAuthor {
  userId?: string | null;
  fullName: string;
  dateOfBirth?: string | null;
}

function authorKey(author: { fullName: string; dateOfBirth?: string | null }): string | null {
  const name = normalizePersonName(author.fullName);
  return name && author.dateOfBirth ? `${name}|${author.dateOfBirth}` : null;
}

export function isSameAuthor(a: CountedAuthor, b: CountedAuthor): boolean {
  if (a.userId && b.userId && a.userId === b.userId) return true;
  const keyA = authorKey(a);
  return keyA !== null && keyA === authorKey(b);
}

/**
 * The same normalised name without the proof of the same person (same account, or same birth date):
 * two reporters may share a name, so this never counts toward the cap, but the secretariat is told.
 */
export function isPossiblySameAuthor(a: CountedAuthor, b: CountedAuthor): boolean {
  const name = normalizePersonName(a.fullName);
  return name !== '' && name === normalizePersonName(b.fullName) && !isSameAuthor(a, b);
}

/**
 * The works-per-author cap: for each author of the entry being submitted, how many other entries of
 * the same award that count toward the cap (see {@link AUTHOR_CAP_STATUSES}; the caller filters)
 * list the same person. Returns one issue per author at the cap.
 */
export function authorLimitIssues(
  authors: readonly CountedAuthor[],
  otherCountedEntries: readonly { authors: readonly CountedAuthor[] }[],
  maxEntriesPerAuthor: number,
): EligibilityIssue[] {
  const issues: EligibilityIssue[] = [];
  authors.forEach((author, index) => {
    const count = otherCountedEntries.filter((entry) =>
      entry.authors.some((other) => isSameAuthor(author, other)),
    ).length;
    if (count >= maxEntriesPerAuthor) {
      issues.push({
        path: `authors.${index}`,
        code: 'AUTHOR_ENTRY_LIMIT_REACHED',
        params: { max: maxEntriesPerAuthor },
      });
    }
  });
  return issues;
}

/** How an entry stands towards its agency's confirmation, as the submission sees it. */
export interface AgencyConfirmation {
  /** In a batch of an organization account. */
  inBatch: boolean;
  /** That batch has its covering letter (công văn). */
  coveringLetter: boolean;
  /** A provincial winner forwarded by its committee: the forwarding is the committee's own act. */
  forwarded: boolean;
}

/**
 * Where the award requires the agency's confirmation, an entry is submitted only through a batch
 * whose covering letter is on file (docs/agencies.md).
 */
export function agencyConfirmationIssues(
  rules: Pick<AwardRules, 'agencyConfirmationRequired'>,
  entry: AgencyConfirmation,
): EligibilityIssue[] {
  if (!rules.agencyConfirmationRequired || entry.forwarded) return [];
  if (entry.inBatch && entry.coveringLetter) return [];
  return [{ path: 'batchId', code: 'AGENCY_CONFIRMATION_REQUIRED' }];
}
