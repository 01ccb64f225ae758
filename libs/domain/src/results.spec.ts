import {
  type AggregationInput,
  type AggregationMethod,
  type EntryResult,
  type ResultSheet,
  aggregateResults,
  defaultDisagreementDistance,
  disagreementDistance,
  suggestTier,
  tierThresholds,
} from './results';

/** Sheets from a compact table: entryId → { judgeId: total }. */
function sheetsOf(table: Record<string, Record<string, number>>): ResultSheet[] {
  return Object.entries(table).flatMap(([entryId, byJudge]) =>
    Object.entries(byJudge).map(([judgeId, total]) => ({ entryId, judgeId, total })),
  );
}

function pick(entries: EntryResult[], ...fields: (keyof EntryResult)[]): Record<string, unknown>[] {
  return entries.map((entry) =>
    Object.fromEntries([
      ['entryId', entry.entryId],
      ...fields.map((field) => [field, entry[field]]),
    ]),
  );
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('aggregateResults: mean and trimmed mean', () => {
  // One category, 10-point rubric.
  //   E4 (4 sheets): 6, 7, 8, 9.5          mean = 30.5 / 4 = 7.625    trimmed = drop 6 and 9.5 → (7 + 8) / 2 = 7.5
  //   E5 (5 sheets): 4, 7.5, 8, 8.5, 9     mean = 37 / 5 = 7.4        trimmed = drop 4 and 9 → (7.5 + 8 + 8.5) / 3 = 8
  //   E3 (3 sheets): 3, 8, 9               mean = 20 / 3 = 6.6667     trimmed = NOT trimmed (< 4 sheets) → 6.6667
  //                                                                     (trimming it wrongly would give 8 and rank 1–2)
  const table = {
    E4: { j1: 6, j2: 7, j3: 8, j4: 9.5 },
    E5: { j1: 4, j2: 7.5, j3: 8, j4: 8.5, j5: 9 },
    E3: { j1: 3, j2: 8, j3: 9 },
  };
  const input = (method: AggregationMethod): AggregationInput => ({
    entries: [
      { entryId: 'E3', categoryId: 'cat' },
      { entryId: 'E4', categoryId: 'cat' },
      { entryId: 'E5', categoryId: 'cat' },
    ],
    sheets: sheetsOf(table),
    method,
    maxTotal: 10,
    expectedSheets: 5,
    disagreementPoints: 10,
  });

  it('should rank by the plain mean', () => {
    expect(
      pick(aggregateResults(input('mean')).entries, 'sheets', 'total', 'normalized', 'rank'),
    ).toEqual([
      { entryId: 'E4', sheets: 4, total: 7.625, normalized: 7.625, rank: 1 },
      { entryId: 'E5', sheets: 5, total: 7.4, normalized: 7.4, rank: 2 },
      { entryId: 'E3', sheets: 3, total: 6.6667, normalized: 6.6667, rank: 3 },
    ]);
  });

  it('should drop one highest and one lowest sheet only from entries with at least 4 sheets', () => {
    // The trimmed mean swaps E4 and E5; `total` stays the plain mean.
    expect(
      pick(aggregateResults(input('trimmed')).entries, 'sheets', 'total', 'normalized', 'rank'),
    ).toEqual([
      { entryId: 'E5', sheets: 5, total: 7.4, normalized: 8, rank: 1 },
      { entryId: 'E4', sheets: 4, total: 7.625, normalized: 7.5, rank: 2 },
      { entryId: 'E3', sheets: 3, total: 6.6667, normalized: 6.6667, rank: 3 },
    ]);
  });

  it('should drop only ONE of several equal extremes', () => {
    // 5, 5, 9, 9 → drop one 5 and one 9 → (5 + 9) / 2 = 7 (dropping all extremes would leave nothing).
    const result = aggregateResults({
      ...input('trimmed'),
      entries: [{ entryId: 'X', categoryId: 'cat' }],
      sheets: sheetsOf({ X: { a: 5, b: 5, c: 9, d: 9 } }),
    });
    expect(result.entries[0].normalized).toBe(7);
  });
});

describe('aggregateResults: z-score normalisation', () => {
  // Judge H is severe: 2–3 points below the other judge of the same entry (P: 6 vs 8.5; X: 4 vs 7).
  //   judge  sheets          mean  sd (population)   z
  //   H      P=6,   X=4      5     1                 P +1, X −1
  //   A      P=8.5, Y=7.5    8     0.5               P +1, Y −1
  //   B      Q=9,   X=7      8     1                 Q +1, X −1
  //   C      Q=8.5           8.5   0 (one sheet)     Q 0
  //   D      Y=8             8     0 (one sheet)     Y 0
  // Plain means: P (6 + 8.5)/2 = 7.25, Q (9 + 8.5)/2 = 8.75, X (4 + 7)/2 = 5.5, Y (7.5 + 8)/2 = 7.75
  //   → order Q, Y, P, X.
  // Round: μ = (6 + 4 + 8.5 + 7.5 + 9 + 7 + 8.5 + 8) / 8 = 58.5 / 8 = 7.3125
  //   squared deviations: 1.3125² = 1.72265625, 3.3125² = 10.97265625, 1.1875² = 1.41015625,
  //   0.1875² = 0.03515625, 1.6875² = 2.84765625, 0.3125² = 0.09765625, 1.41015625, 0.6875² = 0.47265625
  //   sum = 18.96875, σ² = 18.96875 / 8 = 2.37109375, σ = 1.5398356…
  // x' = μ + z·σ (no clamping needed: all within 0..10):
  //   P: z +1, +1 → μ + σ       = 8.8523356… → 8.8523
  //   Q: z +1, 0  → μ + σ/2     = 8.0824178… → 8.0824
  //   Y: z −1, 0  → μ − σ/2     = 6.5425821… → 6.5426
  //   X: z −1, −1 → μ − σ       = 5.7726643… → 5.7727
  //   → order P, Q, Y, X: P is no longer sunk by the severe judge and passes Q (and Y).
  const input = (method: AggregationMethod): AggregationInput => ({
    entries: ['P', 'Q', 'X', 'Y'].map((entryId) => ({ entryId, categoryId: 'cat' })),
    sheets: sheetsOf({
      P: { H: 6, A: 8.5 },
      Q: { B: 9, C: 8.5 },
      X: { H: 4, B: 7 },
      Y: { A: 7.5, D: 8 },
    }),
    method,
    maxTotal: 10,
    expectedSheets: 2,
    disagreementPoints: 10,
  });

  it('should order Q above P by the plain mean', () => {
    expect(pick(aggregateResults(input('mean')).entries, 'normalized', 'rank')).toEqual([
      { entryId: 'Q', normalized: 8.75, rank: 1 },
      { entryId: 'Y', normalized: 7.75, rank: 2 },
      { entryId: 'P', normalized: 7.25, rank: 3 },
      { entryId: 'X', normalized: 5.5, rank: 4 },
    ]);
  });

  it('should order P above Q once the severe judge is normalised', () => {
    expect(pick(aggregateResults(input('zscore')).entries, 'total', 'normalized', 'rank')).toEqual([
      { entryId: 'P', total: 7.25, normalized: 8.8523, rank: 1 },
      { entryId: 'Q', total: 8.75, normalized: 8.0824, rank: 2 },
      { entryId: 'Y', total: 7.75, normalized: 6.5426, rank: 3 },
      { entryId: 'X', total: 5.5, normalized: 5.7727, rank: 4 },
    ]);
  });

  it("should report each judge's severity against the panel", () => {
    // offset = judge mean − mean of all sheets of the entries the judge scored:
    //   A: P, Y → (6 + 8.5 + 7.5 + 8) / 4 = 7.5    → 8 − 7.5 = 0.5
    //   B: Q, X → (9 + 8.5 + 4 + 7) / 4 = 7.125    → 8 − 7.125 = 0.875
    //   C: Q    → (9 + 8.5) / 2 = 8.75             → 8.5 − 8.75 = −0.25
    //   D: Y    → (7.5 + 8) / 2 = 7.75             → 8 − 7.75 = 0.25
    //   H: P, X → (6 + 8.5 + 4 + 7) / 4 = 6.375    → 5 − 6.375 = −1.375
    expect(aggregateResults(input('mean')).judges).toEqual([
      { judgeId: 'A', sheets: 2, mean: 8, spread: 0.5, offset: 0.5 },
      { judgeId: 'B', sheets: 2, mean: 8, spread: 1, offset: 0.875 },
      { judgeId: 'C', sheets: 1, mean: 8.5, spread: 0, offset: -0.25 },
      { judgeId: 'D', sheets: 1, mean: 8, spread: 0, offset: 0.25 },
      { judgeId: 'H', sheets: 2, mean: 5, spread: 1, offset: -1.375 },
    ]);
  });

  it('should round the severity numbers to four decimals', () => {
    // Judge k: 7, 8, 8 → mean 23/3 = 7.6667; spread √(((2/3)² + 2·(1/3)²) / 3) = √(2/9) = 0.4714;
    // entries e1..e3 also have judge m: 9, 9, 9 → panel mean (23 + 27) / 6 = 8.3333, offset 23/3 − 25/3 = −2/3 → −0.6667.
    const result = aggregateResults({
      entries: ['e1', 'e2', 'e3'].map((entryId) => ({ entryId, categoryId: 'c' })),
      sheets: sheetsOf({ e1: { k: 7, m: 9 }, e2: { k: 8, m: 9 }, e3: { k: 8, m: 9 } }),
      method: 'mean',
      maxTotal: 10,
      expectedSheets: 2,
    });
    expect(result.judges).toEqual([
      { judgeId: 'k', sheets: 3, mean: 7.6667, spread: 0.4714, offset: -0.6667 },
      { judgeId: 'm', sheets: 3, mean: 9, spread: 0, offset: 0.6667 },
    ]);
  });

  it('should clamp the rescaled totals to 0..maxTotal', () => {
    // Judge A: 10, 9 (mean 9.5, sd 0.5); judge B: 10, 0 (mean 5, sd 5) → E1 has z +1, +1; E2 has z −1, −1.
    // μ = 29 / 4 = 7.25; σ² = (2.75² + 1.75² + 2.75² + 7.25²) / 4 = 70.75 / 4 = 17.6875, σ = 4.2056510…
    // E1: μ + σ = 11.4557 → clamped to 10;  E2: μ − σ = 3.0443.
    const base = {
      entries: [
        { entryId: 'E1', categoryId: 'c' },
        { entryId: 'E2', categoryId: 'c' },
      ],
      method: 'zscore' as const,
      maxTotal: 10,
      expectedSheets: 2,
    };
    expect(
      pick(
        aggregateResults({
          ...base,
          sheets: sheetsOf({ E1: { A: 10, B: 10 }, E2: { A: 9, B: 0 } }),
        }).entries,
        'normalized',
      ),
    ).toEqual([
      { entryId: 'E1', normalized: 10 },
      { entryId: 'E2', normalized: 3.0443 },
    ]);
    // Mirrored: A: 0, 1; B: 0, 10 → μ = 11 / 4 = 2.75, same σ. E1: μ − σ = −1.4557 → clamped to 0; E2: μ + σ = 6.9557.
    expect(
      pick(
        aggregateResults({ ...base, sheets: sheetsOf({ E1: { A: 0, B: 0 }, E2: { A: 1, B: 10 } }) })
          .entries,
        'normalized',
      ),
    ).toEqual([
      { entryId: 'E2', normalized: 6.9557 },
      { entryId: 'E1', normalized: 0 },
    ]);
  });

  it('should give the round mean when every judge has a single sheet or no spread', () => {
    // z = 0 everywhere → every x' = μ = (6 + 8 + 7 + 7) / 4 = 7 → all tied at rank 1.
    const result = aggregateResults({
      entries: [
        { entryId: 'a', categoryId: 'c' },
        { entryId: 'b', categoryId: 'c' },
      ],
      sheets: sheetsOf({ a: { j1: 6, j2: 8, j3: 7 }, b: { j3: 7, j4: 7 } }),
      method: 'zscore',
      maxTotal: 10,
      expectedSheets: 2,
    });
    expect(pick(result.entries, 'total', 'normalized', 'rank')).toEqual([
      { entryId: 'a', total: 7, normalized: 7, rank: 1 },
      { entryId: 'b', total: 7, normalized: 7, rank: 1 },
    ]);
  });
});

describe('aggregateResults: flags', () => {
  // Category c1, 3 sheets expected, default disagreement distance = 10 × 0.2 = 2 points.
  //   D1: 8, 8, 5.5   j3 vs others' mean (8 + 8)/2 = 8 → 2.5 > 2 → flagged; j1 vs (8 + 5.5)/2 = 6.75 → 1.25
  //   D2: 8, 8, 6.1   j3 vs 8 → 1.9 → not flagged
  //   D3: 6.2, 6.4, 4.3   j3 vs (6.2 + 6.4)/2 = 6.3 → exactly 2 → not flagged (“more than”; in floats 2.000000000000001)
  //   M : 7, 7.5      2 of 3 sheets → MISSING_SHEETS
  //   N : none        → NO_SHEETS (and MISSING_SHEETS), no total, no rank
  // Category c2 (ties; 3 sheets each):
  //   T1: 7.6, 8.7, 7.7 → 24 / 3 = 8 (7.999999999999999 in naive floats)
  //   T2: 8, 8, 8       → 8
  //   T3: 7.4, 8.8, 7.8 → 24 / 3 = 8 (8.000000000000002 in naive floats)
  //   T4: 7, 7, 7       → 7  → ranks 1, 1, 1, 4
  const entries = [
    ...['D1', 'D2', 'D3', 'M', 'N'].map((entryId) => ({ entryId, categoryId: 'c1' })),
    ...['T4', 'T3', 'T2', 'T1'].map((entryId) => ({ entryId, categoryId: 'c2' })),
  ];
  const sheets = sheetsOf({
    D1: { j1: 8, j2: 8, j3: 5.5 },
    D2: { j1: 8, j2: 8, j3: 6.1 },
    D3: { j1: 6.2, j2: 6.4, j3: 4.3 },
    M: { j1: 7, j2: 7.5 },
    T1: { k1: 7.6, k2: 8.7, k3: 7.7 },
    T2: { k1: 8, k2: 8, k3: 8 },
    T3: { k1: 7.4, k2: 8.8, k3: 7.8 },
    T4: { k1: 7, k2: 7, k3: 7 },
  });
  const result = aggregateResults({
    entries,
    sheets,
    method: 'mean',
    maxTotal: 10,
    expectedSheets: 3,
  });

  it("should flag disagreement beyond 2 points of the others' mean, missing sheets and no sheets", () => {
    // c1 by mean: D2 (8 + 8 + 6.1)/3 = 7.3667, M 7.25, D1 (8 + 8 + 5.5)/3 = 7.1667, D3 16.9/3 = 5.6333, N unranked.
    expect(
      pick(
        result.entries.filter((entry) => entry.categoryId === 'c1'),
        'sheets',
        'total',
        'rank',
        'flags',
        'disagreeingJudges',
      ),
    ).toEqual([
      { entryId: 'D2', sheets: 3, total: 7.3667, rank: 1, flags: [], disagreeingJudges: [] },
      {
        entryId: 'M',
        sheets: 2,
        total: 7.25,
        rank: 2,
        flags: ['MISSING_SHEETS'],
        disagreeingJudges: [],
      },
      {
        entryId: 'D1',
        sheets: 3,
        total: 7.1667,
        rank: 3,
        flags: ['DISAGREEMENT'],
        disagreeingJudges: ['j3'],
      },
      { entryId: 'D3', sheets: 3, total: 5.6333, rank: 4, flags: [], disagreeingJudges: [] },
      {
        entryId: 'N',
        sheets: 0,
        total: null,
        rank: null,
        flags: ['MISSING_SHEETS', 'NO_SHEETS'],
        disagreeingJudges: [],
      },
    ]);
    expect(result.entries.find((entry) => entry.entryId === 'N')?.normalized).toBeNull();
  });

  it('should let equal scores share a rank, flag them as ties and skip the next ranks', () => {
    expect([(7.6 + 8.7 + 7.7) / 3, (7.4 + 8.8 + 7.8) / 3]).toEqual([
      7.999999999999999, 8.000000000000002,
    ]); // the drift being guarded against
    expect(
      pick(
        result.entries.filter((entry) => entry.categoryId === 'c2'),
        'normalized',
        'rank',
        'flags',
      ),
    ).toEqual([
      { entryId: 'T1', normalized: 8, rank: 1, flags: ['TIE'] },
      { entryId: 'T2', normalized: 8, rank: 1, flags: ['TIE'] },
      { entryId: 'T3', normalized: 8, rank: 1, flags: ['TIE'] },
      { entryId: 'T4', normalized: 7, rank: 4, flags: [] },
    ]);
  });

  it('should give 1, 1, 3 for two tied entries', () => {
    const tied = aggregateResults({
      entries: ['a', 'b', 'c'].map((entryId) => ({ entryId, categoryId: 'c' })),
      sheets: sheetsOf({ a: { j: 7 }, b: { j: 9 }, c: { j: 9 } }),
      method: 'mean',
      maxTotal: 10,
      expectedSheets: 1,
    });
    expect(pick(tied.entries, 'rank', 'flags')).toEqual([
      { entryId: 'b', rank: 1, flags: ['TIE'] },
      { entryId: 'c', rank: 1, flags: ['TIE'] },
      { entryId: 'a', rank: 3, flags: [] },
    ]);
  });

  it('should rank each category separately, categories in order of first appearance', () => {
    expect(
      result.entries.map((entry) => `${entry.categoryId}:${entry.entryId}:${entry.rank}`),
    ).toEqual([
      'c1:D2:1',
      'c1:M:2',
      'c1:D1:3',
      'c1:D3:4',
      'c1:N:null',
      'c2:T1:1',
      'c2:T2:1',
      'c2:T3:1',
      'c2:T4:4',
    ]);
  });

  it('should use a configured distance and scale the default with maxTotal', () => {
    // D2's j3 is 1.9 from the others: flagged at 1.5, not at the default 2.
    const strict = aggregateResults({
      entries,
      sheets,
      method: 'mean',
      maxTotal: 10,
      expectedSheets: 3,
      disagreementPoints: 1.5,
    });
    expect(strict.entries.find((entry) => entry.entryId === 'D2')?.disagreeingJudges).toEqual([
      'j3',
    ]);
    // On a 100-point rubric the default is 20: 80, 80, 59 → 21 away (flagged); 80, 80, 61 → 19 (not).
    const hundred = aggregateResults({
      entries: [
        { entryId: 'x', categoryId: 'c' },
        { entryId: 'y', categoryId: 'c' },
      ],
      sheets: sheetsOf({ x: { a: 80, b: 80, c: 59 }, y: { a: 80, b: 80, c: 61 } }),
      method: 'mean',
      maxTotal: 100,
      expectedSheets: 3,
    });
    expect(pick(hundred.entries, 'flags', 'disagreeingJudges')).toEqual([
      { entryId: 'y', flags: [], disagreeingJudges: [] },
      { entryId: 'x', flags: ['DISAGREEMENT'], disagreeingJudges: ['c'] },
    ]);
  });

  it('should flag both judges of a two-sheet entry that are too far apart', () => {
    const pair = aggregateResults({
      entries: [{ entryId: 'x', categoryId: 'c' }],
      sheets: sheetsOf({ x: { b: 9, a: 6 } }),
      method: 'mean',
      maxTotal: 10,
      expectedSheets: 2,
    });
    expect(pair.entries[0].disagreeingJudges).toEqual(['a', 'b']);
  });
});

describe('aggregateResults: inputs', () => {
  const build = (): AggregationInput => ({
    entries: [
      { entryId: 'P', categoryId: 'c1' },
      { entryId: 'Q', categoryId: 'c2' },
      { entryId: 'X', categoryId: 'c1' },
      { entryId: 'Y', categoryId: 'c2' },
    ],
    sheets: sheetsOf({
      P: { H: 6, A: 8.5 },
      Q: { B: 9, C: 8.5 },
      X: { H: 4, B: 7 },
      Y: { A: 7.5, D: 8 },
    }),
    method: 'zscore',
    maxTotal: 10,
    expectedSheets: 2,
  });

  it('should not modify its inputs and give the same result every time, whatever the sheet order', () => {
    const input = deepFreeze(build());
    const snapshot = structuredClone(input);
    const first = aggregateResults(input);
    expect(input).toEqual(snapshot);
    expect(aggregateResults(input)).toEqual(first);
    const shuffled = build();
    shuffled.sheets = [...shuffled.sheets].reverse();
    shuffled.entries = [
      shuffled.entries[0],
      shuffled.entries[3],
      shuffled.entries[2],
      shuffled.entries[1],
    ];
    expect(aggregateResults(shuffled)).toEqual(first);
    for (const method of ['mean', 'trimmed'] as const)
      expect(aggregateResults(deepFreeze({ ...build(), method }))).toEqual(
        aggregateResults({ ...build(), method }),
      );
  });

  it('should ignore sheets of unknown entries and handle an empty round', () => {
    const withStray = build();
    withStray.sheets = [...withStray.sheets, { entryId: 'ghost', judgeId: 'H', total: 0 }];
    expect(aggregateResults(withStray)).toEqual(aggregateResults(build()));
    expect(aggregateResults({ ...build(), entries: [], sheets: [] })).toEqual({
      entries: [],
      judges: [],
    });
  });

  it('should refuse nonsense parameters', () => {
    expect(() => aggregateResults({ ...build(), maxTotal: 0 })).toThrow(RangeError);
    expect(() => aggregateResults({ ...build(), expectedSheets: -1 })).toThrow(RangeError);
    expect(() =>
      aggregateResults({ ...build(), sheets: [{ entryId: 'P', judgeId: 'A', total: Number.NaN }] }),
    ).toThrow(RangeError);
  });
});

describe(defaultDisagreementDistance.name, () => {
  it('should be 2 points per 10 of the maximum, exact at four decimals', () => {
    expect(defaultDisagreementDistance(10)).toBe(2);
    expect(defaultDisagreementDistance(6.5)).toBe(1.3);
    expect(defaultDisagreementDistance(100)).toBe(20);
    expect(defaultDisagreementDistance(0.0007)).toBe(0.0001);
    expect(defaultDisagreementDistance(0)).toBe(0);
  });

  it('should be the distance aggregateResults uses when none is given', () => {
    // 6.5 points: 1.3 apart is not a disagreement, 1.3001 is.
    const input = (far: number): AggregationInput => ({
      entries: [{ entryId: 'x', categoryId: 'c' }],
      sheets: sheetsOf({ x: { a: 5, b: 5 - far } }),
      method: 'mean',
      maxTotal: 6.5,
      expectedSheets: 2,
    });
    expect(aggregateResults(input(1.3)).entries[0].flags).toEqual([]);
    expect(aggregateResults(input(1.3001)).entries[0].flags).toEqual(['DISAGREEMENT']);
  });
});

describe(disagreementDistance.name, () => {
  const weighted = {
    criteria: [
      { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25 },
      { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25, weight: 0.3 },
    ],
  };

  it("should be the round's own distance, or the default for its rubric's weighted maximum", () => {
    expect(disagreementDistance(weighted, null)).toBe(1.3);
    expect(disagreementDistance(weighted, 3)).toBe(3);
    expect(disagreementDistance(weighted, 0)).toBe(0);
  });
});

describe(suggestTier.name, () => {
  const thresholds = [
    { tierCode: 'C', minScore: 7 },
    { tierCode: 'A', minScore: 9 },
    { tierCode: 'KK', minScore: 6 },
    { tierCode: 'B', minScore: 8 },
  ];

  it('should suggest the highest tier reached, boundaries included', () => {
    expect(suggestTier(10, thresholds)).toBe('A');
    expect(suggestTier(9, thresholds)).toBe('A');
    expect(suggestTier(8.9999, thresholds)).toBe('B');
    expect(suggestTier(8, thresholds)).toBe('B');
    expect(suggestTier(7.5, thresholds)).toBe('C');
    expect(suggestTier(6, thresholds)).toBe('KK');
  });

  it('should suggest nothing below every threshold', () => {
    expect(suggestTier(5.9999, thresholds)).toBeNull();
    expect(suggestTier(9, [])).toBeNull();
    expect(suggestTier(Number.NaN, thresholds)).toBeNull();
  });

  it('should not let floating drift cross a boundary', () => {
    // (8.1 + 9.2 + 9.7) / 3 is 27 / 3 = 9, but 8.999999999999998 in floats: still A at four decimals.
    expect((8.1 + 9.2 + 9.7) / 3).toBeLessThan(9);
    expect(suggestTier((8.1 + 9.2 + 9.7) / 3, thresholds)).toBe('A');
  });
});

describe(tierThresholds.name, () => {
  const conventional = [
    { code: 'DB', label: 'Giải Đặc biệt', targetCount: 1 },
    { code: 'A', label: 'Giải A', targetCount: 5 },
    { code: 'B', label: 'Giải B', targetCount: 10 },
    { code: 'C', label: 'Giải C', targetCount: 16 },
    { code: 'KK', label: 'Giải Khuyến khích', targetCount: 27 },
  ];
  const ordinal = [
    { code: 'NHAT', label: 'Giải Nhất', targetCount: 1, minScore: 9 },
    { code: 'NHI', label: 'Giải Nhì', targetCount: 2, minScore: 8.5 },
    { code: 'BA', label: 'Giải Ba', targetCount: 3, minScore: 7.75 },
    { code: 'KK', label: 'Giải Khuyến khích', targetCount: 5, minScore: null },
  ];

  it('should keep the conventional thresholds while no tier has its own', () => {
    expect(tierThresholds(conventional, 10)).toEqual([
      { tierCode: 'DB', minScore: 9.5 },
      { tierCode: 'A', minScore: 9 },
      { tierCode: 'B', minScore: 8 },
      { tierCode: 'C', minScore: 7 },
      { tierCode: 'KK', minScore: 6 },
    ]);
    // Unconventional codes get nothing then, as before.
    expect(
      tierThresholds(
        ordinal.map((tier) => ({ ...tier, minScore: null })),
        10,
      ),
    ).toEqual([{ tierCode: 'KK', minScore: 6 }]);
    expect(tierThresholds([], 10)).toEqual([]);
  });

  it('should use only the configured thresholds once any tier has one', () => {
    expect(tierThresholds(ordinal, 10)).toEqual([
      { tierCode: 'NHAT', minScore: 9 },
      { tierCode: 'NHI', minScore: 8.5 },
      { tierCode: 'BA', minScore: 7.75 },
    ]);
    // A conventional code without a threshold is no longer suggested: A stays empty, B starts at 8.
    const configured: Record<string, number> = { DB: 9.5, B: 8, C: 7, KK: 6 };
    const withoutA = conventional.map((tier) => ({
      ...tier,
      minScore: configured[tier.code] ?? null,
    }));
    const thresholds = tierThresholds(withoutA, 10);
    expect(thresholds.map((threshold) => threshold.tierCode)).toEqual(['DB', 'B', 'C', 'KK']);
    expect(suggestTier(9.25, thresholds)).toBe('B');
    expect(suggestTier(9.5, thresholds)).toBe('DB');
  });

  it('should scale thresholds to the rubric maximum (a 15-point rubric)', () => {
    const thresholds = tierThresholds(ordinal, 15);
    expect(thresholds).toEqual([
      { tierCode: 'NHAT', minScore: 13.5 },
      { tierCode: 'NHI', minScore: 12.75 },
      { tierCode: 'BA', minScore: 11.625 },
    ]);
    expect(suggestTier(13.5, thresholds)).toBe('NHAT');
    expect(suggestTier(13.4999, thresholds)).toBe('NHI');
    expect(suggestTier(12.75, thresholds)).toBe('NHI');
    expect(suggestTier(11.625, thresholds)).toBe('BA');
    expect(suggestTier(11.6249, thresholds)).toBeNull();
    // The conventional fallback scales the same way: A at 9 of 10 is 13.5 of 15.
    expect(
      tierThresholds(conventional, 15).find((threshold) => threshold.tierCode === 'A'),
    ).toEqual({ tierCode: 'A', minScore: 13.5 });
    expect(
      tierThresholds(conventional, 20).find((threshold) => threshold.tierCode === 'DB'),
    ).toEqual({ tierCode: 'DB', minScore: 19 });
  });

  it('should round a scaled threshold up to the four decimals of scores, never down', () => {
    // 8.33 of 10 on a 7-point rubric is 5.831 exactly; 6.67 of 10 on a 3.3333-point rubric is
    // 2.22331... and must become 2.2234, so that 2.2233 (below the real threshold) gets nothing.
    expect(tierThresholds([{ code: 'A', minScore: 8.33 }], 7)).toEqual([
      { tierCode: 'A', minScore: 5.831 },
    ]);
    const thresholds = tierThresholds([{ code: 'A', minScore: 6.67 }], 3.3333);
    expect(thresholds).toEqual([{ tierCode: 'A', minScore: 2.2234 }]);
    expect(suggestTier(2.2233, thresholds)).toBeNull();
    expect(suggestTier(2.2234, thresholds)).toBe('A');
  });

  it('should suggest the earlier tier when two share a threshold', () => {
    const thresholds = tierThresholds(
      [
        { code: 'A', minScore: 8 },
        { code: 'B', minScore: 8 },
      ],
      10,
    );
    expect(suggestTier(8, thresholds)).toBe('A');
  });

  it('should refuse a rubric without a maximum', () => {
    expect(() => tierThresholds(ordinal, 0)).toThrow(RangeError);
    expect(() => tierThresholds(ordinal, Number.NaN)).toThrow(RangeError);
  });
});
