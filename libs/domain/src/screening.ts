import type { AwardRules, EntryPartInput, EntryStatus } from '@press-award/contracts';
import {
  authorLimitIssues,
  countsTowardAuthorCap,
  isPossiblySameAuthor,
  isSameAuthor,
  submissionFileIssues,
  type CountedAuthor,
  type SubmittedFile,
} from './eligibility';
import { normalizePersonName } from './person-name';

/**
 * What the secretariat sees beside each entry in the screening queue: the checks the system can do
 * itself. Findings inform a decision; they never decide.
 */
export type FindingCode =
  | 'PUBLICATION_OUTSIDE_WINDOW'
  | 'AUTHOR_ENTRY_LIMIT_REACHED'
  | 'POSSIBLY_SAME_AUTHOR'
  | 'WORK_FILE_REQUIRED'
  | 'TRANSLATION_REQUIRED'
  | 'DUPLICATE_FILE'
  | 'SIMILAR_TITLE'
  | 'TOO_MANY_PARTS'
  | 'TOO_MANY_AUTHORS';

export interface Finding {
  code: FindingCode;
  params?: Record<string, string | number>;
  /** Other entries of the award involved (same file, similar title, same author over the cap). */
  relatedEntryIds?: string[];
}

export interface ScreenedEntry {
  id: string;
  title: string;
  language: string;
  parts: Pick<EntryPartInput, 'publishedAt'>[];
  authors: CountedAuthor[];
  files: (SubmittedFile & { sha256: string })[];
  submittedAt: Date | null;
  /** Only entries that count toward the cap (see `countsTowardAuthorCap`) take an author's place. */
  status: EntryStatus;
}

/** Titles compared without diacritics, case or punctuation. */
export function normalizeTitle(title: string): string {
  return normalizePersonName(title);
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${text} `;
  for (let index = 0; index < padded.length - 1; index++) {
    const gram = padded.slice(index, index + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice similarity of character bigrams, 0..1, on normalised titles. */
export function titleSimilarity(a: string, b: string): number {
  const left = normalizeTitle(a);
  const right = normalizeTitle(b);
  if (!left || !right) return 0;
  if (left === right) return 1;
  const gramsA = bigrams(left);
  const gramsB = bigrams(right);
  let shared = 0;
  for (const [gram, count] of gramsA) shared += Math.min(count, gramsB.get(gram) ?? 0);
  const total =
    [...gramsA.values()].reduce((sum, n) => sum + n, 0) +
    [...gramsB.values()].reduce((sum, n) => sum + n, 0);
  return (2 * shared) / total;
}

export const SIMILAR_TITLE_THRESHOLD = 0.9;

/**
 * Findings for one entry against the award's rules and the award's other submitted entries.
 * The works-per-author cap counts only entries submitted before this one, so the earliest entries
 * are not the ones flagged, and only those that still take a place (not withdrawn or ineligible).
 * A name-only match ({@link isPossiblySameAuthor}) is flagged when, were it the same person, the cap
 * would be reached: below that it changes nothing the secretariat decides.
 */
export function screeningFindings(
  entry: ScreenedEntry,
  rules: AwardRules,
  others: readonly ScreenedEntry[],
): Finding[] {
  const findings: Finding[] = [];
  const outside = entry.parts.filter(
    (part) => part.publishedAt < rules.publicationFrom || part.publishedAt > rules.publicationTo,
  );
  if (outside.length)
    findings.push({
      code: 'PUBLICATION_OUTSIDE_WINDOW',
      params: { from: rules.publicationFrom, to: rules.publicationTo, parts: outside.length },
    });
  if (entry.parts.length > rules.maxSeriesParts)
    findings.push({ code: 'TOO_MANY_PARTS', params: { max: rules.maxSeriesParts } });
  if (entry.authors.length > rules.maxCoAuthors)
    findings.push({ code: 'TOO_MANY_AUTHORS', params: { max: rules.maxCoAuthors } });
  for (const issue of submissionFileIssues(
    {
      language: entry.language,
      parts: entry.parts.map((part) => ({ ...part, title: '', outlet: '' })),
    },
    entry.files,
    false,
  )) {
    findings.push({ code: issue.code as FindingCode });
  }
  const earlier = others.filter(
    (other) =>
      other.id !== entry.id &&
      countsTowardAuthorCap(other.status) &&
      other.submittedAt &&
      entry.submittedAt &&
      other.submittedAt < entry.submittedAt,
  );
  const overCap = authorLimitIssues(entry.authors, earlier, rules.maxEntriesPerAuthor);
  if (overCap.length) {
    const flagged = overCap
      .map((issue) => entry.authors[Number(issue.path.split('.')[1])])
      .filter((author): author is CountedAuthor => !!author);
    const related = earlier.filter((other) =>
      other.authors.some((candidate) => flagged.some((author) => isSameAuthor(author, candidate))),
    );
    findings.push({
      code: 'AUTHOR_ENTRY_LIMIT_REACHED',
      params: { max: rules.maxEntriesPerAuthor },
      relatedEntryIds: related.map((other) => other.id),
    });
  }
  const possible = new Set<string>();
  for (const author of entry.authors) {
    const certain = earlier.filter((other) =>
      other.authors.some((candidate) => isSameAuthor(author, candidate)),
    );
    if (certain.length >= rules.maxEntriesPerAuthor) continue;
    const nameOnly = earlier.filter(
      (other) =>
        !certain.includes(other) &&
        other.authors.some((candidate) => isPossiblySameAuthor(author, candidate)),
    );
    if (nameOnly.length && certain.length + nameOnly.length >= rules.maxEntriesPerAuthor)
      nameOnly.forEach((other) => possible.add(other.id));
  }
  if (possible.size) {
    findings.push({
      code: 'POSSIBLY_SAME_AUTHOR',
      params: { max: rules.maxEntriesPerAuthor },
      relatedEntryIds: earlier.filter((other) => possible.has(other.id)).map((other) => other.id),
    });
  }
  const hashes = new Set(entry.files.map((file) => file.sha256));
  const sameFile = others.filter(
    (other) => other.id !== entry.id && other.files.some((file) => hashes.has(file.sha256)),
  );
  if (sameFile.length)
    findings.push({ code: 'DUPLICATE_FILE', relatedEntryIds: sameFile.map((other) => other.id) });
  const similar = others.filter(
    (other) =>
      other.id !== entry.id && titleSimilarity(entry.title, other.title) >= SIMILAR_TITLE_THRESHOLD,
  );
  if (similar.length)
    findings.push({ code: 'SIMILAR_TITLE', relatedEntryIds: similar.map((other) => other.id) });
  return findings;
}
