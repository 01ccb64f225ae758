import type { VerificationPackage, VerificationRound } from '@press-award/contracts';
import { canonicalJson } from './canonical-json';
import { aggregateResults } from './results';
import { weightedTotal } from './scores';

/**
 * The published results, recomputed from the verification package alone: each sheet's total from
 * its criterion scores and the rubric's weights, each round's ranking from the sheets by the
 * published method, and the package's hash. The API builds the ranking it publishes with the same
 * function, so a package nobody altered always matches.
 */
export function rankRound(
  round: Pick<VerificationRound, 'method' | 'parameters' | 'rubric' | 'entries' | 'sheets'>,
): VerificationRound['ranking'] {
  const result = aggregateResults({
    entries: round.entries.map((entry) => ({
      entryId: entry.entryCode,
      categoryId: entry.category,
    })),
    sheets: round.sheets.map((sheet) => ({
      entryId: sheet.entryCode,
      judgeId: sheet.judge,
      total: weightedTotal(round.rubric, sheet.scores) ?? Number.NaN,
    })),
    method: round.method,
    maxTotal: round.parameters.maxTotal,
    expectedSheets: round.parameters.expectedSheets,
    disagreementPoints: round.parameters.disagreementPoints,
  });
  return result.entries
    .map((entry) => ({ entryCode: entry.entryId, total: entry.normalized, rank: entry.rank }))
    .sort((a, b) => a.entryCode.localeCompare(b.entryCode));
}

/** The text whose sha256 is the package's `snapshotHash`. */
export function verificationHashInput(
  pkg: Pick<VerificationPackage, 'awardId' | 'rounds'>,
): string {
  return canonicalJson({ awardId: pkg.awardId, rounds: pkg.rounds });
}

export type VerificationOutcome =
  | { matches: true }
  | { matches: false; round?: string; entryCode?: string; difference: string };

/**
 * "Khớp", or the first difference: a ranking that the sheets do not give (naming the round and the
 * entry), a sheet that cannot be totalled, or a hash that is not the package's.
 */
export function verifyPackage(
  pkg: VerificationPackage,
  sha256: (text: string) => string,
): VerificationOutcome {
  const rankings = verifyRankings(pkg);
  return rankings.matches ? verifyHash(pkg, sha256(verificationHashInput(pkg))) : rankings;
}

/** The package's hash against its text's hash (computed by the caller: Node, or a browser's SubtleCrypto). */
export function verifyHash(pkg: VerificationPackage, hash: string): VerificationOutcome {
  return hash === pkg.snapshotHash
    ? { matches: true }
    : {
        matches: false,
        difference: `the package's hash is ${hash}, not the published ${pkg.snapshotHash}`,
      };
}

/** Every published ranking against the one its sheets give; the first difference, named. */
export function verifyRankings(pkg: VerificationPackage): VerificationOutcome {
  for (const round of pkg.rounds) {
    for (const sheet of round.sheets) {
      if (weightedTotal(round.rubric, sheet.scores) === null)
        return {
          matches: false,
          round: round.name,
          entryCode: sheet.entryCode,
          difference: `a sheet of ${sheet.entryCode} by ${sheet.judge} lacks a criterion score`,
        };
    }
    const recomputed = new Map(rankRound(round).map((row) => [row.entryCode, row]));
    // Scores first, then ranks: an altered sheet changes its own entry's score, while a rank may
    // move for a neighbour too — the difference named is the entry whose score it is.
    for (const check of ['total', 'rank'] as const) {
      for (const published of round.ranking) {
        const again = recomputed.get(published.entryCode);
        if (!again || again[check] !== published[check])
          return {
            matches: false,
            round: round.name,
            entryCode: published.entryCode,
            difference: `${published.entryCode}: published total ${published.total} rank ${published.rank}, recomputed total ${again?.total ?? '—'} rank ${again?.rank ?? '—'}`,
          };
      }
    }
    for (const published of round.ranking) recomputed.delete(published.entryCode);
    const missing = [...recomputed.keys()][0];
    if (missing !== undefined)
      return {
        matches: false,
        round: round.name,
        entryCode: missing,
        difference: `${missing} has sheets but is not in the published ranking`,
      };
  }
  return { matches: true };
}
