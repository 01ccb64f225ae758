import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthorRole, EntryProvenance } from '@press-award/contracts';
import { normalizePersonName } from '@press-award/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { JudgingService } from '../app/judging/judging.service';
import { JuryService } from '../app/jury/jury.service';
import { ResultsService } from '../app/results/results.service';
import { BINH_DINH_JUDGES, DEMO_IDS } from './demo-data';

const SEEDER_ID = 'd0000000-0000-4000-8000-000000000001';
const BINH_DINH_ORGANIZER_ID = 'd0000000-0000-4000-8000-000000000007';
const REPORTER_1 = 'd0000000-0000-4000-8000-000000000008';
const REPORTER_2 = 'd0000000-0000-4000-8000-000000000009';

interface DemoAuthor {
  fullName: string;
  penName: string;
  role?: AuthorRole;
  organizationName: string;
  userId?: string;
}

interface DemoWinner {
  category: string;
  title: string;
  outlet: string;
  publishedAt: string;
  authors: DemoAuthor[];
  submitterId: string;
  tierCode: string | null;
  /** The two judges' scores (content, craft), for the edition that is still to be published. */
  scores?: [[number, number], [number, number]];
}

const NHUNG: DemoAuthor = { fullName: 'Đặng Thị Hồng Nhung', penName: 'Hồng Nhung', organizationName: 'Báo Bình Định', userId: REPORTER_1 };
const DUC: DemoAuthor = { fullName: 'Trương Minh Đức', penName: 'Minh Đức', organizationName: 'Đài PT-TH Bình Định', userId: REPORTER_2 };

/** Bình Định 2020, published: its A and B winners went on to the national award. */
const BINH_DINH_2020: DemoWinner[] = [
  { category: 'IN', title: 'Ngăn chặn suy thoái tư tưởng chính trị từ chi bộ', outlet: 'Báo Bình Định', publishedAt: '2020-05-19', authors: [NHUNG], submitterId: REPORTER_1, tierCode: 'A' },
  { category: 'DT', title: 'Đảng viên trẻ ở vùng biên', outlet: 'binhdinhtv.vn', publishedAt: '2020-08-02', authors: [DUC], submitterId: REPORTER_2, tierCode: 'B' },
  { category: 'IN', title: 'Khi người đứng đầu nêu gương', outlet: 'Báo Bình Định', publishedAt: '2020-03-12', authors: [{ fullName: 'Võ Thị Thu Hà', penName: 'Thu Hà', organizationName: 'Báo Bình Định' }], submitterId: REPORTER_1, tierCode: 'B' },
  { category: 'PT', title: 'Chi bộ thôn và những mùa mưa lũ', outlet: 'Đài PT-TH Bình Định', publishedAt: '2020-01-15', authors: [{ fullName: 'Huỳnh Văn Lộc', penName: 'Huỳnh Lộc', organizationName: 'Đài PT-TH Bình Định' }], submitterId: REPORTER_2, tierCode: 'C' },
  { category: 'DT', title: 'Giữ vững trận địa tư tưởng trên không gian mạng', outlet: 'baobinhdinh.vn', publishedAt: '2020-06-21', authors: [{ fullName: 'Phan Thanh Tùng', penName: 'Thanh Tùng', organizationName: 'Báo Bình Định' }], submitterId: REPORTER_1, tierCode: 'C' },
  { category: 'TH', title: 'Bí thư xã người Ba Na', outlet: 'BTV', publishedAt: '2020-04-30', authors: [{ fullName: 'Lê Quang Vinh', penName: 'Quang Vinh', organizationName: 'Đài PT-TH Bình Định' }, { fullName: 'Phạm Thị Ngọc Ánh', penName: 'Ngọc Ánh', role: 'camera', organizationName: 'Đài PT-TH Bình Định' }], submitterId: REPORTER_2, tierCode: 'C' },
  { category: 'AN', title: 'Khoảnh khắc đảng viên nơi tuyến đầu chống dịch', outlet: 'Báo Bình Định', publishedAt: '2020-04-08', authors: [{ fullName: 'Nguyễn Hoàng Ánh', penName: 'Hoàng Ánh', organizationName: 'Báo Bình Định' }], submitterId: REPORTER_1, tierCode: 'KK' },
  { category: 'IN', title: 'Sinh hoạt chi bộ: chất lượng từ những điều giản dị', outlet: 'Báo Bình Định', publishedAt: '2019-12-03', authors: [{ fullName: 'Trần Ngọc Ẩn', penName: 'Ngọc Ẩn', organizationName: 'Báo Bình Định' }], submitterId: REPORTER_1, tierCode: 'KK' },
];

/** Bình Định 2025: scored by two judges (one disagreement), prizes decided, waiting to be published. */
const BINH_DINH_2025: DemoWinner[] = [
  { category: 'IN', title: 'Đổi mới phương thức lãnh đạo của Đảng ở cơ sở', outlet: 'Báo Bình Định', publishedAt: '2025-03-03', authors: [NHUNG], submitterId: REPORTER_1, tierCode: 'A', scores: [[4.75, 4.5], [4.5, 4.5]] },
  { category: 'DT', title: 'Chuyển đổi số trong sinh hoạt chi bộ', outlet: 'binhdinhtv.vn', publishedAt: '2025-05-20', authors: [DUC], submitterId: REPORTER_2, tierCode: 'B', scores: [[4.25, 4.25], [4, 4.25]] },
  { category: 'PT', title: 'Tiếng nói từ những chi bộ vùng cao', outlet: 'Đài PT-TH Bình Định', publishedAt: '2025-02-11', authors: [{ fullName: 'Huỳnh Văn Lộc', penName: 'Huỳnh Lộc', organizationName: 'Đài PT-TH Bình Định' }], submitterId: REPORTER_2, tierCode: 'C', scores: [[3.75, 3.75], [4, 3.75]] },
  { category: 'TH', title: 'Người giữ lửa ở làng biển Nhơn Lý', outlet: 'BTV', publishedAt: '2025-07-27', authors: [{ fullName: 'Lê Quang Vinh', penName: 'Quang Vinh', organizationName: 'Đài PT-TH Bình Định' }, { fullName: 'Phạm Thị Ngọc Ánh', penName: 'Ngọc Ánh', role: 'camera', organizationName: 'Đài PT-TH Bình Định' }], submitterId: REPORTER_2, tierCode: 'C', scores: [[4, 4], [3, 2.5]] },
  { category: 'AN', title: 'Đảng viên trên tuyến đầu chống hạn', outlet: 'Báo Bình Định', publishedAt: '2025-04-16', authors: [{ fullName: 'Nguyễn Hoàng Ánh', penName: 'Hoàng Ánh', organizationName: 'Báo Bình Định' }], submitterId: REPORTER_1, tierCode: 'KK', scores: [[3.25, 3.25], [3.5, 3.25]] },
  { category: 'IN', title: 'Nêu gương từ những việc nhỏ', outlet: 'Báo Bình Định', publishedAt: '2025-01-09', authors: [{ fullName: 'Võ Thị Thu Hà', penName: 'Thu Hà', organizationName: 'Báo Bình Định' }], submitterId: REPORTER_1, tierCode: null, scores: [[3, 2.5], [3, 2.75]] },
];

/**
 * Demo results: the published Bình Định 2020 award with its winners (the A and B winners forwarded to
 * the national award, with their provenance), and the Bình Định 2025 edition scored, decided and
 * waiting for publication. Runs once, after the national demo entries.
 */
@Injectable()
export class DemoResultsSeeder {
  private readonly logger = new Logger(DemoResultsSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jury: JuryService,
    private readonly judging: JudgingService,
    private readonly results: ResultsService,
  ) {}

  async seed(): Promise<boolean> {
    const existing: unknown[] = await this.db.query('SELECT 1 FROM entries WHERE award_id = ANY($1::uuid[]) LIMIT 1', [[DEMO_IDS.binhDinhAward, DEMO_IDS.decidedAward]]);
    if (existing.length) return false;
    await this.seedPublished2020();
    await this.seedDecided2025();
    this.logger.log('Demo results: Bình Định 2020 published (A and B forwarded), Bình Định 2025 decided and ready to publish');
    return true;
  }

  private async seedPublished2020(): Promise<void> {
    const awardId = DEMO_IDS.binhDinhAward;
    const ids = await this.insertEntries(awardId, '2020-5B00', '2020-10-01T09:00:00+07:00', BINH_DINH_2020);
    await this.jury.issueCodes(awardId, SEEDER_ID);
    await this.db.transaction(async (manager) => {
      for (const [index, winner] of BINH_DINH_2020.entries()) {
        await manager.query(`INSERT INTO prize_decisions (award_id, entry_id, tier_code, decided_by) VALUES ($1, $2, $3, $4)`, [awardId, ids[index], winner.tierCode, BINH_DINH_ORGANIZER_ID]);
      }
      await manager.query(`UPDATE awards SET published_at = '2020-12-28T09:00:00+07:00' WHERE id = $1`, [awardId]);
      // The national demo entries of the same two works came from here: record where they came from.
      const tiers: { code: string; label: string }[] = (await manager.query('SELECT prize_tiers FROM awards WHERE id = $1', [awardId]))[0].prize_tiers;
      const awardName: string = (await manager.query('SELECT name FROM awards WHERE id = $1', [awardId]))[0].name;
      for (const [index, winner] of BINH_DINH_2020.entries()) {
        if (winner.tierCode !== 'A' && winner.tierCode !== 'B') continue;
        const source: { receipt_number: string }[] = await manager.query('SELECT receipt_number FROM entries WHERE id = $1', [ids[index]]);
        const provenance: EntryProvenance = {
          awardId,
          awardName,
          entryId: ids[index] ?? '',
          receiptNumber: source[0]?.receipt_number ?? null,
          tierCode: winner.tierCode,
          tierLabel: tiers.find((tier) => tier.code === winner.tierCode)?.label ?? null,
          forwardedAt: '2021-01-05T09:00:00+07:00',
        };
        await manager.query(
          `UPDATE entries SET forwarded_from_entry_id = $1, provenance = $2 WHERE award_id = $3 AND title = $4 AND forwarded_from_entry_id IS NULL`,
          [ids[index], JSON.stringify(provenance), DEMO_IDS.nationalAward, winner.title],
        );
      }
    });
  }

  private async seedDecided2025(): Promise<void> {
    const awardId = DEMO_IDS.decidedAward;
    const ids = await this.insertEntries(awardId, '2025-5D00', '2025-10-02T09:00:00+07:00', BINH_DINH_2025);
    const codes = await this.jury.issueCodes(awardId, SEEDER_ID);
    const round = await this.jury.createRound(awardId, {
      name: 'Vòng chấm chung khảo',
      order: 1,
      judgesPerEntry: 2,
      rubric: { criteria: [{ key: 'content', name: 'Nội dung, tư tưởng', maxScore: 5, step: 0.25 }, { key: 'craft', name: 'Hình thức thể hiện', maxScore: 5, step: 0.25 }] },
    });
    await this.jury.addEntries(round.id, { entryIds: ids }, SEEDER_ID);
    await this.jury.autoAssign(round.id, { seed: 2025 }, SEEDER_ID);
    await this.jury.changeRoundStatus(round.id, 'open', SEEDER_ID);
    const entryByCode = new Map(codes.codes.map((code) => [code.code, code.entryId]));
    for (const [judgeIndex, judge] of BINH_DINH_JUDGES.entries()) {
      for (const assignment of await this.judging.assignments(judge.id)) {
        const index = ids.indexOf(entryByCode.get(assignment.entryCode) ?? '');
        const scores = BINH_DINH_2025[index]?.scores?.[judgeIndex];
        if (scores) await this.judging.saveSheet(judge.id, assignment.id, { scores: { content: scores[0], craft: scores[1] }, submit: true });
      }
    }
    await this.jury.changeRoundStatus(round.id, 'closed', SEEDER_ID);
    for (const [index, winner] of BINH_DINH_2025.entries()) {
      if (winner.tierCode) await this.results.setPrize(awardId, ids[index] ?? '', { tierCode: winner.tierCode }, BINH_DINH_ORGANIZER_ID);
    }
    await this.db.query(`UPDATE awards SET status = 'decided' WHERE id = $1`, [awardId]);
  }

  /** Eligible entries filed through SQL (the submission rules are tested elsewhere), in the given order. */
  private async insertEntries(awardId: string, receiptPrefix: string, submittedAt: string, winners: DemoWinner[]): Promise<string[]> {
    const categories: { id: string; code: string }[] = await this.db.query('SELECT id, code FROM categories WHERE award_id = $1', [awardId]);
    const ids = winners.map(() => randomUUID());
    await this.db.transaction(async (manager: EntityManager) => {
      for (const [index, winner] of winners.entries()) {
        const entryId = ids[index];
        await manager.query(
          `INSERT INTO entries (id, award_id, category_id, submitter_id, status, title, language, receipt_number, receipt_seq, submitted_at)
           VALUES ($1, $2, $3, $4, 'eligible', $5, 'vi', $6, $7, $8)`,
          [entryId, awardId, categories.find((category) => category.code === winner.category)?.id, winner.submitterId, winner.title, `${receiptPrefix}-${String(index + 1).padStart(5, '0')}`, index + 1, submittedAt],
        );
        await manager.query(`INSERT INTO entry_parts (entry_id, index, title, outlet, published_at) VALUES ($1, 0, $2, $3, $4)`, [entryId, winner.title, winner.outlet, winner.publishedAt]);
        for (const [authorIndex, author] of winner.authors.entries()) {
          await manager.query(
            `INSERT INTO entry_authors (entry_id, index, user_id, full_name, normalized_name, pen_name, role, organization_name)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [entryId, authorIndex, author.userId ?? null, author.fullName, normalizePersonName(author.fullName), author.penName, author.role ?? 'author', author.organizationName],
          );
        }
      }
    });
    return ids;
  }
}
