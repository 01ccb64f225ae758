import type {
  AssignmentResponse,
  AutoAssignResponse,
  ConflictResponse,
} from '@press-award/contracts';
import type { SecretariatKey } from './secretariat.vi';

export interface BoardJudge {
  /** The judge's user id (what assignments and conflicts name). */
  id: string;
  name: string;
  agency: string | null;
}

export interface BoardEntry {
  id: string;
  code: string;
  categoryId: string;
  categoryCode: string;
}

export type BoardCell =
  | { kind: 'assigned'; judgeId: string; assignmentId: string; conflictReasons: readonly string[] }
  | { kind: 'conflict'; judgeId: string; reasons: readonly string[] }
  | { kind: 'proposed'; judgeId: string }
  | { kind: 'empty'; judgeId: string };

export interface BoardRow {
  entry: BoardEntry;
  /** One cell per judge, in the order of the judges. */
  cells: BoardCell[];
  /** Active assignments of the entry. */
  assigned: number;
  proposed: number;
}

export interface Board {
  rows: BoardRow[];
  /** Active assignments per judge id (every judge present, 0 included). */
  loads: Record<string, number>;
  /** Assignments sitting on a conflict: must stay zero; the page flags any. */
  conflictedAssignments: number;
}

const pairKey = (judgeId: string, entryId: string): string => `${judgeId}|${entryId}`;

/**
 * The assignment matrix: entries (sorted by code) × judges. Recused assignments are not active:
 * they count as conflicts (the conflicts endpoint names them RECUSED) and never as load.
 */
export function buildBoard(
  entries: readonly BoardEntry[],
  judges: readonly BoardJudge[],
  assignments: readonly AssignmentResponse[],
  conflicts: readonly ConflictResponse[],
  proposed: readonly { judgeId: string; entryId: string }[] = [],
): Board {
  const active = new Map<string, AssignmentResponse>();
  const recused = new Set<string>();
  for (const assignment of assignments) {
    const key = pairKey(assignment.judgeId, assignment.entryId);
    if (assignment.status === 'active') active.set(key, assignment);
    else recused.add(key);
  }
  const conflictReasons = new Map<string, string[]>();
  for (const conflict of conflicts)
    conflictReasons.set(pairKey(conflict.judgeId, conflict.entryId), [...conflict.reasons]);
  for (const key of recused) {
    const reasons = conflictReasons.get(key) ?? [];
    if (!reasons.includes('RECUSED')) conflictReasons.set(key, [...reasons, 'RECUSED']);
  }
  const proposedPairs = new Set(proposed.map((pair) => pairKey(pair.judgeId, pair.entryId)));
  const loads: Record<string, number> = Object.fromEntries(judges.map((judge) => [judge.id, 0]));
  let conflictedAssignments = 0;

  const sorted = [...entries].sort(
    (a, b) =>
      a.categoryCode.localeCompare(b.categoryCode) ||
      a.code.localeCompare(b.code) ||
      a.id.localeCompare(b.id),
  );
  const rows = sorted.map((entry): BoardRow => {
    let assigned = 0;
    let proposedCount = 0;
    const cells = judges.map((judge): BoardCell => {
      const key = pairKey(judge.id, entry.id);
      const assignment = active.get(key);
      const reasons = conflictReasons.get(key) ?? [];
      if (assignment) {
        assigned += 1;
        loads[judge.id] = (loads[judge.id] ?? 0) + 1;
        if (reasons.length) conflictedAssignments += 1;
        return {
          kind: 'assigned',
          judgeId: judge.id,
          assignmentId: assignment.id,
          conflictReasons: reasons,
        };
      }
      if (reasons.length) return { kind: 'conflict', judgeId: judge.id, reasons };
      if (proposedPairs.has(key)) {
        proposedCount += 1;
        return { kind: 'proposed', judgeId: judge.id };
      }
      return { kind: 'empty', judgeId: judge.id };
    });
    return { entry, cells, assigned, proposed: proposedCount };
  });
  return { rows, loads, conflictedAssignments };
}

export interface RowFilter {
  categoryId: string;
  onlyMissing: boolean;
  judgesPerEntry: number;
}

export function filterRows(rows: readonly BoardRow[], filter: RowFilter): BoardRow[] {
  return rows.filter(
    (row) =>
      (!filter.categoryId || row.entry.categoryId === filter.categoryId) &&
      (!filter.onlyMissing || row.assigned < filter.judgesPerEntry),
  );
}

export interface RowPage {
  rows: BoardRow[];
  page: number;
  pages: number;
  from: number;
  to: number;
  total: number;
}

/** Paging keeps the matrix light with hundreds of entries; the page is clamped to what exists. */
export function pageOf(rows: readonly BoardRow[], page: number, pageSize: number): RowPage {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * pageSize;
  const slice = rows.slice(start, start + pageSize);
  return {
    rows: slice,
    page: current,
    pages,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
    total: rows.length,
  };
}

export function conflictKey(reason: string): {
  key: SecretariatKey;
  params: Record<string, string>;
} {
  switch (reason) {
    case 'OWN_AGENCY':
    case 'DECLARED_AGENCY':
    case 'OWN_WORK':
    case 'CO_AUTHOR':
    case 'RECUSED':
      return { key: `conflict.${reason}`, params: {} };
    default:
      return { key: 'conflict.other', params: { code: reason } };
  }
}

export function uncoveredKey(reason: string): {
  key: SecretariatKey;
  params: Record<string, string>;
} {
  switch (reason) {
    case 'NO_PANEL':
    case 'TOO_FEW_ELIGIBLE_JUDGES':
    case 'CAPACITY':
      return { key: `uncovered.${reason}`, params: {} };
    default:
      return reason.startsWith('FIXED_')
        ? { key: 'uncovered.FIXED', params: { code: reason.slice('FIXED_'.length) } }
        : { key: 'uncovered.other', params: { code: reason } };
  }
}

/** The preview's loads with the judges' names, busiest first. */
export function previewLoads(
  preview: AutoAssignResponse,
  judges: readonly BoardJudge[],
): { judge: BoardJudge; load: number }[] {
  return judges
    .map((judge) => ({ judge, load: preview.loads[judge.id] ?? 0 }))
    .sort((a, b) => b.load - a.load || a.judge.name.localeCompare(b.judge.name));
}
