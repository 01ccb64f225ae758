import { normalizePersonName } from '../person-name';

/**
 * Conflicts of interest between judges and entries, pure. The reasons name agencies and authors, so
 * they are for the secretariat only: a judge is told at most that an entry is not theirs to score.
 */
export const CONFLICT_REASONS = [
  'OWN_WORK',
  'OWN_AGENCY',
  'DECLARED_AGENCY',
  'CO_AUTHOR',
  'RECUSED',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export interface JudgeEntryPair {
  judgeId: string;
  entryId: string;
}

export interface JudgeProfile {
  id: string;
  /** The judge's account: an author with the same account is the judge. */
  userId: string;
  fullName: string;
  dateOfBirth?: string | null;
  /** The judge's own press agency (cơ quan công tác). */
  organizationName: string;
  /** Agencies the judge declared a relationship with (a spouse works there, a former employer…). */
  declaredOrganizations: readonly string[];
}

export interface EntryAuthorProfile {
  userId?: string | null;
  fullName: string;
  dateOfBirth?: string | null;
  organizationName?: string | null;
}

export interface EntryProfile {
  id: string;
  categoryId: string;
  authors: readonly EntryAuthorProfile[];
}

export interface ConflictInput {
  judges: readonly JudgeProfile[];
  /** Every entry of the award (not only the round's): co-authorship is looked for across all of them. */
  entries: readonly EntryProfile[];
  /** Judge × entry pairs the judge declared; pairs naming an unknown judge or entry are ignored. */
  recusals: readonly JudgeEntryPair[];
}

export interface ConflictOfInterest extends JudgeEntryPair {
  /** The first of `reasons` in the order of {@link CONFLICT_REASONS}. */
  reason: ConflictReason;
  /** Every reason that applies, in the order of {@link CONFLICT_REASONS}; never empty. */
  reasons: ConflictReason[];
}

/** The same person the way the eligibility rules count authors (see `isSameAuthor`). */
interface PersonKeys {
  userId: string | null;
  /** Normalised name + date of birth; null when either is missing. */
  nameKey: string | null;
}

function personKeys(person: {
  userId?: string | null;
  fullName: string;
  dateOfBirth?: string | null;
}): PersonKeys {
  const name = normalizePersonName(person.fullName);
  return {
    userId: person.userId ? person.userId : null,
    nameKey: name && person.dateOfBirth ? `${name}|${person.dateOfBirth}` : null,
  };
}

/** Agency names compare like person names: no diacritics, case or spacing; empty means none. */
export function normalizeOrganizationName(name: string | null | undefined): string | null {
  const normalized = normalizePersonName(name ?? '');
  return normalized === '' ? null : normalized;
}

class MultiIndex {
  private readonly map = new Map<string, number[]>();

  add(key: string | null, value: number): void {
    if (key === null) return;
    const list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, [value]);
  }

  get(key: string | null): readonly number[] {
    return key === null ? [] : (this.map.get(key) ?? []);
  }
}

/** Entries (by index) listing an author who is `person`. */
function entriesOf(person: PersonKeys, byUser: MultiIndex, byName: MultiIndex): Set<number> {
  return new Set([...byUser.get(person.userId), ...byName.get(person.nameKey)]);
}

function samePerson(a: PersonKeys, b: PersonKeys): boolean {
  return (
    (a.userId !== null && a.userId === b.userId) || (a.nameKey !== null && a.nameKey === b.nameKey)
  );
}

/**
 * Every conflicting judge × entry pair, judges in input order then entries in input order:
 * - `OWN_WORK` — the judge is an author (same account, or same normalised name and date of birth);
 * - `OWN_AGENCY` — an author belongs to the judge's agency;
 * - `DECLARED_AGENCY` — an author belongs to an agency the judge declared;
 * - `CO_AUTHOR` — an author shares another entry of the award with the judge;
 * - `RECUSED` — the judge recused themself from the entry.
 * A same name without a matching date of birth (or account) is not the same person.
 */
export function findConflicts(input: ConflictInput): ConflictOfInterest[] {
  const authorKeys = input.entries.map((entry) =>
    entry.authors.map((author) => personKeys(author)),
  );
  const byUser = new MultiIndex();
  const byName = new MultiIndex();
  const byAgency = new MultiIndex();
  input.entries.forEach((entry, entryIndex) => {
    (authorKeys[entryIndex] ?? []).forEach((keys) => {
      byUser.add(keys.userId, entryIndex);
      byName.add(keys.nameKey, entryIndex);
    });
    new Set(
      entry.authors.map((author) => normalizeOrganizationName(author.organizationName)),
    ).forEach((agency) => byAgency.add(agency, entryIndex));
  });
  const entryIndexById = new Map(input.entries.map((entry, index) => [entry.id, index] as const));
  const recusedByJudge = new Map<string, Set<number>>();
  for (const recusal of input.recusals) {
    const entryIndex = entryIndexById.get(recusal.entryId);
    if (entryIndex === undefined) continue;
    const set = recusedByJudge.get(recusal.judgeId) ?? new Set<number>();
    set.add(entryIndex);
    recusedByJudge.set(recusal.judgeId, set);
  }

  const conflicts: ConflictOfInterest[] = [];
  for (const judge of input.judges) {
    const reasonsByEntry = new Map<number, Set<ConflictReason>>();
    const mark = (entryIndex: number, reason: ConflictReason) => {
      const set = reasonsByEntry.get(entryIndex) ?? new Set<ConflictReason>();
      set.add(reason);
      reasonsByEntry.set(entryIndex, set);
    };
    const self = personKeys(judge);
    const ownWorks = entriesOf(self, byUser, byName);
    ownWorks.forEach((entryIndex) => mark(entryIndex, 'OWN_WORK'));
    byAgency
      .get(normalizeOrganizationName(judge.organizationName))
      .forEach((entryIndex) => mark(entryIndex, 'OWN_AGENCY'));
    new Set(judge.declaredOrganizations.map((name) => normalizeOrganizationName(name))).forEach(
      (agency) => byAgency.get(agency).forEach((entryIndex) => mark(entryIndex, 'DECLARED_AGENCY')),
    );
    ownWorks.forEach((ownIndex) => {
      (authorKeys[ownIndex] ?? [])
        .filter((coAuthor) => !samePerson(coAuthor, self))
        .forEach((coAuthor) =>
          entriesOf(coAuthor, byUser, byName).forEach((entryIndex) => {
            if (entryIndex !== ownIndex) mark(entryIndex, 'CO_AUTHOR');
          }),
        );
    });
    recusedByJudge.get(judge.id)?.forEach((entryIndex) => mark(entryIndex, 'RECUSED'));

    [...reasonsByEntry.entries()]
      .sort(([a], [b]) => a - b)
      .forEach(([entryIndex, found]) => {
        const reasons = CONFLICT_REASONS.filter((reason) => found.has(reason));
        const [reason] = reasons;
        const entry = input.entries[entryIndex];
        if (reason !== undefined && entry !== undefined)
          conflicts.push({ judgeId: judge.id, entryId: entry.id, reason, reasons });
      });
  }
  return conflicts;
}
