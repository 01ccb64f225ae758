import { criterionWeight, rubricIssues, rubricMaxTotal } from './rubric';

describe(rubricIssues.name, () => {
  it('should accept the 10-point rubric in quarter steps', () => {
    expect(
      rubricIssues([
        { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25 },
        { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25, weight: 1 },
      ]),
    ).toEqual([]);
  });

  it('should refuse a step that does not divide the maximum, decimal-safe, and duplicate keys', () => {
    expect(
      rubricIssues([
        { key: 'a', name: 'A', maxScore: 5, step: 0.3 },
        { key: 'a', name: 'B', maxScore: 0.3, step: 0.1 },
      ]),
    ).toEqual([
      { path: 'rubric.criteria.0.step', code: 'STEP_DOES_NOT_DIVIDE_MAX' },
      { path: 'rubric.criteria.1.key', code: 'DUPLICATE_CODE' },
    ]);
  });
});

describe(rubricMaxTotal.name, () => {
  it('should add maximum × weight, weight 1 when unset, exactly at four decimals', () => {
    expect(rubricMaxTotal({ criteria: [{ maxScore: 5 }, { maxScore: 5 }] })).toBe(10);
    expect(rubricMaxTotal({ criteria: [{ maxScore: 5 }, { maxScore: 5, weight: 0.3 }] })).toBe(6.5);
    expect(rubricMaxTotal({ criteria: [{ maxScore: 5, weight: 1.5 }] })).toBe(7.5);
    expect(
      rubricMaxTotal({
        criteria: [
          { maxScore: 5, weight: 2 },
          { maxScore: 5, weight: null },
        ],
      }),
    ).toBe(15);
    // Floating point would give 0.30000000000000004 and 0.8999999999999999.
    expect(rubricMaxTotal({ criteria: [{ maxScore: 0.1 }, { maxScore: 0.2 }] })).toBe(0.3);
    expect(
      rubricMaxTotal({
        criteria: [
          { maxScore: 3, weight: 0.1 },
          { maxScore: 3, weight: 0.2 },
        ],
      }),
    ).toBe(0.9);
    expect(rubricMaxTotal({ criteria: [] })).toBe(0);
  });
});

describe(criterionWeight.name, () => {
  it('should be 1 when unset', () => {
    expect(criterionWeight({})).toBe(1);
    expect(criterionWeight({ weight: null })).toBe(1);
    expect(criterionWeight({ weight: 0.3 })).toBe(0.3);
  });
});
