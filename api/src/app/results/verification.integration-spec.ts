import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VerificationPackage } from '@press-award/contracts';
import { verifyPackage } from '@press-award/domain';
import {
  buildJudgedAward,
  publishAward,
  type PlannedEntry,
  type ResultsFixture,
} from '../../../test/results-fixture';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { sha256Hex } from './verification-package';

const plan: PlannedEntry[] = [
  {
    key: 'first',
    reporter: 'tuyet',
    category: 0,
    title: 'Những người giữ lửa ở bản Ếch',
    score: 9,
    tierCode: 'A',
    authors: [
      { fullName: 'Nguyễn Thị Ánh Tuyết', penName: 'Hồng Lĩnh', organizationName: 'Báo Gia Lai' },
    ],
  },
  {
    key: 'second',
    reporter: 'lan',
    category: 0,
    title: 'Ỷ Lan và những mùa lũ',
    score: 7.5,
    tierCode: 'B',
    authors: [{ fullName: 'Trần Thị Ỷ Lan', penName: 'Ỷ Lan' }],
  },
  {
    key: 'third',
    reporter: 'tuyet',
    category: 1,
    title: 'Mùa xuân trên đỉnh Trường Sơn',
    score: 6,
    authors: [{ fullName: 'Phạm Hữu Phước' }],
  },
];

/** What must never appear in the package: the people, their agencies and outlets, titles, comments. */
const SECRETS = [
  'Nguyễn Thị Ánh Tuyết',
  'Hồng Lĩnh',
  'Trần Thị Ỷ Lan',
  'Phạm Hữu Phước',
  'Báo Gia Lai',
  'tuyet@example.vn',
  'lan@example.vn',
  'gk@example.vn',
  'Giám khảo',
  'Những người giữ lửa',
  'Ỷ Lan và những mùa lũ',
  'Nhận xét riêng của giám khảo',
];

/** `npm run verify-results -- <source>`, as anyone would run it. */
function runVerifier(source: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [
        join(process.cwd(), 'node_modules/ts-node/dist/bin.js'),
        ...['-T', '-P', 'api/tsconfig.tools.json', 'api/scripts/verify-results.ts', source],
      ],
      { cwd: process.cwd() },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    ),
  );
}

describe('Results anyone can verify', () => {
  let app: TestApp;
  let fixture: ResultsFixture;
  let published: VerificationPackage;
  let folder: string;
  const path = () => `/public/awards/${fixture.awardId}/verification`;
  const url = () => `${app.baseUrl}/api/v1${path()}`;

  beforeAll(async () => {
    app = await startTestApp();
    folder = await mkdtemp(join(tmpdir(), 'press-award-verify-'));
    fixture = await buildJudgedAward(app, plan);
    // A judge's comment is theirs and the council's: it must not travel with the scores.
    await app.db.query(`UPDATE sheets SET comment = 'Nhận xét riêng của giám khảo'`);
  }, 120_000);

  afterAll(async () => {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('should not exist before publication', async () => {
    const early = await app.request('GET', path());
    expect(early.status).toBe(404);
    expect(early.body.code).toBe('RESULTS_NOT_PUBLISHED');
    expect(
      (await app.db.query('SELECT count(*)::int AS n FROM verification_packages')).rows[0].n,
    ).toBe(0);
  });

  it('should publish each closed round by codes and pseudonyms, with the hash in the audit chain', async () => {
    await publishAward(app, fixture);
    const response = await app.request<VerificationPackage>('GET', path());
    expect(response.status).toBe(200);
    published = response.body;

    expect(published.awardId).toBe(fixture.awardId);
    expect(published.rounds).toHaveLength(1);
    const [round] = published.rounds;
    expect(round?.method).toBe('mean');
    expect(round?.rubric.criteria.map((criterion) => criterion.key)).toEqual(['content', 'craft']);
    expect(round?.sheets).toHaveLength(3);
    for (const sheet of round?.sheets ?? []) {
      expect(sheet.judge).toMatch(/^GK\d{2}$/);
      expect(Object.keys(sheet).sort()).toEqual(['entryCode', 'judge', 'scores']);
    }
    expect(round?.ranking.map((row) => row.total).sort()).toEqual([6, 7.5, 9]);

    const text = JSON.stringify(published);
    expect(SECRETS.filter((secret) => text.includes(secret))).toEqual([]);
    const judgeIds = (await app.db.query('SELECT DISTINCT judge_id FROM sheets')).rows;
    for (const { judge_id } of judgeIds) expect(text).not.toContain(judge_id);

    const { rows } = await app.db.query(
      `SELECT after FROM audit_log WHERE action = 'results.published' AND award_id = $1`,
      [fixture.awardId],
    );
    expect(rows[0].after.verificationHash).toBe(published.snapshotHash);
  });

  it('should verify as published, and name the entry whose score is altered in a copy', async () => {
    expect(verifyPackage(published, sha256Hex)).toEqual({ matches: true });

    const altered = structuredClone(published);
    const victim = altered.rounds[0]!.sheets[1]!;
    victim.scores['content'] = victim.scores['content'] === 5 ? 4 : 5;
    expect(verifyPackage(altered, sha256Hex)).toMatchObject({
      matches: false,
      entryCode: victim.entryCode,
    });
  });

  it('should let anyone run the verifier on the public URL, and on a tampered copy', async () => {
    const good = await runVerifier(url());
    expect(good).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^khớp — 1 vòng, 3 phiếu chấm/),
    });

    const altered = structuredClone(published);
    const victim = altered.rounds[0]!.sheets[0]!;
    victim.scores['craft'] = victim.scores['craft'] === 0 ? 1 : 0;
    const copy = join(folder, 'altered.json');
    await writeFile(copy, JSON.stringify(altered));
    const bad = await runVerifier(copy);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('KHÔNG khớp');
    expect(bad.out).toContain(`tác phẩm ${victim.entryCode}`);
  }, 60_000);
});
