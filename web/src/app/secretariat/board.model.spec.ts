import type { AssignmentResponse, AutoAssignResponse } from '@press-award/contracts';
import {
  buildBoard,
  conflictKey,
  filterRows,
  pageOf,
  previewLoads,
  uncoveredKey,
  type BoardEntry,
  type BoardJudge,
} from './board.model';

const entry = (id: string, code: string, categoryId = 'in1', categoryCode = 'IN1'): BoardEntry => ({
  id,
  code,
  categoryId,
  categoryCode,
});
const judge = (id: string, name: string, agency: string | null = null): BoardJudge => ({
  id,
  name,
  agency,
});
let nextId = 0;
const assignment = (
  judgeId: string,
  entryId: string,
  status: 'active' | 'recused' = 'active',
): AssignmentResponse => ({
  id: `as${(nextId += 1)}`,
  roundId: 'r1',
  entryId,
  entryCode: '',
  categoryId: 'in1',
  mediaType: 'print',
  judgeId,
  judgeName: '',
  status,
  recusalReason: null,
});

describe('assignment board', () => {
  const judges = [judge('j1', 'An', 'Báo Nhân Dân'), judge('j2', 'Bình', 'Báo Quân đội')];
  const entries = [
    entry('e2', 'IN1-0002'),
    entry('e1', 'IN1-0001'),
    entry('e3', 'TV1-0001', 'tv1', 'TV1'),
  ];

  it('should build rows sorted by category and code with one cell per judge', () => {
    const board = buildBoard(entries, judges, [], []);
    expect(board.rows.map((row) => row.entry.code)).toEqual(['IN1-0001', 'IN1-0002', 'TV1-0001']);
    expect(board.rows[0]?.cells.map((cell) => cell.judgeId)).toEqual(['j1', 'j2']);
    expect(board.rows.every((row) => row.cells.every((cell) => cell.kind === 'empty'))).toBe(true);
    expect(board.loads).toEqual({ j1: 0, j2: 0 });
  });

  it('should mark assignments, conflicts with reasons and count loads of active assignments only', () => {
    const board = buildBoard(
      entries,
      judges,
      [assignment('j1', 'e1'), assignment('j1', 'e2'), assignment('j2', 'e3', 'recused')],
      [{ judgeId: 'j2', entryId: 'e1', reasons: ['OWN_AGENCY'] }],
    );
    const [first, , third] = board.rows;
    expect(first?.cells[0]).toMatchObject({ kind: 'assigned', conflictReasons: [] });
    expect(first?.cells[1]).toEqual({ kind: 'conflict', judgeId: 'j2', reasons: ['OWN_AGENCY'] });
    expect(third?.cells[1]).toEqual({ kind: 'conflict', judgeId: 'j2', reasons: ['RECUSED'] });
    expect(board.loads).toEqual({ j1: 2, j2: 0 });
    expect(first?.assigned).toBe(1);
    expect(board.conflictedAssignments).toBe(0);
  });

  it('should flag an assignment that sits on a conflict', () => {
    const board = buildBoard(
      entries,
      judges,
      [assignment('j2', 'e1')],
      [{ judgeId: 'j2', entryId: 'e1', reasons: ['CO_AUTHOR'] }],
    );
    expect(board.rows[0]?.cells[1]).toMatchObject({
      kind: 'assigned',
      conflictReasons: ['CO_AUTHOR'],
    });
    expect(board.conflictedAssignments).toBe(1);
  });

  it('should show proposed pairs on free cells only, never over a conflict or an assignment', () => {
    const board = buildBoard(
      entries,
      judges,
      [assignment('j1', 'e1')],
      [{ judgeId: 'j2', entryId: 'e1', reasons: ['OWN_AGENCY'] }],
      [
        { judgeId: 'j1', entryId: 'e1' },
        { judgeId: 'j2', entryId: 'e1' },
        { judgeId: 'j2', entryId: 'e2' },
      ],
    );
    expect(board.rows[0]?.cells.map((cell) => cell.kind)).toEqual(['assigned', 'conflict']);
    expect(board.rows[1]?.cells.map((cell) => cell.kind)).toEqual(['empty', 'proposed']);
    expect(board.rows[1]?.proposed).toBe(1);
    expect(board.loads['j2']).toBe(0);
  });

  it('should filter by category and by missing judges', () => {
    const board = buildBoard(entries, judges, [assignment('j1', 'e1'), assignment('j2', 'e1')], []);
    expect(
      filterRows(board.rows, { categoryId: 'tv1', onlyMissing: false, judgesPerEntry: 2 }).map(
        (row) => row.entry.id,
      ),
    ).toEqual(['e3']);
    expect(
      filterRows(board.rows, { categoryId: '', onlyMissing: true, judgesPerEntry: 2 }).map(
        (row) => row.entry.id,
      ),
    ).toEqual(['e2', 'e3']);
  });

  it('should page 60 rows by 25 and clamp the page', () => {
    const many = Array.from({ length: 60 }, (_, index) =>
      entry(`e${index}`, `IN1-${String(index).padStart(4, '0')}`),
    );
    const rows = buildBoard(many, judges, [], []).rows;
    expect(pageOf(rows, 1, 25)).toMatchObject({ page: 1, pages: 3, from: 1, to: 25, total: 60 });
    expect(pageOf(rows, 3, 25)).toMatchObject({ from: 51, to: 60 });
    expect(pageOf(rows, 9, 25).page).toBe(3);
    expect(pageOf([], 1, 25)).toMatchObject({ page: 1, pages: 1, from: 0, to: 0 });
  });

  it('should translate conflict and uncovered reasons, keeping unknown codes visible', () => {
    expect(conflictKey('DECLARED_AGENCY')).toEqual({ key: 'conflict.DECLARED_AGENCY', params: {} });
    expect(conflictKey('NEW_RULE')).toEqual({
      key: 'conflict.other',
      params: { code: 'NEW_RULE' },
    });
    expect(uncoveredKey('CAPACITY')).toEqual({ key: 'uncovered.CAPACITY', params: {} });
    expect(uncoveredKey('FIXED_NOT_IN_PANEL')).toEqual({
      key: 'uncovered.FIXED',
      params: { code: 'NOT_IN_PANEL' },
    });
    expect(uncoveredKey('ELSE')).toEqual({ key: 'uncovered.other', params: { code: 'ELSE' } });
  });

  it('should list preview loads for every judge, busiest first', () => {
    const preview: AutoAssignResponse = {
      saved: false,
      feasible: true,
      added: [],
      loads: { j2: 3 },
      balance: [],
      uncovered: [],
    };
    expect(previewLoads(preview, judges).map((item) => [item.judge.id, item.load])).toEqual([
      ['j2', 3],
      ['j1', 0],
    ]);
  });
});
