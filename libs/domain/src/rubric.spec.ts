import { rubricIssues } from './rubric';

describe(rubricIssues.name, () => {
  it('should accept the 10-point rubric in quarter steps', () => {
    expect(rubricIssues([{ key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25 }, { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25, weight: 1 }])).toEqual([]);
  });

  it('should refuse a step that does not divide the maximum, decimal-safe, and duplicate keys', () => {
    expect(rubricIssues([{ key: 'a', name: 'A', maxScore: 5, step: 0.3 }, { key: 'a', name: 'B', maxScore: 0.3, step: 0.1 }])).toEqual([
      { path: 'rubric.criteria.0.step', code: 'STEP_DOES_NOT_DIVIDE_MAX' },
      { path: 'rubric.criteria.1.key', code: 'DUPLICATE_CODE' },
    ]);
  });
});
