import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AwardsService } from '../app/awards/awards.service';
import { JudgingService } from '../app/judging/judging.service';
import { RoundsService } from '../app/jury/rounds.service';
import { GIA_LAI_2025_COLLECTIVE_PRIZES } from './demo-collective-prizes';
import { CollectivePrizesService } from '../app/results/collective-prizes.service';
import { ResultsService } from '../app/results/results.service';
import { Clock } from '../infra/clock/clock';
import { BINH_DINH_JUDGES, DEMO_IDS, DEMO_PEOPLE, GIA_LAI_PRESS } from './demo-data';
import { DemoFiling, type DemoAuthor, type DemoWork } from './demo-filing';

const [REPORTER_1, REPORTER_2] = DEMO_PEOPLE.reporters;

interface ScoredWork extends DemoWork {
  tierCode: string | null;
  /** The two judges' scores (content, craft). */
  scores: [[number, number], [number, number]];
}

const NHUNG: DemoAuthor = {
  fullName: 'Đặng Thị Hồng Nhung',
  penName: 'Hồng Nhung',
  organizationName: GIA_LAI_PRESS,
  dateOfBirth: '1985-03-08',
  userId: REPORTER_1,
};
const DUC: DemoAuthor = {
  fullName: 'Trương Minh Đức',
  penName: 'Minh Đức',
  organizationName: GIA_LAI_PRESS,
  dateOfBirth: '1990-02-03',
  userId: REPORTER_2,
};
const LOC: DemoAuthor = {
  fullName: 'Huỳnh Văn Lộc',
  penName: 'Huỳnh Lộc',
  organizationName: GIA_LAI_PRESS,
  dateOfBirth: '1979-09-02',
};

/**
 * Gia Lai 2025, the first edition after Bình Định joined Gia Lai (1 July 2025). Works published
 * before the merger carry their outlet's name of the time; the authors' agency is the merged one.
 */
const GIA_LAI_2025: ScoredWork[] = [
  {
    category: 'IN',
    title: 'Đổi mới phương thức lãnh đạo của Đảng ở cơ sở',
    outlet: 'Báo Bình Định',
    publishedAt: '2025-03-03',
    authors: [NHUNG],
    submitterId: REPORTER_1,
    tierCode: 'A',
    scores: [
      [4.75, 4.5],
      [4.5, 4.5],
    ],
  },
  {
    category: 'DT',
    title: 'Chuyển đổi số trong sinh hoạt chi bộ',
    outlet: 'baogialai.com.vn',
    publishedAt: '2025-08-20',
    authors: [DUC],
    submitterId: REPORTER_2,
    tierCode: 'B',
    scores: [
      [4.25, 4.25],
      [4, 4.25],
    ],
  },
  {
    category: 'PT',
    title: 'Tiếng nói từ những chi bộ vùng cao',
    outlet: 'Đài Phát thanh và Truyền hình Bình Định',
    publishedAt: '2025-02-11',
    authors: [LOC],
    submitterId: REPORTER_2,
    tierCode: 'C',
    scores: [
      [3.75, 3.75],
      [4, 3.75],
    ],
  },
  {
    category: 'TH',
    title: 'Người giữ lửa ở làng biển Nhơn Lý',
    outlet: GIA_LAI_PRESS,
    publishedAt: '2025-07-27',
    authors: [
      {
        fullName: 'Lê Quang Vinh',
        penName: 'Quang Vinh',
        organizationName: GIA_LAI_PRESS,
        dateOfBirth: '1981-04-17',
      },
      {
        fullName: 'Phạm Thị Ngọc Ánh',
        penName: 'Ngọc Ánh',
        role: 'camera',
        organizationName: GIA_LAI_PRESS,
        dateOfBirth: '1992-11-05',
      },
    ],
    submitterId: REPORTER_2,
    tierCode: 'C',
    scores: [
      [4, 4],
      [3, 2.5],
    ],
  },
  {
    category: 'AN',
    title: 'Đảng viên trên tuyến đầu chống hạn',
    outlet: 'Báo Bình Định',
    publishedAt: '2025-04-16',
    authors: [
      {
        fullName: 'Nguyễn Hoàng Ánh',
        penName: 'Hoàng Ánh',
        organizationName: GIA_LAI_PRESS,
        dateOfBirth: '1986-01-28',
      },
    ],
    submitterId: REPORTER_1,
    tierCode: 'KK',
    scores: [
      [3.25, 3.25],
      [3.5, 3.25],
    ],
  },
  {
    category: 'IN',
    title: 'Nêu gương từ những việc nhỏ',
    outlet: 'Báo Bình Định',
    publishedAt: '2025-01-09',
    authors: [
      {
        fullName: 'Võ Thị Thu Hà',
        penName: 'Thu Hà',
        organizationName: GIA_LAI_PRESS,
        dateOfBirth: '1983-06-21',
      },
    ],
    submitterId: REPORTER_1,
    tierCode: null,
    scores: [
      [3, 2.5],
      [3, 2.75],
    ],
  },
];

/**
 * Gia Lai 2025, replayed through the real services: entries until 5 October 2025, screened, coded,
 * scored by two judges (one disagreement), prizes decided, and left `decided` so an organizer can
 * publish it. Runs once, after the 2020 story.
 */
@Injectable()
export class DemoResultsSeeder {
  private readonly logger = new Logger(DemoResultsSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly filing: DemoFiling,
    private readonly awards: AwardsService,
    private readonly rounds: RoundsService,
    private readonly judging: JudgingService,
    private readonly results: ResultsService,
    private readonly collectivePrizes: CollectivePrizesService,
  ) {}

  async seed(): Promise<boolean> {
    const existing: unknown[] = await this.db.query(
      'SELECT 1 FROM entries WHERE award_id = $1 LIMIT 1',
      [DEMO_IDS.decidedAward],
    );
    if (existing.length) return false;
    const awardId = DEMO_IDS.decidedAward;
    const organizer = DEMO_PEOPLE.provincialOrganizer;
    const filed = await this.filing.fileAndSubmit(
      awardId,
      GIA_LAI_2025,
      '2025-09-29T09:00:00+07:00',
    );
    const ids = [...filed.values()];
    await this.filing.close('2025-10-06T08:00:00+07:00', awardId, organizer);
    await this.filing.declareEligible('2025-10-08T09:00:00+07:00', awardId, ids, organizer);
    // A provincial committee without a secretariat: its organizer does the secretariat's work too.
    const round = await this.filing.openRound('2025-10-10T09:00:00+07:00', {
      awardId,
      name: 'Vòng chấm chung khảo',
      entryIds: ids,
      seed: 2025,
      organizerId: organizer,
      secretaryId: organizer,
      // Without a secretariat, the council has no secretary of its own.
      council: {
        name: 'Hội đồng chung khảo',
        chairUserId: BINH_DINH_JUDGES[0]?.id ?? '',
        viceChairUserId: BINH_DINH_JUDGES[1]?.id ?? null,
      },
    });
    const codes: { id: string; code: string }[] = await this.db.query(
      'SELECT id, code FROM entries WHERE award_id = $1',
      [awardId],
    );
    const workByEntry = new Map([...filed].map(([work, entryId]) => [entryId, work as ScoredWork]));
    await Clock.replayAt('2025-10-17T20:00:00+07:00', async () => {
      for (const [judgeIndex, judge] of BINH_DINH_JUDGES.entries()) {
        for (const assignment of await this.judging.assignments(judge.id)) {
          const entryId = codes.find((row) => row.code === assignment.entryCode)?.id ?? '';
          const scores = workByEntry.get(entryId)?.scores[judgeIndex];
          if (scores)
            await this.judging.saveSheet(judge.id, assignment.id, {
              scores: { content: scores[0], craft: scores[1] },
              submit: true,
            });
        }
      }
    });
    await Clock.replayAt('2025-10-24T14:00:00+07:00', async () => {
      await this.rounds.changeRoundStatus(round.id, 'closed', organizer);
      for (const [work, entryId] of filed) {
        const tierCode = (work as ScoredWork).tierCode;
        if (tierCode) await this.results.setPrize(awardId, entryId, { tierCode }, organizer);
      }
      await this.awards.changeStatus(awardId, { status: 'decided' }, organizer);
      for (const prize of GIA_LAI_2025_COLLECTIVE_PRIZES)
        await this.collectivePrizes.create(awardId, prize, organizer);
    });
    this.logger.log('Demo: Gia Lai 2025 scored and decided on 24/10/2025, ready to publish');
    return true;
  }
}
