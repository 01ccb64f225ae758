import { Algorithm, hash } from '@node-rs/argon2';
import type { AwardRules, PrizeTier, TopicPrize } from '@press-award/contracts';
import { Client } from 'pg';
import {
  BINH_DINH_CATEGORIES,
  BINH_DINH_RULES,
  BINH_DINH_TIERS,
  categoryId,
  NATIONAL_CATEGORIES,
  NATIONAL_RULES,
  NATIONAL_TIERS,
  NATIONAL_TOPICS,
} from './demo-awards';
import {
  ADMIN,
  BINH_DINH_ORGANIZER,
  DEMO_IDS,
  DEMO_PASSWORD,
  MEMBERS,
  ORGANIZER,
  USERS,
} from './demo-people';

/**
 * The demo data `npm start` loads: the 5th national award (2020), the Bình Định provincial award
 * (2020) that forwards its winners to it, and two editions of Gia Lai (Bình Định's province since
 * 1 July 2025), with people in every role. Each award starts open, as it was announced; the demo
 * seeders then replay its timeline through the real services (see demo-entries.seeder.ts). Fixed
 * ids make it idempotent: a second run changes nothing.
 */
export {
  BINH_DINH_JUDGES,
  DEMO_ACCOUNTS,
  DEMO_IDS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  GIA_LAI_PRESS,
} from './demo-people';

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
        `INSERT INTO users (id, email, password_hash, full_name, pen_name, organization_name, is_admin, account_kind)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [
          user.id,
          user.email,
          passwordHash,
          user.fullName,
          user.penName ?? null,
          user.organizationName ?? null,
          user.isAdmin ?? false,
          user.accountKind ?? 'person',
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
    for (const { awardId, user, role, organizationName, title } of MEMBERS) {
      await client.query(
        `INSERT INTO award_members (award_id, user_id, role, organization_name, title, invited_by)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [
          awardId,
          user.id,
          role,
          organizationName ?? user.organizationName ?? null,
          title ?? null,
          ADMIN.id,
        ],
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
