import type { AwardRules, EntryPartInput, EntryStatus } from '@press-award/contracts';
import {
  countsTowardAuthorCap,
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

/** A normalised title and its bigrams (a padded title of n characters has n − 1). */
interface TitleGrams {
  text: string;
  grams: Map<string, number>;
  size: number;
}

function titleGrams(title: string): TitleGrams {
  const text = normalizeTitle(title);
  return { text, grams: bigrams(text), size: text ? text.length + 1 : 0 };
}

function similarity(left: TitleGrams, right: TitleGrams): number {
  if (!left.text || !right.text) return 0;
  if (left.text === right.text) return 1;
  let shared = 0;
  for (const [gram, count] of left.grams) shared += Math.min(count, right.grams.get(gram) ?? 0);
  return (2 * shared) / (left.size + right.size);
}

/** Sørensen–Dice similarity of character bigrams, 0..1, on normalised titles. */
export function titleSimilarity(a: string, b: string): number {
  return similarity(titleGrams(a), titleGrams(b));
}

export const SIMILAR_TITLE_THRESHOLD = 0.9;

/**
 * The award's entries indexed for the findings, built once per request: by account, by normalised
 * name with birth date, by normalised name, by file hash, by title bigram. Each finding then looks
 * only at the entries that share a key with the one screened, instead of comparing it with every
 * other entry of the award (near-linear for a page of the queue, not quadratic).
 */
export class ScreeningIndex {
  private readonly byId = new Map<string, number[]>();
  private readonly byUser = new Map<string, number[]>();
  private readonly byPerson = new Map<string, number[]>();
  private readonly byName = new Map<string, number[]>();
  private readonly bySha = new Map<string, number[]>();
  private readonly byGram = new Map<string, number[]>();
  private readonly titles: TitleGrams[];

  constructor(readonly entries: readonly ScreenedEntry[]) {
    this.titles = entries.map((entry) => titleGrams(entry.title));
    entries.forEach((entry, position) => {
      add(this.byId, entry.id, position);
      for (const author of entry.authors) {
        const keys = authorKeys(author);
        if (keys.userId) add(this.byUser, keys.userId, position);
        if (keys.person) add(this.byPerson, keys.person, position);
        if (keys.name) add(this.byName, keys.name, position);
      }
      for (const file of entry.files) add(this.bySha, file.sha256, position);
      for (const gram of this.titles[position]?.grams.keys() ?? [])
        add(this.byGram, gram, position);
    });
  }

  /** Positions of entries listing the same person ({@link isSameAuthor}). */
  sameAuthor(author: CountedAuthor): Set<number> {
    const keys = authorKeys(author);
    return new Set([
      ...(keys.userId ? (this.byUser.get(keys.userId) ?? []) : []),
      ...(keys.person ? (this.byPerson.get(keys.person) ?? []) : []),
    ]);
  }

  /** Positions of entries listing an author of the same normalised name. */
  sameName(author: CountedAuthor): readonly number[] {
    const { name } = authorKeys(author);
    return name ? (this.byName.get(name) ?? []) : [];
  }

  withId(id: string): readonly number[] {
    return this.byId.get(id) ?? [];
  }

  sameFile(hashes: ReadonlySet<string>): Set<number> {
    return new Set([...hashes].flatMap((sha) => this.bySha.get(sha) ?? []));
  }

  /**
   * Positions whose title is at least {@link SIMILAR_TITLE_THRESHOLD} similar. Dice ≥ 0.9 needs
   * shared ≥ 0.45·(|A| + |B|) ≥ 0.45·|A| + 0.45·shared, so shared ≥ 0.818·|A| > ⌊0.8·|A|⌋: a title
   * can miss at most m = |A| − ⌊0.8·|A|⌋ − 1 of A's distinct bigrams (each missing one costs at
   * least one shared bigram). So among any k distinct bigrams of A it holds at least k − m. Taking
   * the k = 2m + 1 rarest, only titles found in m + 1 of their lists are measured, exactly.
   */
  similarTitles(title: string): number[] {
    const query = titleGrams(title);
    if (!query.text) return [];
    const missable = query.size - Math.floor(0.8 * query.size) - 1;
    const rarest = [...query.grams.keys()]
      .map((gram) => this.byGram.get(gram) ?? [])
      .sort((a, b) => a.length - b.length)
      .slice(0, 2 * missable + 1);
    const needed = rarest.length - missable;
    const hits = new Map<number, number>();
    for (const list of rarest)
      for (const position of list) hits.set(position, (hits.get(position) ?? 0) + 1);
    const similar: number[] = [];
    for (const [position, count] of hits)
      if (
        count >= needed &&
        similarity(query, this.titles[position] as TitleGrams) >= SIMILAR_TITLE_THRESHOLD
      )
        similar.push(position);
    return similar;
  }
}

function add(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  // Each entry once under a key, even with two authors or files sharing it.
  else if (list[list.length - 1] !== position) list.push(position);
}

/** The keys `isSameAuthor` and `isPossiblySameAuthor` compare. */
function authorKeys(author: CountedAuthor): {
  userId: string | null;
  person: string | null;
  name: string;
} {
  const name = normalizePersonName(author.fullName);
  return {
    userId: author.userId || null,
    person: name && author.dateOfBirth ? `${name}|${author.dateOfBirth}` : null,
    name,
  };
}

const ascending = (a: number, b: number) => a - b;

/**
 * Findings for one entry against the award's rules and the award's other submitted entries (an
 * array, or the {@link ScreeningIndex} of them when screening many entries at once).
 * The works-per-author cap counts only entries submitted before this one, so the earliest entries
 * are not the ones flagged, and only those that still take a place (not withdrawn or ineligible).
 * A name-only match ({@link isPossiblySameAuthor}) is flagged when, were it the same person, the cap
 * would be reached: below that it changes nothing the secretariat decides. Related entries are
 * listed in the order of `others`.
 */
export function screeningFindings(
  entry: ScreenedEntry,
  rules: AwardRules,
  others: readonly ScreenedEntry[] | ScreeningIndex,
): Finding[] {
  const index = others instanceof ScreeningIndex ? others : new ScreeningIndex(others);
  const all = index.entries;
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
  const isEarlier = (position: number): boolean => {
    const other = all[position] as ScreenedEntry;
    return (
      other.id !== entry.id &&
      countsTowardAuthorCap(other.status) &&
      !!other.submittedAt &&
      !!entry.submittedAt &&
      other.submittedAt < entry.submittedAt
    );
  };
  const idsOf = (positions: Iterable<number>): string[] =>
    [...positions].sort(ascending).map((position) => (all[position] as ScreenedEntry).id);
  // Per author: the earlier entries of the same person (what the cap counts).
  const certain = entry.authors.map(
    (author) => new Set([...index.sameAuthor(author)].filter(isEarlier)),
  );
  const max = rules.maxEntriesPerAuthor;
  const overCap = certain.filter((same) => same.size >= max);
  if (overCap.length) {
    findings.push({
      code: 'AUTHOR_ENTRY_LIMIT_REACHED',
      params: { max },
      relatedEntryIds: idsOf(new Set(overCap.flatMap((same) => [...same]))),
    });
  }
  const possible = new Set<string>();
  entry.authors.forEach((author, authorIndex) => {
    const same = certain[authorIndex] as Set<number>;
    if (same.size >= max) return;
    const nameOnly = index
      .sameName(author)
      .filter((position) => isEarlier(position) && !same.has(position));
    if (nameOnly.length && same.size + nameOnly.length >= max)
      nameOnly.forEach((position) => possible.add((all[position] as ScreenedEntry).id));
  });
  if (possible.size) {
    findings.push({
      code: 'POSSIBLY_SAME_AUTHOR',
      params: { max },
      relatedEntryIds: idsOf([...possible].flatMap((id) => index.withId(id).filter(isEarlier))),
    });
  }
  const notSelf = (position: number) => (all[position] as ScreenedEntry).id !== entry.id;
  const sameFile = [...index.sameFile(new Set(entry.files.map((file) => file.sha256)))].filter(
    notSelf,
  );
  if (sameFile.length) findings.push({ code: 'DUPLICATE_FILE', relatedEntryIds: idsOf(sameFile) });
  const similar = index.similarTitles(entry.title).filter(notSelf);
  if (similar.length) findings.push({ code: 'SIMILAR_TITLE', relatedEntryIds: idsOf(similar) });
  return findings;
}
