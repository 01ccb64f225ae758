import type { Rubric } from '@press-award/contracts';
import { criterionScoreIssue, scoreIssues, weightedTotal } from './scores';

const rubric: Rubric = {
  criteria: [
    { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25 },
    { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25, weight: 0.3 },
  ],
};

describe(criterionScoreIssue.name, () => {
  const criterion = { maxScore: 5, step: 0.25 };

  it('should accept a score in range on the step, exact at four decimals', () => {
    for (const value of [0, 0.25, 2.5, 4.75, 5])
      expect(criterionScoreIssue(criterion, value)).toBeNull();
    expect(criterionScoreIssue({ maxScore: 1, step: 0.1 }, 0.1 + 0.2)).toBeNull();
    expect(criterionScoreIssue({ maxScore: 3, step: 0.3 }, 0.9)).toBeNull();
  });

  it('should refuse a score out of range or not a number', () => {
    for (const value of [5.1, 5.25, -0.25, Number.NaN, Number.POSITIVE_INFINITY, '4', null])
      expect(criterionScoreIssue(criterion, value)).toBe('SCORE_OUT_OF_RANGE');
  });

  it('should refuse a score off the step or beyond four decimals', () => {
    expect(criterionScoreIssue(criterion, 2.3)).toBe('SCORE_OFF_STEP');
    expect(criterionScoreIssue(criterion, 0.1)).toBe('SCORE_OFF_STEP');
    expect(criterionScoreIssue({ maxScore: 1, step: 0.0001 }, 0.00001)).toBe('SCORE_OFF_STEP');
  });
});

describe(scoreIssues.name, () => {
  it('should accept scores on the step within range, and a partial draft', () => {
    expect(scoreIssues(rubric, { content: 4.75, craft: 0 }, true)).toEqual([]);
    expect(scoreIssues(rubric, { content: 4.75 }, false)).toEqual([]);
  });

  it('should name the criterion of every bad score', () => {
    expect(
      scoreIssues(rubric, { content: 5.25, craft: 2.3, extra: 1 }, true).map(
        (issue) => `${issue.path}:${issue.code}`,
      ),
    ).toEqual([
      'scores.extra:UNKNOWN_CRITERION',
      'scores.content:SCORE_OUT_OF_RANGE',
      'scores.craft:SCORE_OFF_STEP',
    ]);
    expect(scoreIssues(rubric, { content: 1 }, true)).toEqual([
      { path: 'scores.craft', code: 'SCORE_MISSING', params: { criterion: 'Hình thức' } },
    ]);
    expect(
      scoreIssues(rubric, { content: -0.25, craft: 0.00001 }, false).map((issue) => issue.code),
    ).toEqual(['SCORE_OUT_OF_RANGE', 'SCORE_OFF_STEP']);
  });
});

describe(weightedTotal.name, () => {
  it('should add weighted scores without floating drift', () => {
    // 0.1 + 0.2 style drift would give 1.6500000000000001 here.
    expect(weightedTotal(rubric, { content: 0.75, craft: 3 })).toBe(1.65);
    expect(
      weightedTotal(
        {
          criteria: [
            { key: 'a', name: 'A', maxScore: 1, step: 0.1 },
            { key: 'b', name: 'B', maxScore: 1, step: 0.1 },
          ],
        },
        { a: 0.1, b: 0.2 },
      ),
    ).toBe(0.3);
  });

  it('should be null while a criterion is missing', () => {
    expect(weightedTotal(rubric, { content: 4 })).toBeNull();
  });
});
