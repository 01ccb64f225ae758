import type { AwardRules } from '@press-award/contracts';
import { DEFAULT_FILE_RULES } from '@press-award/domain';

/** Valid rules for an award that is open now: window over the past year, deadline next month. */
export function buildRules(overrides: Partial<AwardRules> = {}, now = new Date()): AwardRules {
  const day = (offsetDays: number) =>
    new Date(now.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  return {
    publicationFrom: day(-365),
    publicationTo: day(-1),
    submissionDeadline: new Date(now.getTime() + 30 * 86_400_000)
      .toISOString()
      .replace('Z', '+00:00'),
    maxEntriesPerAuthor: 2,
    maxCoAuthors: 5,
    maxSeriesParts: 5,
    languages: ['vi'],
    files: { print: DEFAULT_FILE_RULES.print, tv: DEFAULT_FILE_RULES.tv },
    ...overrides,
  };
}

/** Two categories of the same media type, for what is ranked or advanced per category. */
export const PRINT_AND_ONLINE_CATEGORIES = [
  { code: 'IN', name: 'Báo in', mediaType: 'print' },
  { code: 'DT', name: 'Báo điện tử', mediaType: 'print' },
];

export function buildAward(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Giải báo chí về xây dựng Đảng năm 2026',
    edition: 11,
    year: 2026,
    level: 'provincial',
    rules: buildRules(),
    prizeTiers: [
      { code: 'A', label: 'Giải A', targetCount: 1, prizeMoney: 15_000_000 },
      { code: 'KK', label: 'Giải Khuyến khích', targetCount: 5 },
    ],
    categories: [{ code: 'IN', name: 'Báo in', mediaType: 'print', genres: ['Phóng sự'] }],
    ...overrides,
  };
}

export function buildEntry(categoryId: string, overrides: Record<string, unknown> = {}) {
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  return {
    categoryId,
    title: 'Đảng bộ xã vùng cao và cuộc chiến với đói nghèo',
    genre: 'Phóng sự',
    language: 'vi',
    summary: 'Loạt phóng sự về công tác xây dựng Đảng ở cơ sở.',
    parts: [
      { title: 'Kỳ 1: Những đảng viên cắm bản', outlet: 'Báo Bình Định', publishedAt: yesterday },
    ],
    authors: [
      {
        fullName: 'Đặng Thị Hồng Nhung',
        penName: 'Hồng Nhung',
        role: 'author',
        organizationName: 'Báo Bình Định',
        dateOfBirth: '1985-03-08',
      },
    ],
    ...overrides,
  };
}
