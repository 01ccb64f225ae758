import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { EntryResponse } from '@press-award/contracts';
import { DataSource, type QueryRunner, type ReplicationMode } from 'typeorm';
import {
  buildJudgedAward,
  download,
  FIXTURE_AWARD,
  type PlannedEntry,
  type ResultsFixture,
} from '../../../test/results-fixture';
import { startTestApp, type TestApp } from '../../../test/test-app';

const plan: PlannedEntry[] = [
  {
    key: 'winner',
    reporter: 'tuyet',
    category: 0,
    title: 'Những người giữ lửa ở bản Ếch',
    tierCode: 'A',
    topicPrizes: ['TRE'],
    authors: [{ fullName: 'Nguyễn Thị Ánh Tuyết', penName: 'Hồng Lĩnh' }],
  },
  {
    key: 'revoked',
    reporter: 'tuyet',
    category: 1,
    title: 'Mùa xuân trên đỉnh Trường Sơn',
    tierCode: 'KK',
    authors: [{ fullName: 'Nguyễn Thị Ánh Tuyết' }],
  },
  {
    key: 'noPrize',
    reporter: 'tuyet',
    category: 0,
    title: 'Tác phẩm không đoạt giải',
    authors: [{ fullName: 'Nguyễn Thị Ánh Tuyết' }],
  },
  {
    key: 'withdrawn',
    reporter: 'lan',
    category: 0,
    title: 'Ỷ Lan và những mùa lũ',
    tierCode: 'B',
    authors: [{ fullName: 'Trần Thị Ỷ Lan', penName: 'Ỷ Lan' }],
  },
];

/** Everything a decision could leak through: the tier labels and codes, the topic prize, the standing. */
const DECISION_WORDS = [
  'Giải A',
  'Giải B',
  'Giải Khuyến khích',
  'Tác giả trẻ',
  '"tierCode"',
  '"standing"',
  'certificateAvailable',
];

describe('EntriesController (prize outcome)', () => {
  let app: TestApp;
  let fixture: ResultsFixture;
  /** Each SQL statement the app sends, while `recording` is on. */
  const statements: string[] = [];
  let recording = false;

  const entryId = (key: string) => fixture.entries[key] as string;
  const mine = async (token: string) => {
    const response = await app.request<EntryResponse[]>('GET', '/entries?mine=true', { token });
    expect(response.status).toBe(200);
    return response.body;
  };
  const detail = (key: string, token: string) =>
    app.request<EntryResponse>('GET', `/entries/${entryId(key)}`, { token });
  const outcomeIn = (entries: EntryResponse[], key: string) =>
    entries.find((entry) => entry.id === entryId(key))?.outcome;
  const resolveComplaint = async (key: string, outcome: 'revoked' | 'withdrawn') => {
    const filed = await app.request('POST', `/awards/${fixture.awardId}/complaints`, {
      token: fixture.tokens.organizer,
      body: {
        entryId: entryId(key),
        complainant: 'Bạn đọc Nguyễn Văn Ý',
        reason: 'Tác phẩm trùng với bài đã đoạt giải khác.',
      },
    });
    expect(filed.status).toBe(201);
    const resolved = await app.request(
      'POST',
      `/awards/${fixture.awardId}/complaints/${filed.body.id}/resolve`,
      {
        token: fixture.tokens.organizer,
        body: { outcome, note: 'Hội đồng xác minh khiếu nại đúng.' },
      },
    );
    expect(resolved.status).toBe(200);
  };

  beforeAll(async () => {
    app = await startTestApp();
    fixture = await buildJudgedAward(app, plan);
    expect(
      (
        await app.request('POST', `/awards/${fixture.awardId}/status`, {
          token: fixture.tokens.organizer,
          body: { status: 'decided' },
        })
      ).status,
    ).toBe(200);
    // Count statements at the query runner, where TypeORM's finds and raw queries both pass.
    const dataSource = app.app.get(DataSource);
    const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
    jest
      .spyOn(dataSource, 'createQueryRunner')
      .mockImplementation((mode?: ReplicationMode): QueryRunner => {
        const runner = createQueryRunner(mode);
        const query = runner.query.bind(runner);
        runner.query = ((sql: string, ...rest: unknown[]) => {
          if (recording) statements.push(sql);
          return (query as (sql: string, ...rest: unknown[]) => Promise<unknown>)(sql, ...rest);
        }) as QueryRunner['query'];
        return runner;
      });
  });
  afterAll(async () => app.close());

  describe('before publication (decided, not published)', () => {
    it('should show no outcome on the list and on the entry, to the submitter and to the organizers', async () => {
      // The decisions exist: the embargo, not their absence, is what keeps them out.
      const decided = await app.db.query(
        'SELECT count(*)::int AS count FROM prize_decisions WHERE award_id = $1',
        [fixture.awardId],
      );
      expect(decided.rows[0].count).toBe(3);

      const list = await mine(fixture.tokens.tuyet);
      expect(list).toHaveLength(3);
      expect(list.map((entry) => entry.outcome)).toEqual([null, null, null]);
      for (const token of [
        fixture.tokens.tuyet,
        fixture.tokens.organizer,
        fixture.tokens.secretary,
      ]) {
        const response = await detail('winner', token);
        expect(response.status).toBe(200);
        expect(response.body.outcome).toBeNull();
      }
      expect((await detail('withdrawn', fixture.tokens.lan)).body.outcome).toBeNull();
    });

    it('should leak nothing of the decision in any entry response the reporter can get', async () => {
      const responses = [
        await app.request('GET', '/entries?mine=true', { token: fixture.tokens.tuyet }),
        await detail('winner', fixture.tokens.tuyet),
        await detail('revoked', fixture.tokens.tuyet),
        // Changing the entry is refused now; the refusal must not carry the decision either.
        await app.request('PATCH', `/entries/${entryId('winner')}`, {
          token: fixture.tokens.tuyet,
          body: { title: 'Đổi tên' },
        }),
        await app.request('POST', `/entries/${entryId('winner')}/withdraw`, {
          token: fixture.tokens.tuyet,
        }),
      ];
      for (const response of responses) {
        const text = JSON.stringify(response.body);
        for (const word of DECISION_WORDS) expect(text).not.toContain(word);
      }
      const certificate = await download(
        app,
        `/entries/${entryId('winner')}/certificate`,
        fixture.tokens.tuyet,
      );
      expect(certificate.status).toBe(404);
      expect(certificate.json?.code).toBe('CERTIFICATE_NOT_AVAILABLE');
    });
  });

  describe('after publication', () => {
    beforeAll(async () => {
      expect(
        (
          await app.request('POST', `/awards/${fixture.awardId}/publish`, {
            token: fixture.tokens.organizer,
          })
        ).status,
      ).toBe(200);
    });

    it("should show the submitter the tier, the topic prizes with the award's labels and an available certificate", async () => {
      const expected = {
        tierCode: 'A',
        tierLabel: 'Giải A',
        topicPrizes: [{ code: 'TRE', label: FIXTURE_AWARD.topicPrizes[0]?.label }],
        standing: 'awarded',
        certificateAvailable: true,
      };
      const list = await mine(fixture.tokens.tuyet);
      expect(outcomeIn(list, 'winner')).toEqual(expected);
      expect(outcomeIn(list, 'revoked')).toEqual({
        tierCode: 'KK',
        tierLabel: 'Giải Khuyến khích',
        topicPrizes: [],
        standing: 'awarded',
        certificateAvailable: true,
      });
      expect(outcomeIn(list, 'noPrize')).toBeNull();
      expect((await detail('winner', fixture.tokens.tuyet)).body.outcome).toEqual(expected);
      // The award's organizers and secretaries read the same on the entry.
      expect((await detail('winner', fixture.tokens.organizer)).body.outcome).toEqual(expected);
      expect((await detail('winner', fixture.tokens.secretary)).body.outcome).toEqual(expected);

      // "Available" means the certificate really downloads.
      const certificate = await download(
        app,
        `/entries/${entryId('winner')}/certificate`,
        fixture.tokens.tuyet,
      );
      expect(certificate.status).toBe(200);
      expect(certificate.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('should load the outcomes of the whole list in one statement, whatever its length', async () => {
      const count = async (token: string) => {
        statements.length = 0;
        recording = true;
        try {
          await mine(token);
        } finally {
          recording = false;
        }
        return {
          total: statements.length,
          outcomes: statements.filter((sql) => sql.includes('prize_decisions')).length,
        };
      };
      // Background jobs (the anonymiser) share the pool and may add a statement to one sample: the
      // fewest of three samples is the request's own work.
      const fewest = async (token: string) => {
        const samples = [await count(token), await count(token), await count(token)];
        return {
          total: Math.min(...samples.map((sample) => sample.total)),
          outcomes: Math.max(...samples.map((sample) => sample.outcomes)),
        };
      };
      const three = await fewest(fixture.tokens.tuyet);
      const one = await fewest(fixture.tokens.lan);
      expect(three.outcomes).toBe(1);
      expect(one.outcomes).toBe(1);
      expect(three.total).toBe(one.total);
    });

    it('should keep the entry, its outcome and its certificate from another reporter, a judge and outsiders (404)', async () => {
      for (const token of [fixture.tokens.lan, fixture.tokens.judge, fixture.tokens.outsider]) {
        const response = await detail('winner', token);
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('ENTRY_NOT_FOUND');
        expect(JSON.stringify(response.body)).not.toContain('Giải A');
        expect(
          (await download(app, `/entries/${entryId('winner')}/certificate`, token)).status,
        ).toBe(404);
      }
      expect((await mine(fixture.tokens.lan)).map((entry) => entry.id)).toEqual([
        entryId('withdrawn'),
      ]);
      expect(await mine(fixture.tokens.outsider)).toEqual([]);
    });

    it('should show a revoked prize as revoked, with no certificate', async () => {
      await resolveComplaint('revoked', 'revoked');
      const outcome = (await detail('revoked', fixture.tokens.tuyet)).body.outcome;
      expect(outcome).toEqual({
        tierCode: 'KK',
        tierLabel: 'Giải Khuyến khích',
        topicPrizes: [],
        standing: 'revoked',
        certificateAvailable: false,
      });
      expect(outcomeIn(await mine(fixture.tokens.tuyet), 'revoked')).toEqual(outcome);
      const certificate = await download(
        app,
        `/entries/${entryId('revoked')}/certificate`,
        fixture.tokens.tuyet,
      );
      expect(certificate.status).toBe(404);
      expect(certificate.json?.code).toBe('CERTIFICATE_NOT_AVAILABLE');
      // The other prize of the same reporter is untouched.
      expect(
        (await detail('winner', fixture.tokens.tuyet)).body.outcome?.certificateAvailable,
      ).toBe(true);
    });

    it('should show a withdrawn work as withdrawn, with no certificate', async () => {
      await resolveComplaint('withdrawn', 'withdrawn');
      const response = await detail('withdrawn', fixture.tokens.lan);
      expect(response.body.status).toBe('withdrawn');
      expect(response.body.outcome).toMatchObject({
        tierCode: 'B',
        tierLabel: 'Giải B',
        standing: 'withdrawn',
        certificateAvailable: false,
      });
      expect(
        (await download(app, `/entries/${entryId('withdrawn')}/certificate`, fixture.tokens.lan))
          .status,
      ).toBe(404);
    });
  });
});
