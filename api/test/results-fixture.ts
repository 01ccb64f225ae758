import { expect } from '@jest/globals';
import { buildAward, buildEntry, buildRules } from './factories';
import { pdfSample } from './samples';
import {
  addMember,
  declareEligible,
  openRound,
  setAwardStatus,
  setRoundStatus,
  submitEntry,
  TEN_POINT_RUBRIC,
} from './scenario';
import { createUser, login, type TestApp } from './test-app';

/**
 * An award taken over HTTP to `judging` with decided prizes: the path organizers follow (entries,
 * screening, codes, one scored round, prizes). Vietnamese names carry every tone mark and vowel
 * (Ánh, Tuyết, Nguyễn, Thị, Đặng, Hữu, Phước, Hồng Lĩnh, Ỷ Lan…) so files can be checked for them.
 */
export interface PlannedEntry {
  key: string;
  reporter: 'tuyet' | 'lan';
  category: number;
  title: string;
  /** Without a birth date an author cannot be submitted; the fixture gives one where none is set. */
  authors: {
    fullName: string;
    penName?: string;
    role?: string;
    organizationName?: string;
    dateOfBirth?: string;
  }[];
  /** Out of 10 (content + craft, each out of 5 in steps of 0.25). */
  score?: number;
  tierCode?: string;
  topicPrizes?: string[];
  note?: string;
}

export interface ResultsFixture {
  awardId: string;
  awardName: string;
  tokens: {
    organizer: string;
    secretary: string;
    judge: string;
    tuyet: string;
    lan: string;
    outsider: string;
  };
  entries: Record<string, string>;
}

export const FIXTURE_AWARD = {
  name: 'Giải báo chí về xây dựng Đảng tỉnh Gia Lai',
  organizerName: 'Ban Tổ chức Tỉnh ủy Gia Lai',
  categories: [
    { code: 'IN', name: 'Báo in', mediaType: 'print' },
    // Too long for a sheet name, with characters Excel refuses there.
    {
      code: 'PS',
      name: 'Báo in: Phóng sự/Điều tra [chuyên sâu] về xây dựng Đảng',
      mediaType: 'print',
    },
  ],
  prizeTiers: [
    { code: 'A', label: 'Giải A', targetCount: 1 },
    { code: 'B', label: 'Giải B', targetCount: 2 },
    { code: 'KK', label: 'Giải Khuyến khích', targetCount: 3 },
  ],
  topicPrizes: [{ code: 'TRE', label: 'Tác giả trẻ' }],
};

export async function buildJudgedAward(
  app: TestApp,
  planned: PlannedEntry[],
): Promise<ResultsFixture> {
  await createUser(app.db, { email: 'btc@example.vn', fullName: 'Ban Tổ chức', isAdmin: true });
  await createUser(app.db, { email: 'tuyet@example.vn', fullName: 'Nguyễn Thị Ánh Tuyết' });
  await createUser(app.db, { email: 'lan@example.vn', fullName: 'Trần Thị Ỷ Lan' });
  for (const email of ['tk@example.vn', 'gk@example.vn', 'khac@example.vn'])
    await createUser(app.db, { email });
  const organizer = await login(app, 'btc@example.vn');
  const created = await app.request('POST', '/awards', {
    token: organizer,
    body: buildAward({ ...FIXTURE_AWARD, rules: buildRules({ maxEntriesPerAuthor: 10 }) }),
  });
  expect(created.status).toBe(201);
  const awardId = created.body.id as string;
  const categoryIds = FIXTURE_AWARD.categories.map(
    (category) =>
      (created.body.categories as { id: string; code: string }[]).find(
        (candidate) => candidate.code === category.code,
      )?.id as string,
  );
  await addMember(app, organizer, awardId, {
    email: 'tk@example.vn',
    fullName: 'Thư ký',
    role: 'secretary',
  });
  await addMember(app, organizer, awardId, {
    email: 'gk@example.vn',
    fullName: 'Giám khảo',
    role: 'judge',
    organizationName: 'Đài Phát thanh',
  });
  await setAwardStatus(app, organizer, awardId, 'open');
  const tokens = {
    organizer,
    secretary: await login(app, 'tk@example.vn'),
    judge: await login(app, 'gk@example.vn'),
    tuyet: await login(app, 'tuyet@example.vn'),
    lan: await login(app, 'lan@example.vn'),
    outsider: await login(app, 'khac@example.vn'),
  };

  const entries: Record<string, string> = {};
  for (const plan of planned) {
    const token = tokens[plan.reporter];
    const entry = buildEntry(categoryIds[plan.category] as string, {
      title: plan.title,
      authors: plan.authors.map((author) => ({
        organizationName: 'Báo Bình Định',
        dateOfBirth: '1980-01-01',
        ...author,
      })),
    });
    entries[plan.key] = await submitEntry(app, token, awardId, entry, {
      content: await pdfSample(1, plan.key),
      name: 'bai.pdf',
    });
  }
  const ids = Object.values(entries);
  await setAwardStatus(app, organizer, awardId, 'closed');
  await declareEligible(app, organizer, awardId, ids);
  await setAwardStatus(app, organizer, awardId, 'judging');

  const scored = planned.filter((plan) => plan.score !== undefined);
  if (scored.length) {
    const { id: roundId } = await openRound(
      app,
      organizer,
      awardId,
      scored.map((plan) => entries[plan.key] as string),
      { name: 'Chung khảo', judgesPerEntry: 1, rubric: TEN_POINT_RUBRIC },
    );
    const assignments = (await app.request('GET', '/judging/assignments', { token: tokens.judge }))
      .body as { id: string }[];
    for (const assignment of assignments) {
      const entryId = (
        await app.db.query('SELECT entry_id FROM assignments WHERE id = $1', [assignment.id])
      ).rows[0].entry_id as string;
      const score = planned.find((plan) => entries[plan.key] === entryId)?.score ?? 5;
      const content = Math.min(5, Math.ceil(score * 2) / 4);
      const sheet = await app.request('PUT', `/judging/assignments/${assignment.id}/sheet`, {
        token: tokens.judge,
        body: { scores: { content, craft: score - content }, submit: true },
      });
      expect(sheet.status).toBe(200);
    }
    await setRoundStatus(app, organizer, roundId, 'closed');
  }

  for (const plan of planned.filter(
    (candidate) => candidate.tierCode || candidate.topicPrizes?.length,
  )) {
    const prize = await app.request('PUT', `/awards/${awardId}/prizes/${entries[plan.key]}`, {
      token: organizer,
      body: {
        tierCode: plan.tierCode ?? null,
        topicPrizes: plan.topicPrizes ?? [],
        ...(plan.note ? { note: plan.note } : {}),
      },
    });
    expect(prize.status).toBe(200);
  }
  return { awardId, awardName: FIXTURE_AWARD.name, tokens, entries };
}

/** Takes the award from judging to published, as the organizer does. */
export async function publishAward(app: TestApp, fixture: ResultsFixture): Promise<void> {
  await setAwardStatus(app, fixture.tokens.organizer, fixture.awardId, 'decided');
  expect(
    (
      await app.request('POST', `/awards/${fixture.awardId}/publish`, {
        token: fixture.tokens.organizer,
      })
    ).status,
  ).toBe(200);
}

/** A GET whose body is a file: the raw bytes, with the JSON error parsed when there is one. */
export async function download(
  app: TestApp,
  path: string,
  token?: string,
): Promise<{
  status: number;
  headers: Headers;
  bytes: Buffer;
  json: { code?: string } | undefined;
}> {
  const response = await fetch(`${app.baseUrl}/api/v1${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const json = response.headers.get('content-type')?.includes('application/json')
    ? (JSON.parse(bytes.toString('utf8')) as { code?: string })
    : undefined;
  return { status: response.status, headers: response.headers, bytes, json };
}
