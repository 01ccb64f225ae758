import type { CategoryResponse, PrizeResponse, RoundResultResponse } from '@press-award/contracts';
import { decidedChoice, groupRanking, overTarget, sameChoice } from './ranking.model';

function category(id: string, code: string, sortOrder: number): CategoryResponse {
  return {
    id,
    awardId: 'award',
    code,
    name: `Hạng mục ${code}`,
    mediaType: 'print',
    genres: [],
    sortOrder,
  };
}

function result(entryCode: string, categoryId: string, rank: number | null): RoundResultResponse {
  return {
    entryId: `id-${entryCode}`,
    entryCode,
    categoryId,
    sheets: rank === null ? 0 : 3,
    total: rank === null ? null : 10 - rank,
    normalized: rank === null ? null : 10 - rank,
    rank,
    flags: rank === null ? ['MISSING_SHEETS', 'NO_SHEETS'] : [],
    disagreeingJudges: [],
    suggestedTier: null,
  };
}

describe(groupRanking.name, () => {
  const categories = [
    category('tv', 'TH', 3),
    category('print', 'IN', 1),
    category('online', 'DT', 2),
  ];

  it('should make one table per category in the award order, best rank first and unscored last', () => {
    const groups = groupRanking(
      [
        result('TH-0002', 'tv', 1),
        result('IN-0003', 'print', null),
        result('IN-0001', 'print', 2),
        result('IN-0002', 'print', 1),
        result('DT-0001', 'online', 1),
      ],
      categories,
    );
    expect(
      groups.map((group) => [group.category?.code, group.rows.map((row) => row.entryCode)]),
    ).toEqual([
      ['IN', ['IN-0002', 'IN-0001', 'IN-0003']],
      ['DT', ['DT-0001']],
      ['TH', ['TH-0002']],
    ]);
  });

  it('should keep tied entries together ordered by code, and an unknown category last', () => {
    const groups = groupRanking(
      [result('X-1', 'gone', 1), result('IN-0009', 'print', 1), result('IN-0004', 'print', 1)],
      categories,
    );
    expect(
      groups.map((group) => [
        group.categoryId,
        group.category,
        group.rows.map((row) => row.entryCode),
      ]),
    ).toEqual([
      ['print', { code: 'IN', name: 'Hạng mục IN' }, ['IN-0004', 'IN-0009']],
      ['gone', null, ['X-1']],
    ]);
  });
});

describe(sameChoice.name, () => {
  it('should ignore the order of topic prizes but not their content or the tier', () => {
    expect(
      sameChoice(
        { tierCode: 'A', topicPrizes: ['X', 'Y'] },
        { tierCode: 'A', topicPrizes: ['Y', 'X'] },
      ),
    ).toBe(true);
    expect(
      sameChoice({ tierCode: 'A', topicPrizes: ['X'] }, { tierCode: 'A', topicPrizes: ['X', 'Y'] }),
    ).toBe(false);
    expect(
      sameChoice({ tierCode: 'A', topicPrizes: ['X'] }, { tierCode: 'A', topicPrizes: ['Y'] }),
    ).toBe(false);
    expect(
      sameChoice({ tierCode: 'A', topicPrizes: [] }, { tierCode: null, topicPrizes: [] }),
    ).toBe(false);
  });
});

describe(decidedChoice.name, () => {
  it('should read a saved decision and default to no prize', () => {
    const decision: PrizeResponse = {
      entryId: 'e',
      entryCode: 'IN-1',
      title: 'T',
      categoryId: 'print',
      tierCode: 'B',
      topicPrizes: ['X'],
      note: null,
    };
    expect(decidedChoice(decision)).toEqual({ tierCode: 'B', topicPrizes: ['X'] });
    expect(decidedChoice(undefined)).toEqual({ tierCode: null, topicPrizes: [] });
  });
});

describe(overTarget.name, () => {
  it('should count only what goes beyond the plan', () => {
    expect(overTarget({ code: 'C', label: 'Giải C', targetCount: 15, current: 16 })).toBe(1);
    expect(overTarget({ code: 'C', label: 'Giải C', targetCount: 15, current: 15 })).toBe(0);
    expect(overTarget({ code: 'C', label: 'Giải C', targetCount: 15, current: 3 })).toBe(0);
  });
});
