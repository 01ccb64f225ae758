import fc from 'fast-check';
import { formatBlindCode, issueBlindCodes, type BlindCodeRequest } from './blind-codes';
import { seededRandom } from './seeded-random';

const requests = (categoryCode: string, count: number, prefix = categoryCode): BlindCodeRequest[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, categoryCode }));
const numberOf = (code: string) => Number(code.split('-').pop());

describe(issueBlindCodes.name, () => {
  it('should issue <category>-<4 digits> codes, unique within each category', () => {
    const entries = [...requests('IN1', 40), ...requests('TH', 25), ...requests('A', 3)];
    const codes = issueBlindCodes(entries, seededRandom(1));
    expect(codes.map((code) => code.entryId)).toEqual(entries.map((entry) => entry.id));
    codes.forEach((code, i) => {
      expect(code.code).toMatch(new RegExp(`^${entries[i]!.categoryCode}-\\d{4}$`));
      expect(code.issued).toBe(true);
      expect(numberOf(code.code)).toBeGreaterThanOrEqual(1);
    });
    expect(new Set(codes.map((code) => code.code)).size).toBe(codes.length);
  });

  it('should keep existing codes and never reuse their numbers', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (seed, before, after) => {
          const random = seededRandom(seed);
          const first = issueBlindCodes(requests('PT', before), random);
          const second = issueBlindCodes(
            [
              ...requests('PT', before).map((entry, i) => ({
                ...entry,
                existingCode: first[i]!.code,
              })),
              ...requests('PT', after, 'new'),
            ],
            random,
          );
          expect(second.slice(0, before)).toEqual(
            first.map((code) => ({ ...code, issued: false })),
          );
          expect(second.slice(before).every((code) => code.issued)).toBe(true);
          expect(new Set(second.map((code) => code.code)).size).toBe(before + after);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('should reserve the numbers of existing codes written without padding', () => {
    // 9,997 numbers are taken by padded codes and 42 by `AN-42`: only 7 is left.
    const taken = Array.from({ length: 9999 }, (_, i) => i + 1).filter((n) => n !== 42 && n !== 7);
    const entries: BlindCodeRequest[] = [
      ...taken.map((n) => ({
        id: `old-${n}`,
        categoryCode: 'AN',
        existingCode: formatBlindCode('AN', n),
      })),
      { id: 'odd', categoryCode: 'AN', existingCode: 'AN-42' },
      { id: 'fresh', categoryCode: 'AN' },
    ];
    expect(issueBlindCodes(entries, seededRandom(3)).at(-1)).toEqual({
      entryId: 'fresh',
      code: 'AN-0007',
      issued: true,
    });
  });

  it('should widen the number past 9,999 entries in a category', () => {
    const codes = issueBlindCodes(requests('TH', 10_050), seededRandom(4));
    expect(new Set(codes.map((code) => code.code)).size).toBe(10_050);
    expect(codes.every((code) => /^TH-\d{4,5}$/.test(code.code))).toBe(true);
    expect(codes.some((code) => numberOf(code.code) > 9999)).toBe(true);
  });

  it('should number entries in a random order, not in input order', () => {
    // Over many batches, the first entry's rank among its batch's numbers is uniform, and
    // consecutive entries get increasing numbers half of the time.
    const random = seededRandom(2020);
    const batch = 10;
    const runs = 2000;
    const rankCounts = new Array<number>(batch).fill(0);
    let increasing = 0;
    let sortedBatches = 0;
    for (let run = 0; run < runs; run++) {
      const numbers = issueBlindCodes(requests('IN2', batch), random).map((code) =>
        numberOf(code.code),
      );
      const rank = [...numbers].sort((a, b) => a - b).indexOf(numbers[0]!);
      rankCounts[rank]!++;
      for (let i = 1; i < batch; i++) if (numbers[i]! > numbers[i - 1]!) increasing++;
      if (numbers.every((n, i) => i === 0 || n > numbers[i - 1]!)) sortedBatches++;
    }
    rankCounts.forEach((count) => expect(Math.abs(count - runs / batch)).toBeLessThan(60));
    expect(Math.abs(increasing / (runs * (batch - 1)) - 0.5)).toBeLessThan(0.03);
    expect(sortedBatches).toBeLessThan(3);
  });

  it('should draw in a random order when a category is nearly full as well', () => {
    // 9,979 codes already issued: the 20 new entries share the 20 free numbers.
    const free = new Set(Array.from({ length: 20 }, (_, i) => 100 + i * 397));
    const existing = Array.from({ length: 9999 }, (_, i) => i + 1)
      .filter((n) => !free.has(n))
      .map((n) => ({ id: `old-${n}`, categoryCode: 'PT', existingCode: formatBlindCode('PT', n) }));
    const random = seededRandom(7);
    const firstRanks = new Array<number>(20).fill(0);
    for (let run = 0; run < 100; run++) {
      const issued = issueBlindCodes([...existing, ...requests('PT', 20, 'new')], random).slice(
        existing.length,
      );
      const numbers = issued.map((code) => numberOf(code.code));
      expect(new Set(numbers)).toEqual(free);
      firstRanks[[...numbers].sort((a, b) => a - b).indexOf(numbers[0]!)]!++;
    }
    expect(Math.max(...firstRanks)).toBeLessThan(20);
  });

  it('should not follow alphabetical order of ids either', () => {
    const codes = issueBlindCodes(requests('R', 50), seededRandom(9));
    const byId = [...codes]
      .sort((a, b) => a.entryId.localeCompare(b.entryId))
      .map((code) => numberOf(code.code));
    expect(byId).not.toEqual([...byId].sort((a, b) => a - b));
  });

  it('should refuse a generator outside [0, 1), duplicate ids and codes issued twice', () => {
    expect(() => issueBlindCodes(requests('X', 1), () => 1)).toThrow(RangeError);
    expect(() => issueBlindCodes(requests('X', 1), () => Number.NaN)).toThrow(RangeError);
    expect(() => issueBlindCodes([...requests('X', 1), ...requests('X', 1)], Math.random)).toThrow(
      RangeError,
    );
    expect(() =>
      issueBlindCodes(
        [
          { id: 'a', categoryCode: 'X', existingCode: 'X-0001' },
          { id: 'b', categoryCode: 'X', existingCode: 'X-0001' },
        ],
        Math.random,
      ),
    ).toThrow(RangeError);
  });
});
