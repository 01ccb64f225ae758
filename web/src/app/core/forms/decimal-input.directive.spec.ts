import { stepDecimal } from './decimal-input.directive';

describe(stepDecimal.name, () => {
  const score = { step: 0.25, min: 0, max: 10 };

  it('should move one step up or down on the grid of the step', () => {
    expect(stepDecimal(3.75, 1, score)).toBe(4);
    expect(stepDecimal(3.75, -1, score)).toBe(3.5);
    expect(stepDecimal(0.1, 1, { step: 0.1 })).toBe(0.2);
  });

  it('should go to the next step in that direction from a value between two', () => {
    expect(stepDecimal(3.8, 1, score)).toBe(4);
    expect(stepDecimal(3.8, -1, score)).toBe(3.75);
  });

  it('should stay within min and max', () => {
    expect(stepDecimal(10, 1, score)).toBe(10);
    expect(stepDecimal(0, -1, score)).toBe(0);
    expect(stepDecimal(9.9, 1, { step: 0.25, min: 0, max: 9.9 })).toBe(9.75);
  });

  it('should start an empty field at min, or 0, and take a step of 1 by default', () => {
    expect(stepDecimal(null, 1, score)).toBe(0);
    expect(stepDecimal(null, 1, { min: 2 })).toBe(2);
    expect(stepDecimal(NaN, -1, {})).toBe(0);
    expect(stepDecimal(2, 1, {})).toBe(3);
  });
});
