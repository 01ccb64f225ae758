import { Algorithm, hash } from '@node-rs/argon2';
import type { AwardRules, PrizeTier, TopicPrize } from '@press-award/contracts';
import { DEFAULT_FILE_RULES } from '@press-award/domain';
import { Client } from 'pg';

/**
 * The demo data `npm start` loads: the 5th national award (2020), the Bình Định provincial award
 * (2020) that forwards its winners to it, and two editions of Gia Lai (Bình Định's province since
 * 1 July 2025), with people in every role. Each award starts open, as it was announced; the demo
 * seeders then replay its timeline through the real services (see demo-entries.seeder.ts). Fixed
 * ids make it idempotent: a second run changes nothing.
 */
export const DEMO_PASSWORD = 'Demo2020!vn';

export const DEMO_IDS = {
  nationalAward: '5a000000-0000-4000-8000-000000002020',
  binhDinhAward: '5b000000-0000-4000-8000-000000002020',
  /** The current Gia Lai call, open for entries, so a reporter can try the whole submission. */
  openAward: '5c000000-0000-4000-8000-000000002026',
  /** Gia Lai 2025, judged and decided but not yet published: try the publication yourself. */
  decidedAward: '5d000000-0000-4000-8000-000000002025',
} as const;

interface DemoUser {
  id: string;
  email: string;
  fullName: string;
  penName?: string;
  organizationName?: string;
  isAdmin?: boolean;
  role: string;
}

const ADMIN: DemoUser = {
  id: 'd0000000-0000-4000-8000-000000000001',
  email: 'admin@demo.vn',
  fullName: 'Quản trị hệ thống',
  isAdmin: true,
  role: 'admin',
};
// The national award is chaired by Ban Tổ chức Trung ương; its standing agency, Tạp chí Xây dựng
// Đảng, runs the secretariat. The judges come from the co-organising and central press agencies.
const ORGANIZER: DemoUser = {
  id: 'd0000000-0000-4000-8000-000000000002',
  email: 'tochuc@demo.vn',
  fullName: 'Nguyễn Thị Thanh Hương',
  organizationName: 'Ban Tổ chức Trung ương',
  role: 'organizer (national)',
};
const SECRETARY: DemoUser = {
  id: 'd0000000-0000-4000-8000-000000000003',
  email: 'thuky@demo.vn',
  fullName: 'Lê Văn Hùng',
  organizationName: 'Tạp chí Xây dựng Đảng',
  role: 'secretary (national)',
};
const JUDGES: DemoUser[] = [
  {
    id: 'd0000000-0000-4000-8000-000000000004',
    email: 'giamkhao1@demo.vn',
    fullName: 'Phạm Quang Minh',
    organizationName: 'Tạp chí Cộng sản',
    role: 'judge (national)',
  },
  {
    id: 'd0000000-0000-4000-8000-000000000005',
    email: 'giamkhao2@demo.vn',
    fullName: 'Hoàng Thị Lan Anh',
    organizationName: 'Đài Tiếng nói Việt Nam',
    role: 'judge (national)',
  },
  {
    id: 'd0000000-0000-4000-8000-000000000006',
    email: 'giamkhao3@demo.vn',
    fullName: 'Vũ Đức Thắng',
    organizationName: 'Đài Truyền hình Việt Nam',
    role: 'judge (national)',
  },
];
/** Ran the Bình Định award at the province's organization commission; since 1 July 2025 that is Gia Lai's. */
const BINH_DINH_ORGANIZER: DemoUser = {
  id: 'd0000000-0000-4000-8000-000000000007',
  email: 'tochuc.binhdinh@demo.vn',
  fullName: 'Nguyễn Văn Thành',
  organizationName: 'Ban Tổ chức Tỉnh ủy Gia Lai',
  role: 'organizer (Gia Lai, formerly Bình Định)',
};
/** Since 1 July 2025 the provincial newspaper and radio-TV station are one agency of the merged province. */
export const GIA_LAI_PRESS = 'Báo và Phát thanh, Truyền hình Gia Lai';
const REPORTERS: DemoUser[] = [
  {
    id: 'd0000000-0000-4000-8000-000000000008',
    email: 'phongvien1@demo.vn',
    fullName: 'Đặng Thị Hồng Nhung',
    penName: 'Hồng Nhung',
    organizationName: GIA_LAI_PRESS,
    role: 'reporter',
  },
  {
    id: 'd0000000-0000-4000-8000-000000000009',
    email: 'phongvien2@demo.vn',
    fullName: 'Trương Minh Đức',
    penName: 'Minh Đức',
    organizationName: GIA_LAI_PRESS,
    role: 'reporter',
  },
];
/** The Gia Lai 2025 jury: from bodies other than the entrants' agency, so no conflict of interest. */
export const BINH_DINH_JUDGES: DemoUser[] = [
  {
    id: 'd0000000-0000-4000-8000-000000000010',
    email: 'giamkhao.binhdinh1@demo.vn',
    fullName: 'Võ Thành Nam',
    organizationName: 'Hội Nhà báo tỉnh Gia Lai',
    role: 'judge (Gia Lai)',
  },
  {
    id: 'd0000000-0000-4000-8000-000000000011',
    email: 'giamkhao.binhdinh2@demo.vn',
    fullName: 'Lý Thị Mai',
    organizationName: 'Trường Chính trị tỉnh Gia Lai',
    role: 'judge (Gia Lai)',
  },
];
/** The demo's people, for the seeders that act as them. */
export const DEMO_PEOPLE = {
  admin: ADMIN.id,
  organizer: ORGANIZER.id,
  secretary: SECRETARY.id,
  judges: JUDGES.map((judge) => judge.id),
  provincialOrganizer: BINH_DINH_ORGANIZER.id,
  reporters: REPORTERS.map((reporter) => reporter.id),
} as const;
const USERS: DemoUser[] = [
  ADMIN,
  ORGANIZER,
  SECRETARY,
  ...JUDGES,
  BINH_DINH_ORGANIZER,
  ...REPORTERS,
  ...BINH_DINH_JUDGES,
];

export const DEMO_ACCOUNTS = USERS.map((user) => ({
  role: user.role,
  email: user.email,
  password: DEMO_PASSWORD,
}));

/** Each membership carries the member's body at the time of that edition. */
const MEMBERS: {
  awardId: string;
  user: DemoUser;
  role: 'organizer' | 'secretary' | 'judge';
  organizationName?: string;
}[] = [
  { awardId: DEMO_IDS.openAward, user: BINH_DINH_ORGANIZER, role: 'organizer' },
  { awardId: DEMO_IDS.nationalAward, user: ORGANIZER, role: 'organizer' },
  { awardId: DEMO_IDS.nationalAward, user: SECRETARY, role: 'secretary' },
  ...JUDGES.map((user) => ({ awardId: DEMO_IDS.nationalAward, user, role: 'judge' as const })),
  {
    awardId: DEMO_IDS.binhDinhAward,
    user: BINH_DINH_ORGANIZER,
    role: 'organizer',
    organizationName: 'Ban Tổ chức Tỉnh ủy Bình Định',
  },
  { awardId: DEMO_IDS.decidedAward, user: BINH_DINH_ORGANIZER, role: 'organizer' },
  ...BINH_DINH_JUDGES.map((user) => ({
    awardId: DEMO_IDS.decidedAward,
    user,
    role: 'judge' as const,
  })),
];

const M = 1_000_000;

const NATIONAL_RULES: AwardRules = {
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
const NATIONAL_TIERS: PrizeTier[] = [
  { code: 'DB', label: 'Giải Đặc biệt', targetCount: 1, prizeMoney: 300 * M, minScore: 9.5 },
  { code: 'A', label: 'Giải A', targetCount: 5, prizeMoney: 100 * M, minScore: 9 },
  { code: 'B', label: 'Giải B', targetCount: 10, prizeMoney: 75 * M, minScore: 8 },
  { code: 'C', label: 'Giải C', targetCount: 15, prizeMoney: 50 * M, minScore: 7 },
  { code: 'KK', label: 'Giải Khuyến khích', targetCount: 25, prizeMoney: 30 * M, minScore: 6 },
];

const NATIONAL_TOPICS: TopicPrize[] = [
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

const NATIONAL_CATEGORIES = [
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

const BINH_DINH_RULES: AwardRules = {
  publicationFrom: '2019-10-01',
  publicationTo: '2020-09-30',
  submissionDeadline: '2020-10-05T17:00:00+07:00',
  maxEntriesPerAuthor: 2,
  maxCoAuthors: 5,
  maxSeriesParts: 5,
  languages: ['vi'],
  files: { ...DEFAULT_FILE_RULES },
};

const BINH_DINH_TIERS: PrizeTier[] = [
  { code: 'A', label: 'Giải A', targetCount: 1, prizeMoney: 15 * M, minScore: 9 },
  { code: 'B', label: 'Giải B', targetCount: 2, prizeMoney: 10 * M, minScore: 8 },
  { code: 'C', label: 'Giải C', targetCount: 3, prizeMoney: 7 * M, minScore: 7 },
  { code: 'KK', label: 'Giải Khuyến khích', targetCount: 5, prizeMoney: 3 * M, minScore: 6 },
];

const BINH_DINH_CATEGORIES = [
  { code: 'IN', name: 'Báo in', mediaType: 'print', genres: [] },
  { code: 'DT', name: 'Báo điện tử', mediaType: 'online', genres: [] },
  { code: 'PT', name: 'Phát thanh', mediaType: 'radio', genres: [] },
  { code: 'TH', name: 'Truyền hình', mediaType: 'tv', genres: [] },
  { code: 'AN', name: 'Ảnh báo chí', mediaType: 'photo', genres: [] },
];

/** A stable id per (award, category code), so re-seeding finds the same rows. */
function categoryId(awardId: string, index: number): string {
  return `${awardId.slice(0, 2)}c00000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
}

export async function seedDemoData(url: string): Promise<{ created: boolean }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    // One seeder at a time, even with two API instances starting together.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('press-award-demo-seed'))`);
    const existing = await client.query('SELECT 1 FROM awards WHERE id = $1', [
      DEMO_IDS.nationalAward,
    ]);
    if (existing.rowCount) {
      await client.query('COMMIT');
      return { created: false };
    }
    const passwordHash = await hash(DEMO_PASSWORD, {
      algorithm: Algorithm.Argon2id,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    for (const user of USERS) {
      await client.query(
        `INSERT INTO users (id, email, password_hash, full_name, pen_name, organization_name, is_admin)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [
          user.id,
          user.email,
          passwordHash,
          user.fullName,
          user.penName ?? null,
          user.organizationName ?? null,
          user.isAdmin ?? false,
        ],
      );
    }
    const awards: {
      id: string;
      name: string;
      edition: number;
      level: string;
      status: string;
      organizerName: string;
      place: string;
      description: string;
      rules: AwardRules;
      tiers: PrizeTier[];
      topics: TopicPrize[];
      categories: { code: string; name: string; mediaType: string; genres: string[] }[];
      creator: string;
    }[] = [
      {
        id: DEMO_IDS.nationalAward,
        // The edition and year are shown beside the name ("lần thứ V – năm 2020"), never inside it.
        name: 'Giải báo chí toàn quốc về xây dựng Đảng (Giải Búa liềm vàng)',
        edition: 5,
        level: 'national',
        // Central bodies date their documents at Hà Nội; a provincial body at its province's name.
        place: 'Hà Nội',
        // Open for entries until 10 November 2020; the demo seeder closes it and starts the judging then.
        status: 'open',
        organizerName: 'Ban Tổ chức Trung ương',
        description:
          'Ban Tổ chức Trung ương chủ trì, phối hợp với Báo Nhân Dân, Tạp chí Cộng sản, Đài Truyền hình Việt Nam và Hội Nhà báo Việt Nam tổ chức; cơ quan thường trực là Tạp chí Xây dựng Đảng. ' +
          'Năm 2020 Ban Tổ chức nhận 1.710 tác phẩm: báo in 730, báo điện tử 400, truyền hình 397, phát thanh 139, ảnh 44.',
        rules: NATIONAL_RULES,
        tiers: NATIONAL_TIERS,
        topics: NATIONAL_TOPICS,
        categories: NATIONAL_CATEGORIES,
        creator: ORGANIZER.id,
      },
      {
        id: DEMO_IDS.binhDinhAward,
        // Only the national award is the Golden Hammer and Sickle; the 2020 editions keep the province's old name.
        name: 'Giải báo chí về xây dựng Đảng tỉnh Bình Định',
        edition: 5,
        level: 'provincial',
        place: 'Bình Định',
        // Open until 5 October 2020; the demo seeder judges it, publishes it and forwards its winners before the national deadline.
        status: 'open',
        organizerName: 'Ban Tổ chức Tỉnh ủy Bình Định',
        description:
          'Theo Kế hoạch số 37-KH/BTCTU của Ban Tổ chức Tỉnh ủy. Các tác phẩm đoạt giải A, B được giới thiệu dự Giải Búa liềm vàng toàn quốc lần thứ V.',
        rules: BINH_DINH_RULES,
        tiers: BINH_DINH_TIERS,
        topics: [] as TopicPrize[],
        categories: BINH_DINH_CATEGORIES,
        creator: BINH_DINH_ORGANIZER.id,
      },
    ];
    // Its dates follow the day the demo is loaded: the window covers the past year, the call closes in 45 days.
    const now = new Date();
    const day = (offset: number) =>
      new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    awards.push({
      id: DEMO_IDS.openAward,
      // Since 1 July 2025 Bình Định is part of Gia Lai: the current call is Gia Lai's.
      name: 'Giải báo chí về xây dựng Đảng tỉnh Gia Lai',
      edition: 11,
      level: 'provincial',
      place: 'Gia Lai',
      status: 'open',
      organizerName: 'Ban Tổ chức Tỉnh ủy Gia Lai',
      description:
        'Đang nhận tác phẩm: báo in, báo điện tử, phát thanh, truyền hình và ảnh báo chí.',
      rules: {
        ...BINH_DINH_RULES,
        publicationFrom: day(-365),
        publicationTo: day(0),
        submissionDeadline: new Date(now.getTime() + 45 * 86_400_000)
          .toISOString()
          .replace(/\.\d{3}Z$/, '+00:00'),
      },
      tiers: BINH_DINH_TIERS,
      topics: [] as TopicPrize[],
      categories: BINH_DINH_CATEGORIES,
      creator: BINH_DINH_ORGANIZER.id,
    });
    awards.push({
      id: DEMO_IDS.decidedAward,
      name: 'Giải báo chí về xây dựng Đảng tỉnh Gia Lai',
      edition: 10,
      level: 'provincial',
      place: 'Gia Lai',
      // Open until 5 October 2025; the demo results seeder files, screens and scores it, decides the prizes and leaves it `decided`.
      status: 'open',
      organizerName: 'Ban Tổ chức Tỉnh ủy Gia Lai',
      description:
        'Giải đầu tiên của tỉnh Gia Lai sau khi hợp nhất với tỉnh Bình Định (từ ngày 01/07/2025). Hội đồng đã chấm xong và Ban Tổ chức đã quyết định cơ cấu giải; kết quả chờ công bố.',
      rules: {
        ...BINH_DINH_RULES,
        publicationFrom: '2024-10-01',
        publicationTo: '2025-09-30',
        submissionDeadline: '2025-10-05T17:00:00+07:00',
      },
      tiers: BINH_DINH_TIERS,
      topics: [] as TopicPrize[],
      categories: BINH_DINH_CATEGORIES,
      creator: BINH_DINH_ORGANIZER.id,
    });
    const years: Record<string, number> = {
      [DEMO_IDS.openAward]: now.getFullYear(),
      [DEMO_IDS.decidedAward]: 2025,
    };
    for (const award of awards) {
      await client.query(
        `INSERT INTO awards (id, name, edition, year, level, status, organizer_name, description, rules, prize_tiers, topic_prizes, created_by, place)
         VALUES ($1, $2, $3, $12, $4, $5, $6, $7, $8, $9, $10, $11, $13) ON CONFLICT DO NOTHING`,
        [
          award.id,
          award.name,
          award.edition,
          award.level,
          award.status,
          award.organizerName,
          award.description,
          JSON.stringify(award.rules),
          JSON.stringify(award.tiers),
          JSON.stringify(award.topics),
          award.creator,
          years[award.id] ?? 2020,
          award.place,
        ],
      );
      for (const [index, category] of award.categories.entries()) {
        await client.query(
          `INSERT INTO categories (id, award_id, code, name, media_type, genres, sort_order)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
          [
            categoryId(award.id, index),
            award.id,
            category.code,
            category.name,
            category.mediaType,
            JSON.stringify(category.genres),
            index,
          ],
        );
      }
    }
    for (const { awardId, user, role, organizationName } of MEMBERS) {
      await client.query(
        `INSERT INTO award_members (award_id, user_id, role, organization_name, invited_by)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [awardId, user.id, role, organizationName ?? user.organizationName ?? null, ADMIN.id],
      );
    }
    await client.query('COMMIT');
    return { created: true };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
