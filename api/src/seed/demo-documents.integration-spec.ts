import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  GeneratedDocumentResponse,
  RoundResultResponse,
  VerificationPackage,
} from '@press-award/contracts';
import { formatDong, verifyPackage } from '@press-award/domain';
import * as ExcelJSModule from 'exceljs';
import { pdfPages } from '../../test/pdf-inspection';
import { download } from '../../test/results-fixture';
import { login, startTestApp, type TestApp } from '../../test/test-app';
import { CouncilsService } from '../app/jury/councils.service';
import { ResultsService } from '../app/results/results.service';
import { sha256Hex } from '../app/results/verification-package';
import { DEMO_IDS, DEMO_PASSWORD, seedDemoData } from './demo-data';
import { DEMO_PEOPLE } from './demo-people';
import { DemoDocumentsSeeder } from './demo-documents.seeder';
import { DemoEntriesSeeder } from './demo-entries.seeder';
import { DemoResultsSeeder } from './demo-results.seeder';

const ExcelJS =
  (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

/**
 * The demo's numbered documents, read back against the demo's data: the national council decision
 * (BTCTW, Hà Nội, 2020) with every member of the council; Bình Định 2020's proposal, decision and
 * payment list with its winners and money; Gia Lai 2025's council decision, minutes (the totals the
 * results API gives) and proposal — each body numbering its own year from 1.
 */
describe(DemoDocumentsSeeder.name, () => {
  let app: TestApp;
  const documents: Record<string, GeneratedDocumentResponse[]> = {};
  const tokens: Record<string, string> = {};

  const text = async (document: GeneratedDocumentResponse | undefined, token: string) => {
    const file = await download(app, `/documents/${document?.id}`, token);
    expect(file.status).toBe(200);
    return (await pdfPages(file.bytes)).join('\n').replace(/\s+/g, ' ');
  };
  const find = (awardId: string, type: string) =>
    documents[awardId]?.find((document) => document.type === type);

  beforeAll(async () => {
    app = await startTestApp();
    const url = (app.db as unknown as { options: { connectionString: string } }).options
      .connectionString;
    await seedDemoData(url);
    await app.app.get(DemoEntriesSeeder).seed();
    await app.app.get(DemoResultsSeeder).seed();
    expect(await app.app.get(DemoDocumentsSeeder).seed()).toBe(true);
    tokens.national = await login(app, 'tochuc@demo.vn', DEMO_PASSWORD);
    tokens.provincial = await login(app, 'tochuc.binhdinh@demo.vn', DEMO_PASSWORD);
    for (const [awardId, token] of [
      [DEMO_IDS.nationalAward, tokens.national],
      [DEMO_IDS.binhDinhAward, tokens.provincial],
      [DEMO_IDS.decidedAward, tokens.provincial],
    ] as const) {
      const listed = await app.request<GeneratedDocumentResponse[]>(
        'GET',
        `/awards/${awardId}/documents`,
        { token },
      );
      expect(listed.status).toBe(200);
      documents[awardId] = listed.body;
    }
  }, 120_000);
  afterAll(async () => app.close());

  it('should issue them once, each body numbering its own year', async () => {
    expect(await app.app.get(DemoDocumentsSeeder).seed()).toBe(false);
    const references = (awardId: string) =>
      (documents[awardId] ?? []).map((document) => document.reference).sort();
    expect(references(DEMO_IDS.nationalAward)).toEqual(['1-QĐ/BTCTW']);
    expect(references(DEMO_IDS.binhDinhAward)).toEqual(['1-TTr/BTCTU', '2-QĐ/BTCTU', '3-DS/BTCTU']);
    expect(references(DEMO_IDS.decidedAward)).toEqual(['1-QĐ/BTCTU', '2-BB/BTCTU', '3-TTr/BTCTU']);
  });

  it('should found the national preliminary council with every member, in Hà Nội on 18/11/2020', async () => {
    const decision = find(DEMO_IDS.nationalAward, 'council_decision');
    const pdf = await text(decision, tokens.national);
    const council = await app.app.get(CouncilsService).councilView(decision?.roundId ?? '');
    expect(council).not.toBeNull();
    for (const expected of [
      'BAN CHẤP HÀNH TRUNG ƯƠNG',
      'BAN TỔ CHỨC',
      'Số 1-QĐ/BTCTW',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hà Nội, ngày 18 tháng 11 năm 2020',
      'BAN TỔ CHỨC TRUNG ƯƠNG',
      `gồm ${council?.members.length} đồng chí`,
      'Chủ tịch Hội đồng',
      'Thư ký Hội đồng',
    ])
      expect(pdf).toContain(expected);
    for (const member of council?.members ?? []) expect(pdf).toContain(member.fullName);
  });

  it('should list Bình Định 2020’s winners with their authors and the money the tiers carry', async () => {
    const rows: { title: string; full_name: string; money: string }[] = (
      await app.db.query(
        `SELECT e.title, a.full_name, (t->>'prizeMoney') AS money
           FROM prize_decisions p JOIN entries e ON e.id = p.entry_id
           JOIN entry_authors a ON a.entry_id = e.id AND a.index = 0
           JOIN awards w ON w.id = p.award_id
           JOIN LATERAL jsonb_array_elements(w.prize_tiers) t ON t->>'code' = p.tier_code
          WHERE p.award_id = $1 AND p.standing = 'awarded'`,
        [DEMO_IDS.binhDinhAward],
      )
    ).rows;
    expect(rows.length).toBeGreaterThan(3);
    const total = rows.reduce((sum, row) => sum + Number(row.money), 0);
    for (const type of ['prize_proposal', 'prize_decision']) {
      const pdf = await text(find(DEMO_IDS.binhDinhAward, type), tokens.provincial);
      expect(pdf).toContain('TỈNH ỦY BÌNH ĐỊNH');
      expect(pdf).toContain(`${formatDong(total)} đồng`);
      for (const row of rows) {
        expect(pdf).toContain(row.title.replace(/\s+/g, ' '));
        expect(pdf).toContain(row.full_name);
      }
    }
    const payment = await download(
      app,
      `/documents/${find(DEMO_IDS.binhDinhAward, 'payment_list')?.id}?format=xlsx`,
      tokens.provincial,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(payment.bytes as unknown as ArrayBuffer);
    const cells: (string | number | null)[][] = [];
    workbook.worksheets[0]?.eachRow((row) =>
      cells.push((row.values as (string | number | null)[]).slice(1)),
    );
    expect(cells.find((row) => row[2] === 'Tổng cộng')?.[6]).toBe(total);
  });

  it('should write Gia Lai 2025’s minutes with the totals the results API gives', async () => {
    const minutes = find(DEMO_IDS.decidedAward, 'round_minutes');
    const pdf = await text(minutes, tokens.provincial);
    expect(pdf).toContain('TỈNH ỦY GIA LAI');
    expect(pdf).toContain('Số 2-BB/BTCTU');
    expect(pdf).toContain('ngày 24 tháng 10 năm 2025');
    expect(pdf).toContain(minutes?.snapshotHash ?? 'hash');
    const results = await app.request<RoundResultResponse[]>(
      'GET',
      `/rounds/${minutes?.roundId}/results?method=mean`,
      { token: tokens.provincial },
    );
    expect(results.body.length).toBeGreaterThan(3);
    for (const row of results.body) {
      const total = row.total === null ? '—' : row.total.toFixed(2).replace('.', ',');
      expect(pdf).toMatch(new RegExp(`${row.entryCode} .*?${total} ${row.rank ?? '—'}`));
    }
    const council = await app.app.get(CouncilsService).councilView(minutes?.roundId ?? '');
    expect(pdf).toContain(council?.chair?.fullName ?? 'chair');
  });

  it('should publish Gia Lai 2025 with a package that verifies, naming the entry of an altered score', async () => {
    await app.app
      .get(ResultsService)
      .publish(DEMO_IDS.decidedAward, DEMO_PEOPLE.provincialOrganizer);
    const response = await app.request<VerificationPackage>(
      'GET',
      `/public/awards/${DEMO_IDS.decidedAward}/verification`,
    );
    expect(response.status).toBe(200);
    const published = response.body;
    expect(published.rounds[0]?.sheets.length).toBeGreaterThan(6);
    expect(verifyPackage(published, sha256Hex)).toEqual({ matches: true });
    const altered = structuredClone(published);
    const victim = altered.rounds[0]?.sheets[3];
    if (!victim) throw new Error('no sheet');
    const [criterion] = Object.keys(victim.scores);
    victim.scores[criterion ?? ''] = (victim.scores[criterion ?? ''] ?? 0) === 0 ? 1 : 0;
    expect(verifyPackage(altered, sha256Hex)).toMatchObject({
      matches: false,
      entryCode: victim.entryCode,
    });
    // Documents issued after publication carry the publication's snapshot hash.
    const decision = await app.request<GeneratedDocumentResponse>(
      'POST',
      `/awards/${DEMO_IDS.decidedAward}/documents`,
      { token: tokens.provincial, body: { type: 'prize_decision', issuedOn: '2025-10-27' } },
    );
    const hash = (
      await app.db.query('SELECT results_snapshot_hash AS h FROM awards WHERE id = $1', [
        DEMO_IDS.decidedAward,
      ])
    ).rows[0].h;
    expect(decision.body).toMatchObject({ reference: '4-QĐ/BTCTU', snapshotHash: hash });
  });
});
