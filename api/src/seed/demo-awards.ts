/** The demo awards' rules, prize tiers, topic prizes and categories (see demo-data.ts). */
import type { AwardRules, PrizeTier, TopicPrize } from '@press-award/contracts';
import { DEFAULT_FILE_RULES } from '@press-award/domain';

const M = 1_000_000;

export const NATIONAL_RULES: AwardRules = {
  publicationFrom: '2019-11-01',
  publicationTo: '2020-10-31',
  submissionDeadline: '2020-11-10T17:00:00+07:00',
  maxEntriesPerAuthor: 2,
  maxCoAuthors: 10,
  // The 2020 special prize went to a 90-episode TV series.
  maxSeriesParts: 100,
  languages: ['vi', 'km', 'hmn', 'en'],
  files: { ...DEFAULT_FILE_RULES },
};

/**
 * The 2020 plan: targets, not caps (the jury gave 16 C and 27 KK against 15 and 25 planned, each
 * extra prize with its note). Suggested from the conventional averages on 10 (Đặc biệt 9.5, A 9,
 * B 8, C 7, KK 6), stated explicitly.
 */
export const NATIONAL_TIERS: PrizeTier[] = [
  { code: 'DB', label: 'Giải Đặc biệt', targetCount: 1, prizeMoney: 300 * M, minScore: 9.5 },
  { code: 'A', label: 'Giải A', targetCount: 5, prizeMoney: 100 * M, minScore: 9 },
  { code: 'B', label: 'Giải B', targetCount: 10, prizeMoney: 75 * M, minScore: 8 },
  { code: 'C', label: 'Giải C', targetCount: 15, prizeMoney: 50 * M, minScore: 7 },
  { code: 'KK', label: 'Giải Khuyến khích', targetCount: 25, prizeMoney: 30 * M, minScore: 6 },
];

export const NATIONAL_TOPICS: TopicPrize[] = [
  {
    code: 'DAI_HOI',
    label: 'Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
    targetCount: null,
    prizeMoney: 20 * M,
  },
  {
    code: 'NEN_TANG',
    label: 'Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch',
    targetCount: null,
    prizeMoney: 20 * M,
  },
  {
    code: 'DIEN_BIEN',
    label: 'Phòng, chống "diễn biến hòa bình", "tự diễn biến", "tự chuyển hóa" trong nội bộ',
    targetCount: null,
    prizeMoney: 20 * M,
  },
  {
    code: 'LY_LUAN',
    label: 'Lý luận về công tác xây dựng Đảng',
    targetCount: null,
    prizeMoney: 20 * M,
  },
  {
    code: 'HO_CHI_MINH',
    label: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    targetCount: null,
    prizeMoney: 20 * M,
  },
  // The rules' conditions, checked against the authors when the prize is decided.
  {
    code: 'CAO_TUOI',
    label: 'Tác giả cao tuổi nhất (từ 70 tuổi trở lên)',
    targetCount: 1,
    prizeMoney: 10 * M,
    condition: { kind: 'authorAgeAtLeast', years: 70 },
  },
  {
    code: 'TRE_NHAT',
    label: 'Tác giả trẻ nhất (dưới 18 tuổi)',
    targetCount: 1,
    prizeMoney: 10 * M,
    condition: { kind: 'authorYoungerThan', years: 18 },
  },
  {
    code: 'KIEU_BAO',
    label: 'Tác giả là người Việt Nam ở nước ngoài',
    targetCount: 1,
    prizeMoney: 10 * M,
    condition: { kind: 'overseasAuthor' },
  },
];

export const NATIONAL_CATEGORIES = [
  {
    code: 'IN1',
    name: 'Báo in 1 – Chính luận, bình luận, phân tích',
    mediaType: 'print',
    genres: ['Chính luận', 'Bình luận', 'Phân tích'],
  },
  {
    code: 'IN2',
    name: 'Báo in 2 – Phóng sự, điều tra, ghi chép',
    mediaType: 'print',
    genres: ['Phóng sự', 'Điều tra', 'Ghi chép'],
  },
  {
    code: 'DT',
    name: 'Báo điện tử',
    mediaType: 'online',
    genres: ['Chính luận', 'Phóng sự', 'Điều tra', 'Ghi chép'],
  },
  {
    code: 'TH',
    name: 'Truyền hình',
    mediaType: 'tv',
    genres: ['Phóng sự', 'Phim tài liệu', 'Chính luận', 'Tọa đàm'],
  },
  {
    code: 'PT',
    name: 'Phát thanh',
    mediaType: 'radio',
    genres: ['Phóng sự', 'Chính luận', 'Tọa đàm', 'Ký sự'],
  },
  {
    code: 'AN',
    name: 'Ảnh báo chí',
    mediaType: 'photo',
    genres: ['Ảnh đơn', 'Bộ ảnh', 'Phóng sự ảnh'],
  },
];

export const BINH_DINH_RULES: AwardRules = {
  publicationFrom: '2019-10-01',
  publicationTo: '2020-09-30',
  submissionDeadline: '2020-10-05T17:00:00+07:00',
  maxEntriesPerAuthor: 2,
  maxCoAuthors: 5,
  maxSeriesParts: 5,
  languages: ['vi'],
  files: { ...DEFAULT_FILE_RULES },
};

export const BINH_DINH_TIERS: PrizeTier[] = [
  { code: 'A', label: 'Giải A', targetCount: 1, prizeMoney: 15 * M, minScore: 9 },
  { code: 'B', label: 'Giải B', targetCount: 2, prizeMoney: 10 * M, minScore: 8 },
  { code: 'C', label: 'Giải C', targetCount: 3, prizeMoney: 7 * M, minScore: 7 },
  { code: 'KK', label: 'Giải Khuyến khích', targetCount: 5, prizeMoney: 3 * M, minScore: 6 },
];

export const BINH_DINH_CATEGORIES = [
  { code: 'IN', name: 'Báo in', mediaType: 'print', genres: [] },
  { code: 'DT', name: 'Báo điện tử', mediaType: 'online', genres: [] },
  { code: 'PT', name: 'Phát thanh', mediaType: 'radio', genres: [] },
  { code: 'TH', name: 'Truyền hình', mediaType: 'tv', genres: [] },
  { code: 'AN', name: 'Ảnh báo chí', mediaType: 'photo', genres: [] },
];

/** A stable id per (award, category code), so re-seeding finds the same rows. */
export function categoryId(awardId: string, index: number): string {
  return `${awardId.slice(0, 2)}c00000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
}
