import type { JudgeAssignmentResponse, RubricCriterion } from '@press-award/contracts';
import { criterionScoreIssue, SCORE_SCALE, toScaled, weightedTotal } from '@press-award/domain';

/** The API's field codes for one criterion (`details[].code` on `scores.<key>`). */
export type ScoreIssue = 'SCORE_MISSING' | 'SCORE_OUT_OF_RANGE' | 'SCORE_OFF_STEP';

/** A score as typed: a number, or nothing yet. */
export type ScoreValue = number | null | undefined;

/**
 * The API's own check of one criterion (`criterionScoreIssue` in libs/domain), plus the form's
 * missing score: `null`, `undefined` or an emptied input.
 */
export function scoreIssue(criterion: RubricCriterion, value: ScoreValue): ScoreIssue | null {
  if (value === null || value === undefined || (value as unknown) === '') return 'SCORE_MISSING';
  return criterionScoreIssue(criterion, value);
}

/**
 * The API's weighted total (`weightedTotal` in libs/domain); null while any criterion is missing or
 * invalid (a total of a half-scored sheet would mislead).
 */
export function sheetTotal(
  criteria: readonly RubricCriterion[],
  scores: Readonly<Record<string, ScoreValue>>,
): number | null {
  if (
    criteria.length === 0 ||
    criteria.some((criterion) => scoreIssue(criterion, scores[criterion.key]) !== null)
  )
    return null;
  return weightedTotal({ criteria }, scores);
}

/** The nearest valid score: inside 0..max and on the step (half-way rounds up). */
export function clampScore(criterion: RubricCriterion, value: number): number {
  const max = toScaled(criterion.maxScore);
  const step = toScaled(criterion.step);
  let scaled = Number.isFinite(value) ? toScaled(value) : 0;
  scaled = Math.min(max, Math.max(0, scaled));
  if (step > 0) scaled = Math.min(max, Math.round(scaled / step) * step);
  return scaled / SCORE_SCALE;
}

/** One step up or down from the current score (tablet buttons), never leaving 0..max. */
export function stepScore(
  criterion: RubricCriterion,
  value: ScoreValue,
  direction: 1 | -1,
): number {
  if (value === null || value === undefined || !Number.isFinite(value))
    return direction > 0 ? clampScore(criterion, criterion.step) : 0;
  const snapped = clampScore(criterion, value);
  const moved = (toScaled(snapped) + direction * toScaled(criterion.step)) / SCORE_SCALE;
  return clampScore(criterion, moved);
}

/** Every criterion's issue, keyed by criterion; `includeMissing` only when the judge submits. */
export function scoreIssues(
  criteria: readonly RubricCriterion[],
  scores: Readonly<Record<string, ScoreValue>>,
  includeMissing: boolean,
): { criterion: RubricCriterion; issue: ScoreIssue }[] {
  const issues: { criterion: RubricCriterion; issue: ScoreIssue }[] = [];
  for (const criterion of criteria) {
    const issue = scoreIssue(criterion, scores[criterion.key]);
    if (issue && (includeMissing || issue !== 'SCORE_MISSING')) issues.push({ criterion, issue });
  }
  return issues;
}

/** Only the criteria that have a score (a draft may be partial; `null` is not sent). */
export function presentScores(
  criteria: readonly RubricCriterion[],
  scores: Readonly<Record<string, ScoreValue>>,
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const criterion of criteria) {
    const value = scores[criterion.key];
    if (typeof value === 'number' && Number.isFinite(value)) result[criterion.key] = value;
  }
  return result;
}

export type SheetState = 'not_started' | 'draft' | 'submitted' | 'recused';

export function sheetState(
  assignment: Pick<JudgeAssignmentResponse, 'sheet' | 'status'>,
): SheetState {
  if (assignment.status === 'recused') return 'recused';
  return assignment.sheet?.status ?? 'not_started';
}

export interface RoundGroup {
  roundId: string;
  roundName: string;
  assignments: JudgeAssignmentResponse[];
  submitted: number;
  total: number;
}

/** The judge's list grouped by round (in the order the API sends them), entries sorted by code. */
export function groupByRound(assignments: readonly JudgeAssignmentResponse[]): RoundGroup[] {
  const groups = new Map<string, RoundGroup>();
  for (const assignment of assignments) {
    let group = groups.get(assignment.roundId);
    if (!group) {
      group = {
        roundId: assignment.roundId,
        roundName: assignment.roundName,
        assignments: [],
        submitted: 0,
        total: 0,
      };
      groups.set(assignment.roundId, group);
    }
    group.assignments.push(assignment);
    // A recusal leaves the judge's workload: it is listed, not counted.
    if (sheetState(assignment) === 'recused') continue;
    group.total += 1;
    if (sheetState(assignment) === 'submitted') group.submitted += 1;
  }
  for (const group of groups.values()) {
    group.assignments.sort((a, b) =>
      a.entryCode.localeCompare(b.entryCode, 'vi', { numeric: true }),
    );
  }
  return [...groups.values()];
}
