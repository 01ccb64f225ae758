import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AwardsService } from '../app/awards/awards.service';
import { ForwardingService } from '../app/forwarding/forwarding.service';
import { JudgingService } from '../app/judging/judging.service';
import { BlindCodesService } from '../app/jury/blind-codes.service';
import { BINH_DINH_2020_COLLECTIVE_PRIZES } from './demo-collective-prizes';
import { CollectivePrizesService } from '../app/results/collective-prizes.service';
import { ResultsService } from '../app/results/results.service';
import { Clock } from '../infra/clock/clock';
import { DEMO_IDS, DEMO_PEOPLE } from './demo-data';
import { DemoFiling, type DemoAuthor, type DemoWork } from './demo-filing';

const [REPORTER_1, REPORTER_2] = DEMO_PEOPLE.reporters;
/** giamkhao1@demo.vn, who has started scoring in the demo. */
const FIRST_JUDGE_ID = DEMO_PEOPLE.judges[0];

const NHUNG: DemoAuthor = {
  fullName: 'Đặng Thị Hồng Nhung',
  penName: 'Hồng Nhung',
  organizationName: 'Báo Bình Định',
  dateOfBirth: '1985-03-08',
  userId: REPORTER_1,
};
const DUC: DemoAuthor = {
  fullName: 'Trương Minh Đức',
  penName: 'Minh Đức',
  organizationName: 'Đài Phát thanh và Truyền hình Bình Định',
  dateOfBirth: '1990-02-03',
  userId: REPORTER_2,
};

interface ProvincialWork extends DemoWork {
  tierCode: string;
}

/** Bình Định 2020 (plan 37-KH/BTCTU): eight winners; the A and B winners go on to the national award. */
const BINH_DINH_2020: ProvincialWork[] = [
  {
    category: 'IN',
    title: 'Ngăn chặn suy thoái tư tưởng chính trị từ chi bộ',
    outlet: 'Báo Bình Định',
    publishedAt: '2020-05-19',
    authors: [NHUNG],
    submitterId: REPORTER_1,
    tierCode: 'A',
  },
  {
    category: 'DT',
    title: 'Đảng viên trẻ ở vùng biên',
    outlet: 'binhdinhtv.vn',
    publishedAt: '2020-08-02',
    authors: [DUC],
    submitterId: REPORTER_2,
    tierCode: 'B',
  },
  {
    category: 'IN',
    title: 'Khi người đứng đầu nêu gương',
    outlet: 'Báo Bình Định',
    publishedAt: '2020-03-12',
    authors: [
      {
        fullName: 'Võ Thị Thu Hà',
        penName: 'Thu Hà',
        organizationName: 'Báo Bình Định',
        dateOfBirth: '1983-06-21',
      },
    ],
    submitterId: REPORTER_1,
    tierCode: 'B',
  },
  {
    category: 'PT',
    title: 'Chi bộ thôn và những mùa mưa lũ',
    outlet: 'Đài Phát thanh và Truyền hình Bình Định',
    publishedAt: '2020-01-15',
    authors: [
      {
        fullName: 'Huỳnh Văn Lộc',
        penName: 'Huỳnh Lộc',
        organizationName: 'Đài Phát thanh và Truyền hình Bình Định',
        dateOfBirth: '1979-09-02',
      },
    ],
    submitterId: REPORTER_2,
    tierCode: 'C',
  },
  {
    category: 'DT',
    title: 'Giữ vững trận địa tư tưởng trên không gian mạng',
    outlet: 'baobinhdinh.vn',
    publishedAt: '2020-06-21',
    authors: [
      {
        fullName: 'Phan Thanh Tùng',
        penName: 'Thanh Tùng',
        organizationName: 'Báo Bình Định',
        dateOfBirth: '1988-12-10',
      },
    ],
    submitterId: REPORTER_1,
    tierCode: 'C',
  },
  {
    category: 'TH',
    title: 'Bí thư xã người Ba Na',
    outlet: 'BTV',
    publishedAt: '2020-04-30',
    authors: [
      {
        fullName: 'Lê Quang Vinh',
        penName: 'Quang Vinh',
        organizationName: 'Đài Phát thanh và Truyền hình Bình Định',
        dateOfBirth: '1981-04-17',
      },
      {
        fullName: 'Phạm Thị Ngọc Ánh',
        penName: 'Ngọc Ánh',
        role: 'camera',
        organizationName: 'Đài Phát thanh và Truyền hình Bình Định',
        dateOfBirth: '1992-11-05',
      },
    ],
    submitterId: REPORTER_2,
    tierCode: 'C',
  },
  {
    category: 'AN',
    title: 'Khoảnh khắc đảng viên nơi tuyến đầu chống dịch',
    outlet: 'Báo Bình Định',
    publishedAt: '2020-04-08',
    authors: [
      {
        fullName: 'Nguyễn Hoàng Ánh',
        penName: 'Hoàng Ánh',
        organizationName: 'Báo Bình Định',
        dateOfBirth: '1986-01-28',
      },
    ],
    submitterId: REPORTER_1,
    tierCode: 'KK',
  },
  {
    category: 'IN',
    title: 'Sinh hoạt chi bộ: chất lượng từ những điều giản dị',
    outlet: 'Báo Bình Định',
    publishedAt: '2019-12-03',
    authors: [
      {
        fullName: 'Trần Ngọc Ẩn',
        penName: 'Ngọc Ẩn',
        organizationName: 'Báo Bình Định',
        dateOfBirth: '1975-08-14',
      },
    ],
    submitterId: REPORTER_1,
    tierCode: 'KK',
  },
];

/** National 2020 works submitted directly (the Bình Định winners arrive by forwarding). */
const NATIONAL_2020: DemoWork[] = [
  {
    category: 'AN',
    title: 'Bí thư chi bộ giữa mùa lũ',
    outlet: 'Báo Ảnh Việt Nam',
    publishedAt: '2020-10-21',
    authors: [
      {
        fullName: 'Nguyễn Văn Tâm',
        penName: 'Văn Tâm',
        organizationName: 'Báo Ảnh Việt Nam',
        dateOfBirth: '1978-11-20',
      },
    ],
    submitterId: REPORTER_1,
  },
  {
    category: 'PT',
    title: 'Chuyện người giữ lửa ở chi bộ thôn',
    outlet: 'VOV1',
    publishedAt: '2020-06-30',
    authors: [
      {
        fullName: 'Lê Thị Thu Hằng',
        penName: 'Thu Hằng',
        organizationName: 'Đài Tiếng nói Việt Nam',
        dateOfBirth: '1982-07-14',
      },
    ],
    submitterId: REPORTER_1,
  },
  {
    category: 'TH',
    title: 'Chính quyền gần dân hơn',
    outlet: 'BTV1',
    publishedAt: '2020-09-02',
    authors: [
      {
        fullName: 'Phạm Văn Hải',
        penName: 'Văn Hải',
        organizationName: 'Đài Phát thanh và Truyền hình Bình Định',
        dateOfBirth: '1975-01-09',
      },
    ],
    submitterId: REPORTER_2,
  },
];

/**
 * The 2020 story, replayed through the real services at the moments it happened (Vietnam time), so
 * every rule is the one a committee would meet:
 * - Bình Định: entries until the 5 October deadline, screened, coded, prizes decided, results
 *   published on 27 October and the A and B winners forwarded on 2 November;
 * - national (5th edition): entries until 10 November (the forwarded works among them), closed,
 *   screened, coded, the preliminary round opened and partly scored by one judge.
 * Runs once.
 */
@Injectable()
export class DemoEntriesSeeder {
  private readonly logger = new Logger(DemoEntriesSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly filing: DemoFiling,
    private readonly awards: AwardsService,
    private readonly codes: BlindCodesService,
    private readonly judging: JudgingService,
    private readonly results: ResultsService,
    private readonly collectivePrizes: CollectivePrizesService,
    private readonly forwarding: ForwardingService,
  ) {}

  async seed(): Promise<boolean> {
    const existing: unknown[] = await this.db.query(
      'SELECT 1 FROM entries WHERE award_id = ANY($1::uuid[]) LIMIT 1',
      [[DEMO_IDS.nationalAward, DEMO_IDS.binhDinhAward]],
    );
    if (existing.length) return false;
    await this.seedBinhDinh2020();
    await this.seedNational2020();
    return true;
  }

  private async seedBinhDinh2020(): Promise<void> {
    const awardId = DEMO_IDS.binhDinhAward;
    const organizer = DEMO_PEOPLE.provincialOrganizer;
    const filed = await this.filing.fileAndSubmit(
      awardId,
      BINH_DINH_2020,
      '2020-09-28T09:00:00+07:00',
    );
    const ids = [...filed.values()];
    await this.filing.close('2020-10-06T08:00:00+07:00', awardId, organizer);
    await this.filing.declareEligible('2020-10-08T09:00:00+07:00', awardId, ids, organizer);
    await this.at('2020-10-09T09:00:00+07:00', async () => {
      await this.awards.changeStatus(awardId, { status: 'judging' }, organizer);
      await this.codes.issueCodes(awardId, organizer);
    });
    await this.at('2020-10-22T14:00:00+07:00', async () => {
      for (const [work, entryId] of filed)
        await this.results.setPrize(
          awardId,
          entryId,
          { tierCode: (work as ProvincialWork).tierCode },
          organizer,
        );
      await this.awards.changeStatus(awardId, { status: 'decided' }, organizer);
    });
    await this.at('2020-10-23T10:00:00+07:00', async () => {
      for (const prize of BINH_DINH_2020_COLLECTIVE_PRIZES)
        await this.collectivePrizes.create(awardId, prize, organizer);
    });
    await this.at('2020-10-27T09:00:00+07:00', () => this.results.publish(awardId, organizer));
    const forwarded = await this.at('2020-11-02T09:00:00+07:00', () =>
      this.forwarding.forward(
        awardId,
        { targetAwardId: DEMO_IDS.nationalAward, tierCodes: ['A', 'B'] },
        organizer,
      ),
    );
    if (forwarded.skipped.length)
      throw new Error(`Demo forwarding skipped: ${JSON.stringify(forwarded.skipped)}`);
    this.logger.log(
      `Demo: Bình Định 2020 published on 27/10/2020, ${forwarded.forwarded.length} winners forwarded on 02/11/2020`,
    );
  }

  private async seedNational2020(): Promise<void> {
    const awardId = DEMO_IDS.nationalAward;
    const organizer = DEMO_PEOPLE.organizer;
    const secretary = DEMO_PEOPLE.secretary;
    await this.filing.fileAndSubmit(awardId, NATIONAL_2020, '2020-11-05T09:00:00+07:00');
    await this.filing.close('2020-11-11T08:00:00+07:00', awardId, organizer);
    const submitted: { id: string }[] = await this.db.query(
      `SELECT id FROM entries WHERE award_id = $1 AND status = 'submitted' ORDER BY receipt_seq`,
      [awardId],
    );
    const ids = submitted.map((row) => row.id);
    await this.filing.declareEligible('2020-11-16T09:00:00+07:00', awardId, ids, secretary);
    const round = await this.filing.openRound('2020-11-18T09:00:00+07:00', {
      awardId,
      name: 'Vòng sơ khảo',
      entryIds: ids,
      seed: 2020,
      organizerId: organizer,
      secretaryId: secretary,
      // Chaired from a co-organising agency; the standing agency's secretariat keeps the minutes.
      council: {
        name: 'Hội đồng sơ khảo',
        chairUserId: DEMO_PEOPLE.judges[0] ?? '',
        viceChairUserId: DEMO_PEOPLE.judges[1] ?? null,
        secretaryUserId: secretary,
      },
    });
    // One judge has started: a submitted sheet and a draft.
    await this.at('2020-11-25T20:30:00+07:00', async () => {
      const [first, second] = await this.judging.assignments(FIRST_JUDGE_ID);
      if (first)
        await this.judging.saveSheet(FIRST_JUDGE_ID, first.id, {
          scores: { content: 4.5, craft: 4.25 },
          comment: 'Đề tài thiết thực, cách thể hiện sinh động.',
          submit: true,
        });
      if (second)
        await this.judging.saveSheet(FIRST_JUDGE_ID, second.id, { scores: { content: 3.75 } });
    });
    this.logger.log(
      `Demo: national 2020 closed on 11/11/2020 with ${ids.length} entries, coded and assigned in "${round.name}"`,
    );
  }

  private at<T>(moment: string, work: () => Promise<T>): Promise<T> {
    return Clock.replayAt(moment, work);
  }
}
