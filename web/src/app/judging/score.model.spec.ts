import type {
  JudgeAssignmentResponse,
  RubricCriterion,
  SheetResponse,
} from '@press-award/contracts';
import {
  clampScore,
  groupByRound,
  presentScores,
  scoreIssue,
  scoreIssues,
  sheetState,
  sheetTotal,
  stepScore,
} from './score.model';

function criterion(overrides: Partial<RubricCriterion> = {}): RubricCriterion {
  return { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25, ...overrides };
}

const rubric = [criterion(), criterion({ key: 'craft', name: 'Hình thức' })];

function sheet(overrides: Partial<SheetResponse> = {}): SheetResponse {
  return {
    assignmentId: 'a',
    scores: {},
    comment: null,
    total: null,
    status: 'draft',
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    submittedAt: null,
    ...overrides,
  };
}

function assignment(overrides: Partial<JudgeAssignmentResponse> = {}): JudgeAssignmentResponse {
  return {
    id: 'a1',
    status: 'active',
    roundId: 'r1',
    roundName: 'Vòng sơ khảo',
    rubric: { criteria: rubric },
    entryCode: 'IN1-0001',
    title: 'Tác phẩm',
    categoryName: 'Báo in',
    mediaType: 'print',
    parts: [],
    files: [],
    filesPreparing: 0,
    filesUnavailable: 0,
    sheet: null,
    ...overrides,
  };
}

describe(scoreIssue.name, () => {
  it('should accept every multiple of the step from 0 to the maximum', () => {
    for (const value of [0, 0.25, 2.5, 4.75, 5]) expect(scoreIssue(criterion(), value)).toBeNull();
  });

  it('should refuse a score outside 0..max', () => {
    expect(scoreIssue(criterion(), 5.1)).toBe('SCORE_OUT_OF_RANGE');
    expect(scoreIssue(criterion(), 5.25)).toBe('SCORE_OUT_OF_RANGE');
    expect(scoreIssue(criterion(), -0.25)).toBe('SCORE_OUT_OF_RANGE');
    expect(scoreIssue(criterion(), Number.NaN)).toBe('SCORE_OUT_OF_RANGE');
  });

  it('should refuse a score off the step, in integers (no floating drift)', () => {
    expect(scoreIssue(criterion(), 2.3)).toBe('SCORE_OFF_STEP');
    expect(scoreIssue(criterion(), 0.1)).toBe('SCORE_OFF_STEP');
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: still a multiple of 0.1.
    expect(scoreIssue(criterion({ step: 0.1, maxScore: 1 }), 0.1 + 0.2)).toBeNull();
    expect(scoreIssue(criterion({ step: 0.3, maxScore: 3 }), 0.9)).toBeNull();
  });

  it('should call an empty input missing', () => {
    expect(scoreIssue(criterion(), null)).toBe('SCORE_MISSING');
    expect(scoreIssue(criterion(), undefined)).toBe('SCORE_MISSING');
  });
});

describe(sheetTotal.name, () => {
  it('should add the scores with weight 1 by default, exact to four decimals', () => {
    expect(sheetTotal(rubric, { content: 4.25, craft: 3.5 })).toBe(7.75);
    expect(
      sheetTotal(
        [criterion({ step: 0.1, maxScore: 1 }), criterion({ key: 'b', step: 0.1, maxScore: 1 })],
        { content: 0.1, b: 0.2 },
      ),
    ).toBe(0.3);
  });

  it('should weigh each score', () => {
    const weighted = [criterion({ weight: 0.3 }), criterion({ key: 'craft', weight: 2 })];
    expect(sheetTotal(weighted, { content: 0.25, craft: 1.5 })).toBe(3.075);
    expect(
      sheetTotal([criterion({ weight: 0.7 }), criterion({ key: 'craft', weight: 0.3 })], {
        content: 4.75,
        craft: 3.25,
      }),
    ).toBe(4.3);
  });

  it('should be null while a score is missing or invalid', () => {
    expect(sheetTotal(rubric, { content: 4 })).toBeNull();
    expect(sheetTotal(rubric, { content: 4, craft: 5.1 })).toBeNull();
    expect(sheetTotal([], {})).toBeNull();
  });
});

describe(clampScore.name, () => {
  it('should keep a score inside 0..max', () => {
    expect(clampScore(criterion(), 7)).toBe(5);
    expect(clampScore(criterion(), -1)).toBe(0);
    expect(clampScore(criterion(), Number.NaN)).toBe(0);
  });

  it('should snap to the nearest step', () => {
    expect(clampScore(criterion(), 2.3)).toBe(2.25);
    expect(clampScore(criterion(), 2.4)).toBe(2.5);
    expect(clampScore(criterion(), 2.375)).toBe(2.5);
    expect(clampScore(criterion({ maxScore: 1, step: 0.3 }), 1)).toBe(0.9);
  });
});

describe(stepScore.name, () => {
  it('should move one step and stop at the bounds', () => {
    expect(stepScore(criterion(), 4.75, 1)).toBe(5);
    expect(stepScore(criterion(), 5, 1)).toBe(5);
    expect(stepScore(criterion(), 0, -1)).toBe(0);
    expect(stepScore(criterion(), 0.25, -1)).toBe(0);
    expect(stepScore(criterion({ step: 0.1, maxScore: 1 }), 0.2, 1)).toBe(0.3);
  });

  it('should start from nothing and snap an off-step value first', () => {
    expect(stepScore(criterion(), null, 1)).toBe(0.25);
    expect(stepScore(criterion(), null, -1)).toBe(0);
    expect(stepScore(criterion(), 2.3, 1)).toBe(2.5);
  });
});

describe(scoreIssues.name, () => {
  it('should report missing scores only when asked (on submit)', () => {
    expect(scoreIssues(rubric, { content: 2.3 }, false)).toEqual([
      { criterion: rubric[0], issue: 'SCORE_OFF_STEP' },
    ]);
    expect(scoreIssues(rubric, { content: 2.3 }, true).map((item) => item.issue)).toEqual([
      'SCORE_OFF_STEP',
      'SCORE_MISSING',
    ]);
  });

  it('should send only the scores that exist', () => {
    expect(presentScores(rubric, { content: 3, craft: null, other: 2 })).toEqual({ content: 3 });
  });
});

describe(groupByRound.name, () => {
  it('should group by round with progress, entries ordered by code', () => {
    const groups = groupByRound([
      assignment({ id: 'a2', entryCode: 'IN1-0010', sheet: sheet({ status: 'submitted' }) }),
      assignment({ id: 'a1', entryCode: 'IN1-0002', sheet: sheet() }),
      assignment({ id: 'b1', roundId: 'r2', roundName: 'Chung khảo' }),
    ]);
    expect(groups.map((group) => [group.roundName, group.submitted, group.total])).toEqual([
      ['Vòng sơ khảo', 1, 2],
      ['Chung khảo', 0, 1],
    ]);
    expect(groups[0]?.assignments.map((item) => item.entryCode)).toEqual(['IN1-0002', 'IN1-0010']);
    expect(groups[0]?.assignments.map(sheetState)).toEqual(['draft', 'submitted']);
    expect(sheetState(assignment())).toBe('not_started');
  });
});

describe('recused assignments', () => {
  it("should be listed as recused and left out of the round's progress", () => {
    const active = assignment({ id: 'a1' });
    const recused = assignment({ id: 'a2', status: 'recused', entryCode: 'IN1-0002' });
    expect(sheetState(recused)).toBe('recused');
    const [group] = groupByRound([active, recused]);
    expect(group?.assignments).toHaveLength(2);
    expect(group?.total).toBe(1);
  });
});
