import type { AdvancementPreviewResponse, RoundResponse } from '@press-award/contracts';
import {
  advanceErrors,
  disagreementErrors,
  numberOrNull,
  previewCounts,
  roundEntryCodes,
  sameRule,
  sourceRounds,
  toAdvancementRule,
  weightedMaxTotal,
  type AdvanceValue,
} from './rounds.model';

const tenPoints = {
  criteria: [
    { key: 'noi_dung', name: 'Nội dung', maxScore: 5, step: 0.25 },
    { key: 'hinh_thuc', name: 'Hình thức', maxScore: 5, step: 0.25 },
  ],
};

function round(overrides: Partial<RoundResponse>): RoundResponse {
  return {
    id: 'r',
    awardId: 'a1',
    name: 'Vòng',
    order: 1,
    judgesPerEntry: 2,
    rubric: tenPoints,
    disagreementPoints: null,
    disagreementDistance: 2,
    status: 'draft',
    entryIds: [],
    panels: [],
    createdAt: '2020-11-20T03:00:00.000Z',
    ...overrides,
  };
}

const distanceMessages = { min: 'MIN', decimals: 'DECIMALS', max: (max: number) => `MAX:${max}` };
const advanceMessages = {
  required: 'REQUIRED',
  ruleRequired: 'RULE',
  topRange: 'TOP',
  minScore: 'SCORE',
  minScoreMax: (max: number) => `SCORE_MAX:${max}`,
};
const value = (overrides: Partial<AdvanceValue>): AdvanceValue => ({
  fromRoundId: 'r1',
  top: null,
  minScore: null,
  ...overrides,
});

describe('rounds model: the disagreement distance', () => {
  it('should measure against the weighted maximum, exactly, skipping rows not filled in', () => {
    expect(weightedMaxTotal(tenPoints.criteria)).toBe(10);
    expect(weightedMaxTotal([{ maxScore: 5 }, { maxScore: 5, weight: 0.3 }])).toBe(6.5);
    expect(weightedMaxTotal([{ maxScore: 0.1, weight: null }, { maxScore: 0.2 }])).toBe(0.3);
    expect(
      weightedMaxTotal([{ maxScore: null }, { maxScore: 4, weight: null }, { maxScore: -1 }]),
    ).toBe(4);
    expect(weightedMaxTotal([])).toBe(0);
  });

  it('should read an empty number input as "the default", not as 0', () => {
    expect(numberOrNull(null)).toBeNull();
    expect(numberOrNull('')).toBeNull();
    expect(numberOrNull(undefined)).toBeNull();
    expect(numberOrNull(0)).toBe(0);
    expect(numberOrNull('1.5')).toBe(1.5);
    expect(numberOrNull('abc')).toBeNaN();
  });

  it('should accept empty, 0, two decimals and the rubric maximum itself', () => {
    for (const points of [null, 0, 1.25, 2.5, 10])
      expect(disagreementErrors(points, 10, distanceMessages)).toEqual([]);
  });

  it('should refuse what the API refuses, on the disagreementPoints field', () => {
    expect(disagreementErrors(-0.5, 10, distanceMessages)).toEqual([
      { field: 'disagreementPoints', code: 'min', message: 'MIN' },
    ]);
    expect(disagreementErrors(1.255, 10, distanceMessages)).toEqual([
      { field: 'disagreementPoints', code: 'isNumber', message: 'DECIMALS' },
    ]);
    expect(disagreementErrors(Number.NaN, 10, distanceMessages)).toEqual([
      { field: 'disagreementPoints', code: 'isNumber', message: 'DECIMALS' },
    ]);
    expect(disagreementErrors(10.01, 10, distanceMessages)).toEqual([
      { field: 'disagreementPoints', code: 'max', message: 'MAX:10' },
    ]);
    expect(disagreementErrors(6.6, 6.5, distanceMessages)).toEqual([
      { field: 'disagreementPoints', code: 'max', message: 'MAX:6.5' },
    ]);
    // Without a rubric yet there is no maximum to compare with (the API still checks it).
    expect(disagreementErrors(50, null, distanceMessages)).toEqual([]);
  });
});

describe('rounds model: advancement from an earlier round', () => {
  const first = round({ id: 'r1', order: 1, status: 'closed' });
  const second = round({ id: 'r2', order: 2, status: 'closed' });
  const third = round({ id: 'r3', order: 3, status: 'draft' });

  it('should offer only closed, earlier rounds of the same award, the nearest first', () => {
    const open = round({ id: 'r0', order: 0, status: 'open' });
    const later = round({ id: 'r4', order: 4, status: 'closed' });
    const elsewhere = round({ id: 'x1', awardId: 'a2', order: 1, status: 'closed' });
    expect(
      sourceRounds([first, open, third, later, second, elsewhere], third).map(
        (candidate) => candidate.id,
      ),
    ).toEqual(['r2', 'r1']);
    expect(sourceRounds([first, second], first)).toEqual([]);
  });

  it('should accept top N, a minimum score, or both', () => {
    expect(advanceErrors(value({ top: 1 }), 10, advanceMessages)).toEqual([]);
    expect(advanceErrors(value({ minScore: 7.25 }), 10, advanceMessages)).toEqual([]);
    expect(advanceErrors(value({ top: 3, minScore: 0 }), 10, advanceMessages)).toEqual([]);
    expect(advanceErrors(value({ minScore: 10 }), 10, advanceMessages)).toEqual([]);
  });

  it('should ask for a round and for at least one criterion, saying where', () => {
    expect(advanceErrors(value({ fromRoundId: '' }), null, advanceMessages)).toEqual([
      { field: 'fromRoundId', code: 'REQUIRED', message: 'REQUIRED' },
      { field: 'rule', code: 'ROUND_ENTRIES_INPUT', message: 'RULE' },
    ]);
  });

  it('should refuse a top that is not a whole number from 1 to 5000 and a score the API would refuse', () => {
    for (const top of [0, -1, 1.5, 5001, Number.NaN]) {
      expect(advanceErrors(value({ top }), 10, advanceMessages)).toEqual([
        { field: 'top', code: 'OUT_OF_RANGE', message: 'TOP' },
      ]);
    }
    for (const minScore of [-0.25, 7.12345, Number.NaN]) {
      expect(advanceErrors(value({ minScore }), 10, advanceMessages)).toEqual([
        { field: 'minScore', code: 'min', message: 'SCORE' },
      ]);
    }
    // Above the earlier round's maximum nothing could ever advance.
    expect(advanceErrors(value({ minScore: 10.5 }), 10, advanceMessages)).toEqual([
      { field: 'minScore', code: 'max', message: 'SCORE_MAX:10' },
    ]);
  });

  it('should send only the criteria given', () => {
    expect(toAdvancementRule(value({ top: 1 }))).toEqual({ fromRoundId: 'r1', top: 1 });
    expect(toAdvancementRule(value({ minScore: 8 }))).toEqual({ fromRoundId: 'r1', minScore: 8 });
    expect(toAdvancementRule(value({ top: 2, minScore: 0 }))).toEqual({
      fromRoundId: 'r1',
      top: 2,
      minScore: 0,
    });
  });

  it('should apply a preview only for the rule it was made for', () => {
    const rule = { fromRoundId: 'r1', top: 1 };
    expect(sameRule(rule, { fromRoundId: 'r1', top: 1 })).toBe(true);
    expect(sameRule(rule, { fromRoundId: 'r1', top: 2 })).toBe(false);
    expect(sameRule(rule, { fromRoundId: 'r2', top: 1 })).toBe(false);
    expect(sameRule(rule, { fromRoundId: 'r1', top: 1, minScore: 7 })).toBe(false);
    expect(sameRule(null, rule)).toBe(false);
  });

  it('should count new and already present entries of a preview', () => {
    const entry = (entryId: string, alreadyInRound: boolean) => ({
      entryId,
      entryCode: `IN1-${entryId}`,
      categoryId: 'c1',
      mean: 8,
      place: 1,
      alreadyInRound,
    });
    const preview: AdvancementPreviewResponse = {
      fromRoundId: 'r1',
      entries: [entry('1', false), entry('2', true), entry('3', false)],
    };
    expect(previewCounts(preview)).toEqual({ added: 2, already: 1 });
    expect(previewCounts({ fromRoundId: 'r1', entries: [] })).toEqual({ added: 0, already: 0 });
  });

  it("should list a round's entries by code, an entry no longer coded as '?'", () => {
    const coded = [
      { id: 'e1', code: 'IN1-0042', categoryId: 'c1', categoryCode: 'IN1' },
      { id: 'e2', code: 'IN1-0007', categoryId: 'c1', categoryCode: 'IN1' },
      { id: 'e3', code: 'PT1-0001', categoryId: 'c2', categoryCode: 'PT1' },
    ];
    expect(roundEntryCodes(round({ entryIds: ['e1', 'e9', 'e2'] }), coded)).toEqual([
      { id: 'e9', code: '?' },
      { id: 'e2', code: 'IN1-0007' },
      { id: 'e1', code: 'IN1-0042' },
    ]);
  });
});
