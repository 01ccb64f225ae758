import type { AdvancementPreviewResponse, FieldError, RoundResponse } from '@press-award/contracts';
import { rubricMaxTotal, toScaled } from '@press-award/domain';
import type { BoardEntry } from './board.model';
import type { AdvancementRule } from './secretariat-api';

/** "Báo A\nBáo B\n\n" → ["Báo A", "Báo B"]: one agency per line, blanks and repeats dropped. */
export function parseAgencies(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const agency = line.trim();
    if (agency && !seen.has(agency.toLocaleLowerCase('vi'))) {
      seen.add(agency.toLocaleLowerCase('vi'));
      result.push(agency);
    }
  }
  return result;
}

function decimalsAtMost(value: number, places: number): boolean {
  const factor = 10 ** places;
  return Math.abs(value * factor - Math.round(value * factor)) < 1e-6;
}

/** A number input's value: empty (null, '') stays null; anything else becomes a number (NaN if not one). */
export function numberOrNull(value: number | string | null | undefined): number | null {
  return value === null || value === undefined || value === '' ? null : Number(value);
}

/** `rubricMaxTotal` of the rubric being typed, over the rows filled in (a positive maximum, and weight if any). */
export function weightedMaxTotal(
  criteria: readonly { maxScore: number | null | undefined; weight?: number | null | undefined }[],
): number {
  const filled = criteria.flatMap((criterion) => {
    const maxScore = Number(criterion.maxScore);
    const weight =
      criterion.weight === null || criterion.weight === undefined ? 1 : Number(criterion.weight);
    return Number.isFinite(maxScore) && maxScore > 0 && Number.isFinite(weight) && weight > 0
      ? [{ maxScore, weight }]
      : [];
  });
  return rubricMaxTotal({ criteria: filled });
}

export interface DisagreementMessages {
  min: string;
  decimals: string;
  max: (max: number) => string;
}

/** The API's checks of `disagreementPoints`: ≥ 0, at most 2 decimals, not above the rubric's maximum. */
export function disagreementErrors(
  value: number | null,
  maxTotal: number | null,
  messages: DisagreementMessages,
): FieldError[] {
  if (value === null) return [];
  const field = 'disagreementPoints';
  if (!Number.isFinite(value) || !decimalsAtMost(value, 2))
    return [{ field, code: 'isNumber', message: messages.decimals }];
  if (value < 0) return [{ field, code: 'min', message: messages.min }];
  if (maxTotal !== null && maxTotal > 0 && toScaled(value) > toScaled(maxTotal))
    return [{ field, code: 'max', message: messages.max(maxTotal) }];
  return [];
}

/** The closed rounds of the award that come before `target`, the nearest first: where entries advance from. */
export function sourceRounds(
  rounds: readonly RoundResponse[],
  target: RoundResponse,
): RoundResponse[] {
  return rounds
    .filter(
      (round) =>
        round.awardId === target.awardId &&
        round.id !== target.id &&
        round.status === 'closed' &&
        round.order < target.order,
    )
    .sort((a, b) => b.order - a.order);
}

/** The advancement form: an earlier round, then top N per category and/or a minimum mean score. */
export interface AdvanceValue {
  fromRoundId: string;
  top: number | null;
  minScore: number | null;
}

export interface AdvanceMessages {
  required: string;
  ruleRequired: string;
  topRange: string;
  minScore: string;
  minScoreMax: (max: number) => string;
}

export const ADVANCE_TOP_MAX = 5000;

/** The same checks as the API's `RoundEntriesDto`, on the form's fields; `sourceMax`: the earlier round's maximum. */
export function advanceErrors(
  value: AdvanceValue,
  sourceMax: number | null,
  messages: AdvanceMessages,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!value.fromRoundId)
    errors.push({ field: 'fromRoundId', code: 'REQUIRED', message: messages.required });
  if (value.top === null && value.minScore === null)
    errors.push({ field: 'rule', code: 'ROUND_ENTRIES_INPUT', message: messages.ruleRequired });
  if (
    value.top !== null &&
    (!Number.isInteger(value.top) || value.top < 1 || value.top > ADVANCE_TOP_MAX)
  ) {
    errors.push({ field: 'top', code: 'OUT_OF_RANGE', message: messages.topRange });
  }
  if (value.minScore !== null) {
    if (
      !Number.isFinite(value.minScore) ||
      value.minScore < 0 ||
      !decimalsAtMost(value.minScore, 4)
    ) {
      errors.push({ field: 'minScore', code: 'min', message: messages.minScore });
    } else if (
      sourceMax !== null &&
      sourceMax > 0 &&
      toScaled(value.minScore) > toScaled(sourceMax)
    ) {
      errors.push({ field: 'minScore', code: 'max', message: messages.minScoreMax(sourceMax) });
    }
  }
  return errors;
}

/** The request body for a valid form: only the criteria given. */
export function toAdvancementRule(value: AdvanceValue): AdvancementRule {
  const rule: AdvancementRule = { fromRoundId: value.fromRoundId };
  if (value.top !== null) rule.top = value.top;
  if (value.minScore !== null) rule.minScore = value.minScore;
  return rule;
}

/** Whether a preview was made for exactly this rule (only then may it be applied). */
export function sameRule(a: AdvancementRule | null, b: AdvancementRule | null): boolean {
  return (
    !!a && !!b && a.fromRoundId === b.fromRoundId && a.top === b.top && a.minScore === b.minScore
  );
}

/** How many previewed entries are new to the round, and how many it already has. */
export function previewCounts(preview: AdvancementPreviewResponse): {
  added: number;
  already: number;
} {
  const already = preview.entries.filter((entry) => entry.alreadyInRound).length;
  return { added: preview.entries.length - already, already };
}

/** The blind codes of a round's entries, sorted ('?' for an entry no longer among the coded ones). */
export function roundEntryCodes(
  round: RoundResponse,
  coded: readonly BoardEntry[],
): { id: string; code: string }[] {
  const codes = new Map(coded.map((entry) => [entry.id, entry.code]));
  return round.entryIds
    .map((id) => ({ id, code: codes.get(id) ?? '?' }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
