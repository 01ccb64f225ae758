import type { FieldError, ScreeningDecision, ScreeningFinding } from '@press-award/contracts';
import { isVietnamLocal, vietnamLocalToIso } from '../core/format/format';
import type { DecisionInput } from './secretariat-api';
import type { SecretariatKey } from './secretariat.vi';

/** The codes the screening checks produce; anything else is shown as "to check" with its code. */
export const FINDING_CODES = [
  'PUBLICATION_OUTSIDE_WINDOW',
  'TOO_MANY_PARTS',
  'TOO_MANY_AUTHORS',
  'WORK_FILE_REQUIRED',
  'TRANSLATION_REQUIRED',
  'AUTHOR_ENTRY_LIMIT_REACHED',
  'POSSIBLY_SAME_AUTHOR',
  'DUPLICATE_FILE',
  'SIMILAR_TITLE',
  'JUDGE_COPY_UNAVAILABLE',
] as const;
type FindingCode = (typeof FINDING_CODES)[number];

function isKnownFinding(code: string): code is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(code);
}

/** The short chip label and the tooltip of a finding, with the params the tooltip interpolates. */
export function findingKeys(finding: ScreeningFinding): {
  label: SecretariatKey;
  hint: SecretariatKey;
  params: Record<string, string | number>;
} {
  const params = { code: finding.code, ...(finding.params ?? {}) };
  return isKnownFinding(finding.code)
    ? { label: `finding.${finding.code}`, hint: `findingHint.${finding.code}`, params }
    : { label: 'finding.other', hint: 'findingHint.other', params };
}

/** The tooltip of a finding, naming the related entries by receipt number (or their id's start). */
export function findingHint(
  finding: ScreeningFinding,
  receiptById: ReadonlyMap<string, string>,
  translate: (key: SecretariatKey, params?: Record<string, string | number>) => string,
): string {
  const keys = findingKeys(finding);
  const hint = translate(keys.hint, keys.params);
  if (!finding.relatedEntryIds?.length) return hint;
  const receipts = finding.relatedEntryIds
    .map((id) => receiptById.get(id) ?? id.slice(0, 8))
    .join(', ');
  return `${hint} ${translate('drawer.relatedEntries', { receipts })}`;
}

export type SelectionState = 'none' | 'some' | 'all';

/** Adds or removes one id. Selections are immutable sets so a signal sees every change. */
export function toggleSelection(selected: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** The header checkbox: selects every visible row, or clears them when all are selected. */
export function toggleAll(
  selected: ReadonlySet<string>,
  visibleIds: readonly string[],
): ReadonlySet<string> {
  const next = new Set(selected);
  const allSelected = visibleIds.length > 0 && visibleIds.every((id) => next.has(id));
  for (const id of visibleIds) {
    if (allSelected) next.delete(id);
    else next.add(id);
  }
  return next;
}

export function selectionState(
  selected: ReadonlySet<string>,
  visibleIds: readonly string[],
): SelectionState {
  const count = visibleIds.filter((id) => selected.has(id)).length;
  if (count === 0) return 'none';
  return count === visibleIds.length ? 'all' : 'some';
}

/**
 * Only rows still on screen stay selected after a reload or a filter change: a bulk decision must
 * never touch an entry the user can no longer see.
 */
export function pruneSelection(
  selected: ReadonlySet<string>,
  visibleIds: readonly string[],
): ReadonlySet<string> {
  const visible = new Set(visibleIds);
  const kept = [...selected].filter((id) => visible.has(id));
  return kept.length === selected.size ? selected : new Set(kept);
}

/** The selected ids in the order of the table (what the bulk request sends). */
export function selectedInOrder(
  selected: ReadonlySet<string>,
  visibleIds: readonly string[],
): string[] {
  return visibleIds.filter((id) => selected.has(id));
}

export function decisionKey(decision: ScreeningDecision): SecretariatKey {
  return `decision.${decision}`;
}

export interface DecisionFormValue {
  decision: ScreeningDecision;
  reason: string;
  /** Vietnam wall-clock time YYYY-MM-DDTHH:mm (`paDateTime`); empty for the server's default. */
  revisionDeadline: string;
}

/** The request body: no reason for "eligible", the deadline only for a revision, with +07:00. */
export function toDecisionInput(value: DecisionFormValue): DecisionInput {
  const input: DecisionInput = { decision: value.decision };
  const reason = value.reason.trim();
  if (value.decision !== 'eligible' && reason) input.reason = reason;
  if (value.decision === 'needs_revision' && value.revisionDeadline) {
    input.revisionDeadline = vietnamLocalToIso(value.revisionDeadline);
  }
  return input;
}

export interface DecisionMessages {
  reasonRequired: string;
  deadlinePast: string;
  deadlineInvalid: string;
}

/** The API's own rules, checked before sending: a reason unless eligible, a future deadline. */
export function decisionClientErrors(
  value: DecisionFormValue,
  now: Date,
  messages: DecisionMessages,
): FieldError[] {
  const errors: FieldError[] = [];
  if (value.decision !== 'eligible' && !value.reason.trim()) {
    errors.push({
      field: 'reason',
      code: 'SCREENING_REASON_REQUIRED',
      message: messages.reasonRequired,
    });
  }
  if (
    value.decision === 'needs_revision' &&
    value.revisionDeadline &&
    !isVietnamLocal(value.revisionDeadline)
  ) {
    errors.push({
      field: 'revisionDeadline',
      code: 'INVALID_DATETIME',
      message: messages.deadlineInvalid,
    });
  } else if (value.decision === 'needs_revision' && value.revisionDeadline) {
    const deadline = new Date(vietnamLocalToIso(value.revisionDeadline));
    if (!isNaN(deadline.getTime()) && deadline.getTime() <= now.getTime()) {
      errors.push({
        field: 'revisionDeadline',
        code: 'DEADLINE_PASSED',
        message: messages.deadlinePast,
      });
    }
  }
  return errors;
}

/** The value of a datetime-local input `days` from `now`, in Vietnam time (UTC+7, no DST). */
export function vietnamLocalInDays(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 16);
}

export interface AuthorLike {
  fullName: string;
  penName?: string | null;
  organizationName?: string | null;
}

/** "Nguyễn Văn A (Minh Tâm) — Báo Nhân Dân": how a screener reads an author at a glance. */
export function authorLine(author: AuthorLike): string {
  const pen = author.penName?.trim() ? ` (${author.penName.trim()})` : '';
  const agency = author.organizationName?.trim() ? ` — ${author.organizationName.trim()}` : '';
  return `${author.fullName}${pen}${agency}`;
}

/** Codes by entry, merged from what the API sends on rows and what issuing codes returned. */
export function codeOf(
  entry: { id: string; code?: string | null },
  issued: ReadonlyMap<string, string>,
): string | null {
  return entry.code ?? issued.get(entry.id) ?? null;
}
