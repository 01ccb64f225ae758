import type { RubricCriterion } from '@press-award/contracts';

export interface RubricIssue {
  path: string;
  code: 'STEP_DOES_NOT_DIVIDE_MAX' | 'DUPLICATE_CODE';
}

/** Scores are kept to four decimals: 0.25 steps and weights like 0.3 stay exact as integers. */
export const SCORE_SCALE = 10_000;

export function toScaled(value: number): number {
  return Math.round(value * SCORE_SCALE);
}

/** A criterion's weight in the total; unset (undefined or null) means 1. */
export function criterionWeight(criterion: Pick<RubricCriterion, 'weight'>): number {
  return criterion.weight ?? 1;
}

/**
 * The rubric's maximum weighted total, Σ maxScore × weight: what results, thresholds and the
 * disagreement distance are measured against. Exact at four decimals (5 + 5 × 0.3 is 6.5).
 */
export function rubricMaxTotal(rubric: {
  readonly criteria: readonly Pick<RubricCriterion, 'maxScore' | 'weight'>[];
}): number {
  const product = rubric.criteria.reduce(
    (sum, criterion) => sum + toScaled(criterion.maxScore) * toScaled(criterionWeight(criterion)),
    0,
  );
  // maxScore and weight are both scaled by 10^4: bring the product back to four decimals.
  return Math.round(product / SCORE_SCALE) / SCORE_SCALE;
}

/** Whole-rubric checks class-validator cannot express: keys unique, each step dividing its maximum. */
export function rubricIssues(criteria: readonly RubricCriterion[]): RubricIssue[] {
  const issues: RubricIssue[] = [];
  const seen = new Set<string>();
  criteria.forEach((criterion, index) => {
    if (seen.has(criterion.key))
      issues.push({ path: `rubric.criteria.${index}.key`, code: 'DUPLICATE_CODE' });
    seen.add(criterion.key);
    const step = toScaled(criterion.step);
    if (step <= 0 || toScaled(criterion.maxScore) % step !== 0)
      issues.push({ path: `rubric.criteria.${index}.step`, code: 'STEP_DOES_NOT_DIVIDE_MAX' });
  });
  return issues;
}
