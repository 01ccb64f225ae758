import type { Rubric } from '@press-award/contracts';
import { SCORE_SCALE, rubricMaxTotal, toScaled } from './rubric';

/**
 * Results of a judging round: per-entry aggregation (mean, trimmed mean, per-judge z-score
 * normalisation), rank within category, flags for the organizer and per-judge severity.
 *
 * Totals are handled as integers scaled by 10^4 (the precision of a weighted total), so means,
 * trimmed means, the disagreement rule and judge offsets are exact; only the z-score path uses
 * floating point, and every output is rounded to four decimals before ranks are derived from it.
 * Sheets are put in a canonical order first, so the result does not depend on input order.
 */

export type AggregationMethod = 'mean' | 'trimmed' | 'zscore';

/** A submitted sheet; drafts must not be passed in. */
export interface ResultSheet {
  entryId: string;
  judgeId: string;
  total: number;
}

export interface ResultEntry {
  entryId: string;
  categoryId: string;
}

export interface AggregationInput {
  entries: ResultEntry[];
  sheets: ResultSheet[];
  method: AggregationMethod;
  /** The rubric's maximum weighted total (rescaling and clamping for zscore). */
  maxTotal: number;
  /** Sheets each entry should have (the round's judges per entry); fewer → MISSING_SHEETS. */
  expectedSheets: number;
  /**
   * A judge more than this many points from the mean of the OTHER judges of the same entry →
   * DISAGREEMENT (default: `defaultDisagreementDistance(maxTotal)`).
   */
  disagreementPoints?: number;
}

export type ResultFlag = 'MISSING_SHEETS' | 'DISAGREEMENT' | 'TIE' | 'NO_SHEETS';

export interface EntryResult {
  entryId: string;
  categoryId: string;
  /** Submitted sheets counted. */
  sheets: number;
  /** Plain mean of the raw totals (null without sheets). */
  total: number | null;
  /** The method's score: mean | trimmed mean | mean of z-normalised totals. */
  normalized: number | null;
  /** Within the category by `normalized`, 1 = best, ties share a rank (1, 1, 3); null without sheets. */
  rank: number | null;
  flags: ResultFlag[];
  /** Judge ids flagged by the disagreement rule, sorted. */
  disagreeingJudges: string[];
}

export interface JudgeSeverity {
  judgeId: string;
  sheets: number;
  mean: number;
  /** Population standard deviation of the judge's totals. */
  spread: number;
  /** Judge mean minus the mean of all sheets (every judge's) of the entries they scored. */
  offset: number;
}

export interface AggregationResult {
  entries: EntryResult[];
  judges: JudgeSeverity[];
}

interface ScaledSheet {
  entryId: string;
  judgeId: string;
  /** Total × 10^4, an integer. */
  units: number;
}

interface JudgeStats {
  sheets: ScaledSheet[];
  sum: number;
  mean: number;
  sd: number;
}

/** The Đà Nẵng rule: a judge 2 points per 10 of the rubric's maximum away from the others disagrees. */
export const DEFAULT_DISAGREEMENT_POINTS_PER_TEN = 2;

/** The disagreement distance of a round that sets none, exact at four decimals (6.5 → 1.3). */
export function defaultDisagreementDistance(maxTotal: number): number {
  return fromUnits(Math.round((toScaled(maxTotal) * DEFAULT_DISAGREEMENT_POINTS_PER_TEN) / 10));
}

/** The distance a round's results use: its own, or the default for its rubric. */
export function disagreementDistance(rubric: Rubric, points: number | null): number {
  return points ?? defaultDisagreementDistance(rubricMaxTotal(rubric));
}

const FLAG_ORDER: readonly ResultFlag[] = ['MISSING_SHEETS', 'DISAGREEMENT', 'TIE', 'NO_SHEETS'];

/** Rounds a scaled value to an integer, half away from zero, never -0. */
function roundUnits(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
}

function fromUnits(units: number): number {
  return units / SCORE_SCALE;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function populationSd(values: readonly number[], mean: number): number {
  if (values.length < 2) return 0;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  return Math.sqrt(squares / values.length);
}

function validate(input: AggregationInput): void {
  if (!Number.isFinite(input.maxTotal) || input.maxTotal <= 0)
    throw new RangeError('maxTotal must be a positive number');
  if (!Number.isInteger(input.expectedSheets) || input.expectedSheets < 0)
    throw new RangeError('expectedSheets must be a non-negative integer');
  if (
    input.disagreementPoints !== undefined &&
    (!Number.isFinite(input.disagreementPoints) || input.disagreementPoints < 0)
  ) {
    throw new RangeError('disagreementPoints must be a non-negative number');
  }
  for (const sheet of input.sheets)
    if (!Number.isFinite(sheet.total))
      throw new RangeError(`total of sheet ${sheet.entryId}/${sheet.judgeId} is not a number`);
}

/**
 * Aggregates the submitted sheets of one round. Sheets of entries not listed in `entries` are
 * ignored everywhere (counts, z-score statistics, judge severity). Inputs are not modified.
 */
export function aggregateResults(input: AggregationInput): AggregationResult {
  validate(input);
  const maxUnits = toScaled(input.maxTotal);
  const disagreementUnits = toScaled(
    input.disagreementPoints ?? defaultDisagreementDistance(input.maxTotal),
  );

  const entries = new Map<string, ResultEntry>();
  const categoryOrder = new Map<string, number>();
  for (const entry of input.entries) {
    if (entries.has(entry.entryId)) continue;
    entries.set(entry.entryId, entry);
    if (!categoryOrder.has(entry.categoryId))
      categoryOrder.set(entry.categoryId, categoryOrder.size);
  }

  // Sheets in (entry, judge, units) order, the order every sum below runs in: grouped by entry,
  // then the entries sorted and each entry's few sheets sorted (not one sort of all the sheets).
  const grouped = new Map<string, ScaledSheet[]>();
  for (const sheet of input.sheets)
    if (entries.has(sheet.entryId))
      append(grouped, sheet.entryId, {
        entryId: sheet.entryId,
        judgeId: sheet.judgeId,
        units: toScaled(sheet.total),
      });
  const sheets: ScaledSheet[] = [];
  for (const entryId of [...grouped.keys()].sort(compareText))
    for (const sheet of (grouped.get(entryId) ?? []).sort(
      (a, b) => compareText(a.judgeId, b.judgeId) || a.units - b.units,
    ))
      sheets.push(sheet);

  const byEntry = new Map<string, ScaledSheet[]>();
  const byJudge = new Map<string, ScaledSheet[]>();
  for (const sheet of sheets) {
    append(byEntry, sheet.entryId, sheet);
    append(byJudge, sheet.judgeId, sheet);
  }

  const entrySums = new Map<string, number>();
  for (const [entryId, own] of byEntry)
    entrySums.set(
      entryId,
      own.reduce((acc, sheet) => acc + sheet.units, 0),
    );

  const judgeStats = new Map<string, JudgeStats>();
  for (const [judgeId, own] of byJudge) {
    const units = own.map((sheet) => sheet.units);
    const sum = units.reduce((acc, value) => acc + value, 0);
    const mean = sum / own.length;
    judgeStats.set(judgeId, { sheets: own, sum, mean, sd: populationSd(units, mean) });
  }

  const allUnits = sheets.map((sheet) => sheet.units);
  const roundMean = allUnits.length
    ? allUnits.reduce((acc, value) => acc + value, 0) / allUnits.length
    : 0;
  const roundSd = populationSd(allUnits, roundMean);

  const rescaled = (sheet: ScaledSheet): number => {
    const judge = judgeStats.get(sheet.judgeId);
    const z = judge && judge.sd > 0 ? (sheet.units - judge.mean) / judge.sd : 0;
    return Math.min(maxUnits, Math.max(0, roundMean + z * roundSd));
  };

  const score = (own: readonly ScaledSheet[], sum: number): number => {
    const count = own.length;
    if (input.method === 'trimmed' && count >= 4) {
      const units = own.map((sheet) => sheet.units);
      return roundUnits((sum - Math.min(...units) - Math.max(...units)) / (count - 2));
    }
    if (input.method === 'zscore')
      return roundUnits(own.reduce((acc, sheet) => acc + rescaled(sheet), 0) / count);
    return roundUnits(sum / count);
  };

  interface Working extends Omit<EntryResult, 'total' | 'normalized' | 'rank'> {
    totalUnits: number | null;
    normalizedUnits: number | null;
    rank: number | null;
  }

  const working: Working[] = [...entries.values()].map((entry) => {
    const own = byEntry.get(entry.entryId) ?? [];
    const count = own.length;
    const flags = new Set<ResultFlag>();
    const disagreeing = new Set<string>();
    if (count < input.expectedSheets) flags.add('MISSING_SHEETS');
    if (count === 0) {
      flags.add('NO_SHEETS');
      return {
        entryId: entry.entryId,
        categoryId: entry.categoryId,
        sheets: 0,
        totalUnits: null,
        normalizedUnits: null,
        rank: null,
        flags: [...flags],
        disagreeingJudges: [],
      };
    }
    const sum = own.reduce((acc, sheet) => acc + sheet.units, 0);
    if (count >= 2) {
      // |x − (sum − x)/(n − 1)| > d  ⇔  |x·(n − 1) − (sum − x)| > d·(n − 1), all integers.
      for (const sheet of own) {
        if (
          Math.abs(sheet.units * (count - 1) - (sum - sheet.units)) >
          disagreementUnits * (count - 1)
        )
          disagreeing.add(sheet.judgeId);
      }
    }
    if (disagreeing.size) flags.add('DISAGREEMENT');
    return {
      entryId: entry.entryId,
      categoryId: entry.categoryId,
      sheets: count,
      totalUnits: roundUnits(sum / count),
      normalizedUnits: score(own, sum),
      rank: null,
      flags: [...flags],
      disagreeingJudges: [...disagreeing].sort(compareText),
    };
  });

  // Rank = 1 + how many score strictly higher, TIE when another has the same score: sorted once
  // per category, so each is the position of the first of its score (n log n, not n²).
  const byCategory = new Map<string, Working[]>();
  for (const row of working)
    if (row.normalizedUnits !== null) append(byCategory, row.categoryId, row);
  for (const ranked of byCategory.values()) {
    ranked.sort((a, b) => (b.normalizedUnits ?? 0) - (a.normalizedUnits ?? 0));
    let first = 0;
    for (let index = 0; index < ranked.length; index++) {
      const row = ranked[index] as Working;
      if (row.normalizedUnits !== (ranked[first] as Working).normalizedUnits) first = index;
      row.rank = first + 1;
      if (
        ranked[index - 1]?.normalizedUnits === row.normalizedUnits ||
        ranked[index + 1]?.normalizedUnits === row.normalizedUnits
      )
        row.flags.push('TIE');
    }
  }

  const results: EntryResult[] = working
    .sort(
      (a, b) =>
        (categoryOrder.get(a.categoryId) ?? 0) - (categoryOrder.get(b.categoryId) ?? 0) ||
        (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
        compareText(a.entryId, b.entryId),
    )
    .map((row) => ({
      entryId: row.entryId,
      categoryId: row.categoryId,
      sheets: row.sheets,
      total: row.totalUnits === null ? null : fromUnits(row.totalUnits),
      normalized: row.normalizedUnits === null ? null : fromUnits(row.normalizedUnits),
      rank: row.rank,
      flags: FLAG_ORDER.filter((flag) => row.flags.includes(flag)),
      disagreeingJudges: row.disagreeingJudges,
    }));

  const judges: JudgeSeverity[] = [...judgeStats.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([judgeId, judge]) => {
      const count = judge.sheets.length;
      // The pool: every sheet of the entries this judge scored (each entry once), from their totals.
      let pooledCount = 0;
      let pooledSum = 0;
      for (const entryId of new Set(judge.sheets.map((sheet) => sheet.entryId))) {
        const own = byEntry.get(entryId) ?? [];
        pooledCount += own.length;
        pooledSum += entrySums.get(entryId) ?? 0;
      }
      // mean − pooledMean = (sum·m − pooledSum·n) / (n·m): exact integer numerator.
      const offset = roundUnits(
        (judge.sum * pooledCount - pooledSum * count) / (count * pooledCount),
      );
      return {
        judgeId,
        sheets: count,
        mean: fromUnits(roundUnits(judge.mean)),
        spread: fromUnits(roundUnits(judge.sd)),
        offset: fromUnits(offset),
      };
    });

  return { entries: results, judges };
}

/** A tier's threshold on a round's own scale, as `suggestTier` takes it. */
export interface TierThreshold {
  tierCode: string;
  minScore: number;
}

/**
 * The thresholds every award had before tiers carried their own, on a 10-point scale (Đặc biệt 9.5,
 * A 9, B 8, C 7, Khuyến khích 6). Used only while no tier of the award has a `minScore`, so awards
 * with these conventional codes keep their suggestions.
 */
export const CONVENTIONAL_TIER_MIN_SCORES: Readonly<Record<string, number>> = {
  DB: 9.5,
  A: 9,
  B: 8,
  C: 7,
  KK: 6,
};

/**
 * The suggestion thresholds of an award's tiers for a round whose rubric totals at most `maxTotal`.
 * A tier's `minScore` is on a 10-point scale and is scaled to the rubric (9 of 10 on a 15-point
 * rubric is 13.5), rounded up to the four decimals of scores, so a score reaches the scaled threshold
 * exactly when it reaches the unrounded one. Once any tier has a `minScore`, only those tiers are
 * suggested; while none has, the conventional codes get their conventional thresholds.
 */
export function tierThresholds(
  tiers: readonly { code: string; minScore?: number | null }[],
  maxTotal: number,
): TierThreshold[] {
  if (!Number.isFinite(maxTotal) || maxTotal <= 0)
    throw new RangeError('maxTotal must be a positive number');
  const maxUnits = toScaled(maxTotal);
  const configured = tiers.some((tier) => tier.minScore !== undefined && tier.minScore !== null);
  return tiers.flatMap((tier) => {
    const minScore = configured ? tier.minScore : CONVENTIONAL_TIER_MIN_SCORES[tier.code];
    if (typeof minScore !== 'number' || !Number.isFinite(minScore)) return [];
    // minScore / 10 × maxTotal in units of 10^-4: hundredths × maxUnits / 1000, an exact integer ratio.
    const units = Math.ceil((Math.round(minScore * 100) * maxUnits) / 1000);
    return [{ tierCode: tier.code, minScore: fromUnits(units) }];
  });
}

/**
 * The highest tier whose minScore ≤ score (compared at four decimals, the precision of scores), or
 * null below every threshold. A suggestion only: the organizer decides.
 */
export function suggestTier(score: number, thresholds: readonly TierThreshold[]): string | null {
  if (!Number.isFinite(score)) return null;
  const units = toScaled(score);
  let best: { tierCode: string; minUnits: number } | null = null;
  for (const threshold of thresholds) {
    const minUnits = toScaled(threshold.minScore);
    if (minUnits <= units && (best === null || minUnits > best.minUnits))
      best = { tierCode: threshold.tierCode, minUnits };
  }
  return best?.tierCode ?? null;
}
