import type { PublicResultResponse } from '@press-award/contracts';
import { authorLine, groupPublicResults, topicLabels } from './public-results.model';

function row(
  overrides: Partial<PublicResultResponse> & Pick<PublicResultResponse, 'entryTitle'>,
): PublicResultResponse {
  return {
    tierCode: 'A',
    tierLabel: 'Giải A',
    topicPrizes: [],
    categoryName: 'Báo in',
    mediaType: 'print',
    authors: [{ fullName: 'Nguyễn Văn A', penName: 'Hồng Lĩnh' }],
    organizationName: 'Báo Bình Định',
    ...overrides,
  };
}

const TIERS = [
  { code: 'DB', label: 'Giải Đặc biệt' },
  { code: 'A', label: 'Giải A' },
  { code: 'B', label: 'Giải B' },
  { code: 'KK', label: 'Giải Khuyến khích' },
];
const CATEGORIES = ['Báo in', 'Báo điện tử', 'Truyền hình'];

describe(groupPublicResults.name, () => {
  it('should order tiers as the award lists them, not as the rows come or alphabetically', () => {
    const groups = groupPublicResults(
      [
        row({ entryTitle: 'KK 1', tierCode: 'KK', tierLabel: 'Giải Khuyến khích' }),
        row({ entryTitle: 'B 1', tierCode: 'B', tierLabel: 'Giải B' }),
        row({ entryTitle: 'ĐB 1', tierCode: 'DB', tierLabel: 'Giải Đặc biệt' }),
        row({ entryTitle: 'A 1', tierCode: 'A' }),
      ],
      TIERS,
      CATEGORIES,
    );
    expect(groups.map((group) => [group.tierCode, group.tierLabel, group.count])).toEqual([
      ['DB', 'Giải Đặc biệt', 1],
      ['A', 'Giải A', 1],
      ['B', 'Giải B', 1],
      ['KK', 'Giải Khuyến khích', 1],
    ]);
  });

  it('should group by category in the award order inside a tier and keep the titles in API order', () => {
    const [tierA] = groupPublicResults(
      [
        row({ entryTitle: 'Phóng sự truyền hình', categoryName: 'Truyền hình', mediaType: 'tv' }),
        row({ entryTitle: 'Bài báo in thứ hai' }),
        row({ entryTitle: 'Bài điện tử', categoryName: 'Báo điện tử', mediaType: 'online' }),
        row({ entryTitle: 'Bài báo in thứ nhất' }),
      ],
      TIERS,
      CATEGORIES,
    );
    expect(
      tierA?.categories.map((category) => [
        category.categoryName,
        category.rows.map((item) => item.entryTitle),
      ]),
    ).toEqual([
      ['Báo in', ['Bài báo in thứ hai', 'Bài báo in thứ nhất']],
      ['Báo điện tử', ['Bài điện tử']],
      ['Truyền hình', ['Phóng sự truyền hình']],
    ]);
    expect(tierA?.count).toBe(4);
  });

  it('should put works with only a topic prize last, and unknown tiers or categories after the known ones', () => {
    const groups = groupPublicResults(
      [
        row({ entryTitle: 'Chuyên đề', tierCode: null, tierLabel: null, topicPrizes: ['DAI_HOI'] }),
        row({ entryTitle: 'Giải lạ', tierCode: 'X', tierLabel: 'Giải X', categoryName: 'Ảnh' }),
        row({ entryTitle: 'Giải A ảnh', categoryName: 'Ảnh' }),
        row({ entryTitle: 'Giải A in' }),
      ],
      TIERS,
      CATEGORIES,
    );
    expect(groups.map((group) => group.tierCode)).toEqual(['A', 'X', null]);
    expect(groups[1]?.tierLabel).toBe('Giải X');
    expect(groups[2]?.tierLabel).toBeNull();
    expect(groups[0]?.categories.map((category) => category.categoryName)).toEqual([
      'Báo in',
      'Ảnh',
    ]);
  });

  it('should return no group for no rows', () => {
    expect(groupPublicResults([], TIERS, CATEGORIES)).toEqual([]);
  });
});

describe(authorLine.name, () => {
  const withPenName = (name: string, penName: string) => `${name} (bút danh ${penName})`;

  it('should add the pen name when there is one', () => {
    expect(authorLine({ fullName: 'Nguyễn Văn A', penName: 'Hồng Lĩnh' }, withPenName)).toBe(
      'Nguyễn Văn A (bút danh Hồng Lĩnh)',
    );
  });

  it('should show only the name without a pen name, with a blank one or with the same one', () => {
    expect(authorLine({ fullName: 'Nguyễn Văn A', penName: null }, withPenName)).toBe(
      'Nguyễn Văn A',
    );
    expect(authorLine({ fullName: 'Nguyễn Văn A', penName: '  ' }, withPenName)).toBe(
      'Nguyễn Văn A',
    );
    expect(authorLine({ fullName: 'Nguyễn Văn A', penName: 'Nguyễn Văn A' }, withPenName)).toBe(
      'Nguyễn Văn A',
    );
  });
});

describe(topicLabels.name, () => {
  it('should label known topic prizes and keep unknown codes visible', () => {
    expect(
      topicLabels(
        ['LY_LUAN', 'OLD'],
        [{ code: 'LY_LUAN', label: 'Lý luận về công tác xây dựng Đảng' }],
      ),
    ).toEqual(['Lý luận về công tác xây dựng Đảng', 'OLD']);
  });
});
