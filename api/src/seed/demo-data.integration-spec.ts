import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { prizeTierIssues } from '@press-award/domain';
import { countRows, startTestApp, type TestApp } from '../../test/test-app';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_PASSWORD, seedDemoData } from './demo-data';

describe(seedDemoData.name, () => {
  let app: TestApp;
  let url: string;
  beforeAll(async () => {
    app = await startTestApp();
    url = (app.db as unknown as { options: { connectionString: string } }).options.connectionString;
  });
  afterAll(async () => app.close());

  it('should load both demo awards once, however often it runs', async () => {
    expect(await seedDemoData(url)).toEqual({ created: true });
    const counts = async () => [
      await countRows(app.db, 'users'),
      await countRows(app.db, 'awards'),
      await countRows(app.db, 'categories'),
      await countRows(app.db, 'award_members'),
    ];
    const first = await counts();
    expect(await seedDemoData(url)).toEqual({ created: false });
    await Promise.all([seedDemoData(url), seedDemoData(url)]);
    expect(await counts()).toEqual(first);
  });

  it('should list the demo awards publicly with the 2020 national structure and an open call', async () => {
    const response = await app.request('GET', '/public/awards');
    expect(response.body.total).toBe(4);
    const open = response.body.items.find(
      (award: { id: string }) => award.id === DEMO_IDS.openAward,
    );
    expect(open.status).toBe('open');
    expect(Date.parse(open.rules.submissionDeadline)).toBeGreaterThan(Date.now());
    const national = response.body.items.find(
      (award: { id: string }) => award.id === DEMO_IDS.nationalAward,
    );
    expect(national.categories.map((category: { code: string }) => category.code)).toEqual([
      'IN1',
      'IN2',
      'DT',
      'TH',
      'PT',
      'AN',
    ]);
    expect(
      new Set(national.categories.map((category: { mediaType: string }) => category.mediaType)),
    ).toEqual(new Set(['print', 'online', 'tv', 'radio', 'photo']));
    expect(
      national.prizeTiers.map(
        (tier: { code: string; targetCount: number }) => `${tier.code}:${tier.targetCount}`,
      ),
    ).toEqual(['DB:1', 'A:5', 'B:10', 'C:15', 'KK:25']);
    expect(national.topicPrizes.length).toBeGreaterThanOrEqual(8);
  });

  it('should give every demo tier an explicit suggestion threshold the award editor accepts', async () => {
    const awards = (await app.request('GET', '/public/awards')).body.items as {
      id: string;
      prizeTiers: { code: string; minScore?: number | null }[];
    }[];
    expect(awards.length).toBeGreaterThan(0);
    for (const award of awards) {
      expect(award.prizeTiers.length).toBeGreaterThan(0);
      expect(award.prizeTiers.filter((tier) => typeof tier.minScore !== 'number')).toEqual([]);
      expect(prizeTierIssues(award.prizeTiers)).toEqual([]);
    }
    const national = awards.find((award) => award.id === DEMO_IDS.nationalAward);
    expect(national?.prizeTiers.map((tier) => `${tier.code}:${tier.minScore}`)).toEqual([
      'DB:9.5',
      'A:9',
      'B:8',
      'C:7',
      'KK:6',
    ]);
  });

  it('should let every demo account sign in with the printed password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const response = await app.request('POST', '/auth/login', {
        body: { email: account.email, password: DEMO_PASSWORD },
      });
      expect([account.email, response.status]).toEqual([account.email, 200]);
    }
  });
});
