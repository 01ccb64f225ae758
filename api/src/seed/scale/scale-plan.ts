/**
 * The shape of a generated national edition, decided in Node before any SQL runs: how many entries
 * per category (the 2020 split), how the judges are divided into the six subcommittees, the rubric.
 */
import type { Rubric } from '@press-award/contracts';
import { NATIONAL_CATEGORIES } from '../demo-awards';
import { CRITERIA } from './scale-names';

export interface ScaleOptions {
  /** Entries of the edition (2,216 in a real year). */
  entries: number;
  /** Judges of the preliminary round, divided into the six subcommittees. */
  judges: number;
  /** Sheets per entry in the preliminary round. */
  judgesPerEntry: number;
  /** Criteria of the rubric (each on 10, quarter steps). */
  criteria: number;
  /** Entries that reach the final round. */
  finalists: number;
  /** Sheets per finalist in the final round (judges from every subcommittee, none of the entry's agency). */
  finalJudgesPerEntry: number;
}

export const DEFAULT_SCALE: ScaleOptions = {
  entries: 2216,
  judges: 56,
  judgesPerEntry: 3,
  criteria: 4,
  finalists: 100,
  finalJudgesPerEntry: 5,
};

/** 2020's national split: print 730 (two categories), online 400, TV 397, radio 139, photo 44. */
export const CATEGORY_WEIGHTS: Readonly<Record<string, number>> = {
  IN1: 365,
  IN2: 365,
  DT: 400,
  TH: 397,
  PT: 139,
  AN: 44,
};

export const SCALE_CATEGORIES = NATIONAL_CATEGORIES;

/** Largest-remainder split of `total` by `weights`, each share at least `minimum`. */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const free = total - minimum * weights.length;
  if (free < 0)
    throw new RangeError(`${total} cannot give ${minimum} to each of ${weights.length}`);
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const exact = weights.map((weight) => (free * weight) / sum);
  const floors = exact.map(Math.floor);
  const missing = free - floors.reduce((acc, n) => acc + n, 0);
  // The shares with the largest remainders get one more each, ties to the earlier.
  const extra = new Set(
    exact
      .map((value, index) => ({ index, rest: value - Math.floor(value) }))
      .sort((a, b) => b.rest - a.rest || a.index - b.index)
      .slice(0, missing)
      .map((share) => share.index),
  );
  return floors.map((share, index) => share + minimum + (extra.has(index) ? 1 : 0));
}

/** Entries per category and judges per subcommittee (one per category), in category order. */
export function scalePlan(options: ScaleOptions): { entries: number[]; judges: number[] } {
  const weights = SCALE_CATEGORIES.map((category) => CATEGORY_WEIGHTS[category.code] ?? 1);
  // A subcommittee needs a spare judge beyond the sheets per entry, for the entries of its members' agencies.
  return {
    entries: apportion(options.entries, weights),
    judges: apportion(options.judges, weights, options.judgesPerEntry + 2),
  };
}

export function scaleRubric(criteria: number): Rubric {
  if (criteria < 1 || criteria > CRITERIA.length)
    throw new RangeError(`criteria must be 1..${CRITERIA.length}`);
  return {
    criteria: CRITERIA.slice(0, criteria).map((name, index) => ({
      key: `c${index + 1}`,
      name,
      maxScore: 10,
      step: 0.25,
      weight: null,
    })),
  };
}

export function validateScaleOptions(options: ScaleOptions): void {
  for (const [key, value] of Object.entries(options))
    if (!Number.isInteger(value) || value < 1)
      throw new RangeError(`${key} must be a positive integer`);
  if (options.judges < SCALE_CATEGORIES.length * (options.judgesPerEntry + 2))
    throw new RangeError(
      `${options.judges} judges cannot make ${SCALE_CATEGORIES.length} subcommittees of ${options.judgesPerEntry + 2}`,
    );
  if (options.finalJudgesPerEntry > options.judges)
    throw new RangeError('finalJudgesPerEntry exceeds the judges');
}
