import type { FieldError, Rubric } from '@press-award/contracts';
import { rubricMaxTotal, toScaled } from '@press-award/domain';

// The distance itself is a scoring rule: it lives in libs/domain, beside aggregateResults.
export { disagreementDistance } from '@press-award/domain';

/** A distance above the rubric's maximum would never flag anything: refused on its field. */
export function disagreementIssues(
  rubric: Rubric,
  points: number | null | undefined,
): FieldError[] {
  if (points === null || points === undefined) return [];
  const max = rubricMaxTotal(rubric);
  if (toScaled(points) <= toScaled(max)) return [];
  return [
    {
      field: 'disagreementPoints',
      code: 'max',
      message: `disagreementPoints must not be greater than the rubric's maximum (${max})`,
      params: { max },
    },
  ];
}
