import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildAward, buildEntry, buildRules } from '../../../test/factories';
import { pdfSample } from '../../../test/samples';
import {
  createAward,
  inviteJudges,
  openJudgingRound,
  setAwardStatus,
  setRoundStatus,
  submitEntry,
  TEN_POINT_RUBRIC,
} from '../../../test/scenario';
import { countRows, createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

describe('ResultsController', () => {
  let app: TestApp;
  let organizer: string;
  let awardId: string;
  let roundId: string;
  const entries: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn', fullName: 'Đặng Thị Hồng Nhung' });
    for (const judge of ['a', 'b']) await createUser(app.db, { email: `gk-${judge}@example.vn` });
    organizer = await login(app, 'btc@example.vn');
    const award = await createAward(
      app,
      organizer,
      buildAward({
        rules: buildRules({ maxEntriesPerAuthor: 5 }),
        prizeTiers: [
          { code: 'A', label: 'Giải A', targetCount: 1 },
          { code: 'B', label: 'Giải B', targetCount: 2 },
        ],
      }),
    );
    awardId = award.id;
    await inviteJudges(app, organizer, awardId, ['a', 'b']);
    await setAwardStatus(app, organizer, awardId, 'open');
    const reporter = await login(app, 'pv@example.vn');
    for (const n of [1, 2, 3]) {
      const entry = buildEntry(award.categories[0].id, {
        title: `Tác phẩm ${n}`,
        authors: [
          {
            fullName: 'Đặng Thị Hồng Nhung',
            penName: 'Hồng Nhung',
            organizationName: 'Báo Bình Định',
            dateOfBirth: '1985-03-08',
          },
        ],
      });
      entries.push(
        await submitEntry(app, reporter, awardId, entry, {
          content: await pdfSample(1, `r${n}`),
          name: 'a.pdf',
        }),
      );
    }
    roundId = (
      await openJudgingRound(app, organizer, awardId, entries, {
        name: 'Chung khảo',
        judgesPerEntry: 2,
        rubric: TEN_POINT_RUBRIC,
      })
    ).id;
    // Judge a scores 9 / 8 / 7, judge b 8.5 / 7.5 on the first two and leaves the third.
    const plan: Record<string, number[]> = {
      a: [4.5, 4.5, 4, 4, 3.5, 3.5],
      b: [4.25, 4.25, 3.75, 3.75],
    };
    for (const judge of ['a', 'b']) {
      const token = await login(app, `gk-${judge}@example.vn`);
      const mine = (await app.request('GET', '/judging/assignments', { token })).body as {
        id: string;
        entryCode: string;
      }[];
      const byEntry = await Promise.all(
        mine.map(async (item) => ({
          item,
          entryId: (await app.db.query('SELECT entry_id FROM assignments WHERE id = $1', [item.id]))
            .rows[0].entry_id as string,
        })),
      );
      for (const { item, entryId } of byEntry) {
        const index = entries.indexOf(entryId);
        const scores = plan[judge]!;
        if (index * 2 + 1 >= scores.length) continue;
        const response = await app.request('PUT', `/judging/assignments/${item.id}/sheet`, {
          token,
          body: {
            scores: { content: scores[index * 2], craft: scores[index * 2 + 1] },
            submit: true,
          },
        });
        expect(response.status).toBe(200);
      }
    }
    await setRoundStatus(app, organizer, roundId, 'closed');
  });
  afterAll(async () => app.close());

  it('should rank entries by the mean of submitted totals and flag missing sheets', async () => {
    const response = await app.request('GET', `/rounds/${roundId}/results?method=mean`, {
      token: organizer,
    });
    expect(response.status).toBe(200);
    const byEntry = new Map(response.body.map((row: { entryId: string }) => [row.entryId, row]));
    expect(byEntry.get(entries[0])).toMatchObject({
      sheets: 2,
      total: 8.75,
      normalized: 8.75,
      rank: 1,
      flags: [],
    });
    expect(byEntry.get(entries[1])).toMatchObject({ sheets: 2, total: 7.75, rank: 2 });
    expect(byEntry.get(entries[2])).toMatchObject({
      sheets: 1,
      total: 7,
      rank: 3,
      flags: expect.arrayContaining(['MISSING_SHEETS']),
    });
    expect(byEntry.get(entries[0]).suggestedTier).toBe('B');
    const unknown = await app.request('GET', `/rounds/${roundId}/results?method=median`, {
      token: organizer,
    });
    expect(unknown.status).toBe(400);
    expect(
      (await app.request('GET', `/rounds/${roundId}/results/judges`, { token: organizer })).body,
    ).toHaveLength(2);
  });

  it('should keep the results private until publication, then publish tiers with authors and pen names', async () => {
    expect((await app.request('GET', `/public/awards/${awardId}/results`)).status).toBe(404);
    const set = await app.request('PUT', `/awards/${awardId}/prizes/${entries[0]}`, {
      token: organizer,
      body: { tierCode: 'A' },
    });
    expect(set.status).toBe(200);
    expect(set.body.tiers[0]).toEqual({ code: 'A', label: 'Giải A', targetCount: 1, current: 1 });
    const over = await app.request('PUT', `/awards/${awardId}/prizes/${entries[1]}`, {
      token: organizer,
      body: { tierCode: 'A' },
    });
    expect(over.status).toBe(400);
    expect(over.body.code).toBe('PRIZE_NOTE_REQUIRED');
    const withNote = await app.request('PUT', `/awards/${awardId}/prizes/${entries[1]}`, {
      token: organizer,
      body: { tierCode: 'A', note: 'Hội đồng thống nhất trao thêm một giải A.' },
    });
    expect(withNote.body.tiers[0].current).toBe(2);
    expect(
      (
        await app.request('PUT', `/awards/${awardId}/prizes/${entries[2]}`, {
          token: organizer,
          body: { tierCode: 'Z' },
        })
      ).body.code,
    ).toBe('PRIZE_TIER_UNKNOWN');

    const early = await app.request('POST', `/awards/${awardId}/publish`, { token: organizer });
    expect(early.status).toBe(409);
    await setAwardStatus(app, organizer, awardId, 'decided');
    const published = await app.request('POST', `/awards/${awardId}/publish`, { token: organizer });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      notified: 3,
      snapshotHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await countRows(app.db, 'mail_messages', `template = 'outcome'`)).toBe(3);
    // The award keeps the record of its publication: the same hash, for anyone to check later.
    const award = (await app.request('GET', `/awards/${awardId}`, { token: organizer })).body;
    expect(award).toMatchObject({
      status: 'published',
      publishedAt: published.body.publishedAt,
      resultsSnapshotHash: published.body.snapshotHash,
    });

    const results = (await app.request('GET', `/public/awards/${awardId}/results`)).body;
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      tierCode: 'A',
      tierLabel: 'Giải A',
      authors: [{ fullName: 'Đặng Thị Hồng Nhung', penName: 'Hồng Nhung' }],
      organizationName: 'Báo Bình Định',
    });
    const locked = await app.request('PUT', `/awards/${awardId}/prizes/${entries[2]}`, {
      token: organizer,
      body: { tierCode: 'B' },
    });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('PRIZES_LOCKED');
    const trail = (
      await app.request('GET', `/awards/${awardId}/audit?pageSize=200`, { token: organizer })
    ).body.items.map((item: { action: string }) => item.action);
    expect(trail).toEqual(expect.arrayContaining(['prize.set', 'results.published']));
  });
});
