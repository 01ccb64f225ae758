import type { FieldError, Rubric } from '@press-award/contracts';
import { SCORE_SCALE, toScaled } from '@press-award/domain';

/** The rubric's maximum weighted total (Σ maxScore × weight, weight 1 when unset), as the results compute it. */
export function rubricMaxTotal(rubric: Rubric): number {
  return rubric.criteria.reduce((sum, criterion) => sum + criterion.maxScore * (criterion.weight ?? 1), 0);
}

/**
 * The disagreement distance a round's results use: its own, or 2 points per 10 of the rubric's
 * maximum (the Đà Nẵng rule), exact to 4 decimals like the aggregation's default.
 */
export function disagreementDistance(rubric: Rubric, points: number | null): number {
  if (points !== null) return points;
  return Math.round(toScaled(rubricMaxTotal(rubric)) / 5) / SCORE_SCALE;
}

/** A distance above the rubric's maximum would never flag anything: refused on its field. */
export function disagreementIssues(rubric: Rubric, points: number | null | undefined): FieldError[] {
  if (points === null || points === undefined) return [];
  const max = rubricMaxTotal(rubric);
  if (toScaled(points) <= toScaled(max)) return [];
  return [{ field: 'disagreementPoints', code: 'max', message: `disagreementPoints must not be greater than the rubric's maximum (${max})`, params: { max } }];
}
