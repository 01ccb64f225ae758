import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { GeneratedDocumentResponse, RoundResultResponse } from '@press-award/contracts';
import * as ExcelJSModule from 'exceljs';
import JSZip from 'jszip';
import { glyphMismatches, pdfPages } from '../../../test/pdf-inspection';
import {
  buildJudgedAward,
  download,
  publishAward,
  type PlannedEntry,
  type ResultsFixture,
} from '../../../test/results-fixture';
import { startTestApp, type TestApp } from '../../../test/test-app';

const ExcelJS =
  (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

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
      { fullName: 'Lê Văn Hưởng', penName: 'Hưởng Lê', organizationName: 'Báo Gia Lai' },
      { fullName: 'Đỗ Thị Mỹ', organizationName: 'Báo Gia Lai' },
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

const count = async (app: TestApp, sql: string, params: unknown[] = []) =>
  (await app.db.query(sql, params)).rows[0].n as number;

/**
 * The numbered documents, read back as a person reads them: the Party header and number, the names,
 * the totals (the minutes' equal the results API's), the money (the payment list's parts add up to
 * the prizes); numbered per body and year without gaps or repeats; recorded in the audit chain with
 * the hash of the very bytes a download gives; and only for the award's staff.
 */
describe('Numbered documents (/awards/:awardId/documents)', () => {
  let app: TestApp;
  let fixture: ResultsFixture;
  let roundId: string;
  let judgeId: string;
  const generate = (body: Record<string, unknown>, token = fixture.tokens.organizer) =>
    app.request<GeneratedDocumentResponse>('POST', `/awards/${fixture.awardId}/documents`, {
      token,
      body,
    });
  const text = async (id: string, token = fixture.tokens.organizer) => {
    const file = await download(app, `/documents/${id}`, token);
    expect(file.status).toBe(200);
    // Words wrapped inside table cells come back on separate lines: compare the words.
    return (await pdfPages(file.bytes)).join('\n').replace(/\s+/g, ' ');
  };

  beforeAll(async () => {
    app = await startTestApp();
    fixture = await buildJudgedAward(app, plan);
    roundId = (await app.db.query('SELECT id FROM rounds WHERE award_id = $1', [fixture.awardId]))
      .rows[0].id;
    judgeId = (await app.db.query(`SELECT id FROM users WHERE email = 'gk@example.vn'`)).rows[0].id;
    // The prize money the documents print (A 10,000,000; B 7,000,000 đồng).
    await app.db.query(
      `UPDATE awards SET prize_tiers = (SELECT jsonb_agg(CASE t->>'code' WHEN 'A' THEN t || '{"prizeMoney": 10000000}'
                                                               WHEN 'B' THEN t || '{"prizeMoney": 7000000}' ELSE t END)
                                          FROM jsonb_array_elements(prize_tiers) t) WHERE id = $1`,
      [fixture.awardId],
    );
  }, 120_000);

  afterAll(async () => {
    await app.close();
  });

  it('should refuse what it cannot build yet, writing nothing and using no number', async () => {
    const noCouncil = await generate({ type: 'council_decision', roundId });
    expect(noCouncil.status).toBe(409);
    expect(noCouncil.body).toMatchObject({ code: 'DOCUMENT_NOT_READY' });
    const noRound = await generate({ type: 'round_minutes' });
    expect(noRound.status).toBe(409);
    const badType = await generate({ type: 'speech', roundId });
    expect(badType.status).toBe(400);
    expect(badType.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    const badDate = await generate({ type: 'prize_decision', issuedOn: '2021-02-30' });
    expect(badDate.status).toBe(400);
    expect(await count(app, 'SELECT count(*)::int AS n FROM generated_documents')).toBe(0);
    expect(await count(app, 'SELECT count(*)::int AS n FROM document_counters')).toBe(0);
    expect(
      await count(
        app,
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'document.generated'`,
      ),
    ).toBe(0);
  });

  it('should issue the council decision as 1-QĐ/BTCTU under TỈNH ỦY GIA LAI / BAN TỔ CHỨC', async () => {
    // The council was set before judging (a closed round's council no longer changes through the API).
    const closedRound = await app.request('PUT', `/rounds/${roundId}/council`, {
      token: fixture.tokens.organizer,
      body: { name: 'Hội đồng chung khảo', chairUserId: judgeId },
    });
    expect(closedRound.status).toBe(409);
    await app.db.query(`UPDATE users SET full_name = 'Hoàng Thị Hương Giang' WHERE id = $1`, [
      judgeId,
    ]);
    await app.db.query(
      `UPDATE award_members SET title = 'Phó Tổng Biên tập' WHERE user_id = $1 AND award_id = $2`,
      [judgeId, fixture.awardId],
    );
    await app.db.query(
      `INSERT INTO councils (award_id, round_id, name, chair_user_id) VALUES ($1, $2, 'Hội đồng chung khảo', $3)`,
      [fixture.awardId, roundId, judgeId],
    );
    const created = await generate({ type: 'council_decision', roundId, issuedOn: '2021-01-05' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: 'council_decision',
      number: 1,
      reference: '1-QĐ/BTCTU',
      issuedOn: '2021-01-05',
      formats: ['pdf', 'docx'],
      roundId,
    });
    const pdf = await text(created.body.id);
    for (const expected of [
      'TỈNH ỦY GIA LAI',
      'BAN TỔ CHỨC',
      'Số 1-QĐ/BTCTU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Gia Lai, ngày 05 tháng 01 năm 2021',
      'QUYẾT ĐỊNH',
      'thành lập hội đồng chung khảo',
      'Hoàng Thị Hương Giang',
      'Phó Tổng Biên tập, Đài Phát thanh',
      'Chủ tịch Hội đồng',
      'TRƯỞNG BAN',
    ])
      expect(pdf).toContain(expected);
  });

  it('should write the minutes from the frozen round: the totals the results API gives, and its hash', async () => {
    const created = await generate({ type: 'round_minutes', roundId, issuedOn: '2021-01-06' });
    expect(created.status).toBe(201);
    expect(created.body.reference).toBe('2-BB/BTCTU');
    const closed = (
      await app.db.query(
        `SELECT after->>'snapshotHash' AS hash, at FROM audit_log WHERE action = 'round.closed' AND target_id = $1`,
        [roundId],
      )
    ).rows[0];
    expect(created.body.snapshotHash).toBe(closed.hash);
    const pdf = (await text(created.body.id)).replace(/\s+/g, ' ');
    expect(pdf).toContain(closed.hash);
    const results = await app.request<RoundResultResponse[]>(
      'GET',
      `/rounds/${roundId}/results?method=mean`,
      { token: fixture.tokens.organizer },
    );
    expect(results.body).toHaveLength(3);
    for (const row of results.body) {
      const total = (row.total ?? 0).toFixed(2).replace('.', ',');
      expect(pdf).toMatch(new RegExp(`${row.entryCode} .*GK01: ${total} ${total} ${row.rank}`));
    }
    expect(pdf).toContain('ĐỀ XUẤT GIẢI');
    expect(pdf).toContain('CHỦ TỊCH HỘI ĐỒNG');
    // The minutes are blind like the sheets: codes, never the authors or titles.
    for (const secret of [
      'Nguyễn Thị Ánh Tuyết',
      'Hồng Lĩnh',
      'Ỷ Lan và những mùa lũ',
      'Báo Gia Lai',
    ])
      expect(pdf).not.toContain(secret);
  });

  it('should list the prizes with authors and money in the proposal and the decision', async () => {
    const proposal = await generate({ type: 'prize_proposal', issuedOn: '2021-01-08' });
    expect(proposal.status).toBe(201);
    expect(proposal.body.reference).toBe('3-TTr/BTCTU');
    const decision = await generate({ type: 'prize_decision', issuedOn: '2021-01-13' });
    expect(decision.body.reference).toBe('4-QĐ/BTCTU');
    for (const id of [proposal.body.id, decision.body.id]) {
      const pdf = (await text(id)).replace(/\s+/g, ' ');
      for (const expected of [
        'Những người giữ lửa ở bản Ếch',
        'Nguyễn Thị Ánh Tuyết (Hồng Lĩnh)',
        'Trần Thị Ỷ Lan (Ỷ Lan)',
        '10.000.000',
        '7.000.000',
        '17.000.000 đồng',
      ])
        expect(pdf).toContain(expected);
      // The entry without a prize is not on the list.
      expect(pdf).not.toContain('Mùa xuân trên đỉnh Trường Sơn');
      // Every embedded glyph is the font's own (tone marks whole, the text extractable as typed).
      const file = await download(app, `/documents/${id}`, fixture.tokens.organizer);
      const glyphs = await glyphMismatches(file.bytes);
      expect(glyphs.mismatches).toEqual([]);
      expect(glyphs.checked).toBeGreaterThan(50);
    }
  });

  it('should split each work’s money among its co-authors on the payment list (xlsx and pdf)', async () => {
    const created = await generate({ type: 'payment_list', issuedOn: '2021-01-20' });
    expect(created.status).toBe(201);
    expect(created.body.formats).toEqual(['xlsx', 'pdf']);
    const file = await download(
      app,
      `/documents/${created.body.id}?format=xlsx`,
      fixture.tokens.secretary,
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const rows: (string | number | null)[][] = [];
    workbook.worksheets[0]?.eachRow((row) =>
      rows.push((row.values as (string | number | null)[]).slice(1)),
    );
    const amounts = rows.filter((row) => typeof row[6] === 'number' && row[4]);
    expect(amounts.map((row) => [row[4], row[6]])).toEqual([
      ['Nguyễn Thị Ánh Tuyết (Hồng Lĩnh)', 3_334_000],
      ['Lê Văn Hưởng (Hưởng Lê)', 3_333_000],
      ['Đỗ Thị Mỹ', 3_333_000],
      ['Trần Thị Ỷ Lan (Ỷ Lan)', 7_000_000],
    ]);
    const total = rows.find((row) => row[2] === 'Tổng cộng');
    expect(total?.[6]).toBe(17_000_000);
    const pdf = await download(
      app,
      `/documents/${created.body.id}?format=pdf`,
      fixture.tokens.organizer,
    );
    expect((await pdfPages(pdf.bytes)).join('\n')).toContain('3.334.000');
    const wrong = await download(
      app,
      `/documents/${created.body.id}?format=docx`,
      fixture.tokens.organizer,
    );
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.bytes.toString()).code).toBe('DOCUMENT_FORMAT_UNAVAILABLE');
  });

  it('should give the same bytes on every download, hashed in the audit chain, and an editable DOCX', async () => {
    const list = await app.request<GeneratedDocumentResponse[]>(
      'GET',
      `/awards/${fixture.awardId}/documents`,
      { token: fixture.tokens.secretary },
    );
    expect(list.status).toBe(200);
    expect(list.body.map((document) => document.reference).sort()).toEqual(
      ['1-QĐ/BTCTU', '2-BB/BTCTU', '3-TTr/BTCTU', '4-QĐ/BTCTU', '5-DS/BTCTU'].sort(),
    );
    for (const document of list.body) {
      const first = await download(app, `/documents/${document.id}`, fixture.tokens.organizer);
      const again = await download(app, `/documents/${document.id}`, fixture.tokens.organizer);
      const hash = createHash('sha256').update(first.bytes).digest('hex');
      expect(hash).toBe(document.sha256);
      expect(createHash('sha256').update(again.bytes).digest('hex')).toBe(hash);
      const audit = (
        await app.db.query(
          `SELECT after FROM audit_log WHERE action = 'document.generated' AND target_id = $1`,
          [document.id],
        )
      ).rows[0].after;
      expect(audit).toMatchObject({ reference: document.reference, sha256: hash });
    }
    const decision = list.body.find((document) => document.reference === '4-QĐ/BTCTU');
    const docx = await download(
      app,
      `/documents/${decision?.id}?format=docx`,
      fixture.tokens.organizer,
    );
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(docx.bytes))
      .file('word/document.xml')
      ?.async('string');
    for (const expected of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 4-QĐ/BTCTU',
      'Những người giữ lửa ở bản Ếch',
      'Gia Lai, ngày 13 tháng 01 năm 2021',
    ])
      expect(xml).toContain(expected);
  });

  it('should number per body and year: concurrent documents get consecutive numbers, a new year starts at 1', async () => {
    const made = await Promise.all(
      Array.from({ length: 5 }, () => generate({ type: 'prize_decision', issuedOn: '2021-03-01' })),
    );
    expect(made.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    expect(made.map((response) => response.body.number).sort((a, b) => a - b)).toEqual([
      6, 7, 8, 9, 10,
    ]);
    const nextYear = await generate({ type: 'prize_decision', issuedOn: '2022-01-10' });
    expect(nextYear.body.reference).toBe('1-QĐ/BTCTU');
    // The same body's other award shares the sequence; another province's does not.
    const again = await generate({ type: 'prize_proposal', issuedOn: '2021-12-31' });
    expect(again.body.number).toBe(11);
    expect(
      await count(
        app,
        `SELECT count(*)::int AS n FROM (SELECT issuer_key, year, number FROM generated_documents GROUP BY 1, 2, 3 HAVING count(*) > 1) d`,
      ),
    ).toBe(0);
  });

  it('should date the minutes, unless told otherwise, on the day the round closed', async () => {
    const created = await generate({ type: 'round_minutes', roundId });
    const closedOn = (
      await app.db.query(
        `SELECT to_char(at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS d FROM audit_log WHERE action = 'round.closed' AND target_id = $1`,
        [roundId],
      )
    ).rows[0].d;
    expect(created.body.issuedOn).toBe(closedOn);
    expect(created.body.reference).toBe(`1-BB/BTCTU`);
  });

  it('should show documents to the award’s staff only', async () => {
    const [document] = (
      await app.request<GeneratedDocumentResponse[]>(
        'GET',
        `/awards/${fixture.awardId}/documents`,
        {
          token: fixture.tokens.organizer,
        },
      )
    ).body;
    for (const token of [fixture.tokens.judge, fixture.tokens.tuyet, fixture.tokens.outsider]) {
      const listed = await app.request('GET', `/awards/${fixture.awardId}/documents`, { token });
      expect([403, 404]).toContain(listed.status);
      const file = await download(app, `/documents/${document?.id}`, token);
      expect([403, 404]).toContain(file.status);
      const made = await generate({ type: 'prize_decision' }, token);
      expect([403, 404]).toContain(made.status);
    }
    const missing = await download(
      app,
      `/documents/00000000-0000-4000-8000-000000000000`,
      fixture.tokens.organizer,
    );
    expect(missing.status).toBe(404);
  });

  it('should use the award’s own issuer and signer once an organizer sets them, validated', async () => {
    const institution = {
      parentBody: 'TỈNH ỦY GIA LAI',
      issuingBody: 'BAN TỔ CHỨC',
      symbol: 'BTCTU',
      signerTitle: 'K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN',
      signerName: 'Rơ Châm Thị Hà',
      prizeSplit: 'none',
    };
    const before = (
      await app.db.query('SELECT institution, version FROM awards WHERE id = $1', [fixture.awardId])
    ).rows[0];
    for (const [body, status] of [
      [{ institution: { ...institution, symbol: 'btc tu' } }, 400],
      [{ institution: { ...institution, prizeSplit: 'half' } }, 400],
      [{ institution: { ...institution, issuingBody: '' } }, 400],
    ] as const) {
      const refused = await app.request('PATCH', `/awards/${fixture.awardId}`, {
        token: fixture.tokens.organizer,
        body,
      });
      expect(refused.status).toBe(status);
    }
    const bySecretary = await app.request('PATCH', `/awards/${fixture.awardId}`, {
      token: fixture.tokens.secretary,
      body: { institution },
    });
    expect(bySecretary.status).toBe(403);
    expect(
      (
        await app.db.query('SELECT institution, version FROM awards WHERE id = $1', [
          fixture.awardId,
        ])
      ).rows[0],
    ).toEqual(before);
    const saved = await app.request('PATCH', `/awards/${fixture.awardId}`, {
      token: fixture.tokens.organizer,
      body: { institution },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.institution).toEqual(institution);
    const proposal = await generate({ type: 'prize_proposal', issuedOn: '2021-12-30' });
    const pdf = await text(proposal.body.id);
    expect(pdf).toContain('K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN Rơ Châm Thị Hà');
    // The same body keeps its sequence.
    expect(proposal.body.number).toBe(12);
  });

  it('should still issue documents once published, carrying the publication’s snapshot hash', async () => {
    await publishAward(app, fixture);
    const hash = (
      await app.db.query('SELECT results_snapshot_hash AS h FROM awards WHERE id = $1', [
        fixture.awardId,
      ])
    ).rows[0].h;
    const decision = await generate({ type: 'prize_decision', issuedOn: '2022-01-11' });
    expect(decision.body).toMatchObject({ reference: '2-QĐ/BTCTU', snapshotHash: hash });
  });
});
