import type { Rubric, RubricCriterion } from '@press-award/contracts';
import { SCORE_SCALE, criterionWeight, toScaled } from './rubric';

export interface ScoreIssue {
  path: string;
  code: 'SCORE_OUT_OF_RANGE' | 'SCORE_OFF_STEP' | 'SCORE_MISSING' | 'UNKNOWN_CRITERION';
  params?: Record<string, number | string>;
}

/**
 * The check of one given score: a finite number in 0..max, on the step (exact at four decimals, so
 * 0.1 + 0.2 is on a 0.1 step). Null when the score is fine; a missing score is the caller's business.
 */
export function criterionScoreIssue(
  criterion: Pick<RubricCriterion, 'maxScore' | 'step'>,
  value: unknown,
): 'SCORE_OUT_OF_RANGE' | 'SCORE_OFF_STEP' | null {
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < 0 ||
    value > criterion.maxScore
  )
    return 'SCORE_OUT_OF_RANGE';
  if (
    toScaled(value) % toScaled(criterion.step) !== 0 ||
    Math.abs(value * SCORE_SCALE - toScaled(value)) > 1e-6
  )
    return 'SCORE_OFF_STEP';
  return null;
}

/** Checks a sheet's scores against the rubric: 0..max, on the step (exact at four decimals). */
export function scoreIssues(
  rubric: Rubric,
  scores: Record<string, unknown>,
  requireAll: boolean,
): ScoreIssue[] {
  const issues: ScoreIssue[] = [];
  const keys = new Set(rubric.criteria.map((criterion) => criterion.key));
  for (const key of Object.keys(scores))
    if (!keys.has(key)) issues.push({ path: `scores.${key}`, code: 'UNKNOWN_CRITERION' });
  for (const criterion of rubric.criteria) {
    const value = scores[criterion.key];
    if (value === undefined || value === null) {
      if (requireAll)
        issues.push({
          path: `scores.${criterion.key}`,
          code: 'SCORE_MISSING',
          params: { criterion: criterion.name },
        });
      continue;
    }
    const code = criterionScoreIssue(criterion, value);
    if (code === 'SCORE_OUT_OF_RANGE')
      issues.push({
        path: `scores.${criterion.key}`,
        code,
        params: { criterion: criterion.name, max: criterion.maxScore },
      });
    if (code === 'SCORE_OFF_STEP')
      issues.push({
        path: `scores.${criterion.key}`,
        code,
        params: { criterion: criterion.name, step: criterion.step },
      });
  }
  return issues;
}

/**
 * Σ score × weight (weight 1 when unset), computed on integers scaled by 10^4 so that 0.25 steps and
 * 0.3 weights add up exactly; rounded to four decimals. Null while a criterion has no score.
 */
export function weightedTotal(
  rubric: { readonly criteria: readonly RubricCriterion[] },
  scores: Readonly<Record<string, number | null | undefined>>,
): number | null {
  let sum = 0;
  for (const criterion of rubric.criteria) {
    const value = scores[criterion.key];
    if (value === undefined || value === null) return null;
    sum += toScaled(value) * toScaled(criterionWeight(criterion));
  }
  return Math.round(sum / SCORE_SCALE) / SCORE_SCALE;
}
