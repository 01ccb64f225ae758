import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import { glyphMismatches, pdfPages } from '../../../test/pdf-inspection';
import {
  buildJudgedAward,
  download,
  type PlannedEntry,
  type ResultsFixture,
} from '../../../test/results-fixture';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { formalDateLine } from '@press-award/domain';

const plan: PlannedEntry[] = [
  {
    key: 'winner',
    reporter: 'tuyet',
    category: 0,
    title: 'Những người giữ lửa ở bản Ếch',
    tierCode: 'A',
    topicPrizes: ['TRE'],
    authors: [
      { fullName: 'Nguyễn Thị Ánh Tuyết', penName: 'Hồng Lĩnh', role: 'author' },
      {
        fullName: 'Đặng Hữu Phước',
        role: 'camera',
        organizationName: 'Đài Phát thanh và Truyền hình Bình Định',
      },
    ],
  },
  {
    key: 'revoked',
    reporter: 'tuyet',
    category: 1,
    title: 'Mùa xuân trên đỉnh Trường Sơn',
    tierCode: 'KK',
    authors: [{ fullName: 'Nguyễn Thị Ánh Tuyết', penName: 'Hồng Lĩnh' }],
  },
  {
    key: 'withdrawn',
    reporter: 'lan',
    category: 0,
    title: 'Ỷ Lan và những mùa lũ',
    tierCode: 'B',
    authors: [{ fullName: 'Trần Thị Ỷ Lan', penName: 'Ỷ Lan' }],
  },
  {
    key: 'noPrize',
    reporter: 'lan',
    category: 0,
    title: 'Tác phẩm không đoạt giải',
    authors: [{ fullName: 'Trần Thị Ỷ Lan' }],
  },
];

/** All the text of a PDF on one line, whitespace collapsed (wrapped lines come back as separate runs). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join(' ').replace(/\s+/g, ' ');
}

describe('ResultsController (certificates)', () => {
  let app: TestApp;
  let fixture: ResultsFixture;
  let beforePublication: Awaited<ReturnType<typeof download>>;
  const path = (key: string, query = '') => `/entries/${fixture.entries[key]}/certificate${query}`;

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
    beforePublication = await download(app, path('winner'), fixture.tokens.tuyet);
    expect(
      (
        await app.request('POST', `/awards/${fixture.awardId}/publish`, {
          token: fixture.tokens.organizer,
        })
      ).status,
    ).toBe(200);
    // Complaints decided after publication (the complaints workflow sets these; here SQL stands in).
    await app.db.query(`UPDATE prize_decisions SET standing = 'revoked' WHERE entry_id = $1`, [
      fixture.entries['revoked'],
    ]);
    await app.db.query(`UPDATE prize_decisions SET standing = 'withdrawn' WHERE entry_id = $1`, [
      fixture.entries['withdrawn'],
    ]);
  });
  afterAll(async () => app.close());

  it('should give the submitter an A4 landscape certificate with every author, pen name, role, agency and the prize', async () => {
    const response = await download(app, path('winner'), fixture.tokens.tuyet);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { rows } = await app.db.query('SELECT receipt_number, code FROM entries WHERE id = $1', [
      fixture.entries['winner'],
    ]);
    const receipt = rows[0].receipt_number as string;
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="giay-chung-nhan-${receipt}.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20ch%E1%BB%A9ng%20nh%E1%BA%ADn%20${receipt}.pdf`,
    );
    expect(response.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const document = await PDFDocument.load(response.bytes);
    expect(document.getPageCount()).toBe(1);
    const { width, height } = document.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);

    const text = await pdfText(response.bytes);
    const publishedAt = (
      await app.db.query('SELECT published_at FROM awards WHERE id = $1', [fixture.awardId])
    ).rows[0].published_at as Date;
    for (const expected of [
      'BAN TỔ CHỨC TỈNH ỦY GIA LAI',
      // The award's title: its name, then the edition and year (awardTitle).
      'Giải báo chí về xây dựng Đảng tỉnh Gia Lai lần thứ XI – năm 2026',
      'GIẤY CHỨNG NHẬN',
      'Chứng nhận tác phẩm',
      '“Những người giữ lửa ở bản Ếch”',
      // One author per line, each with pen name and role.
      'Nhóm tác giả: Nguyễn Thị Ánh Tuyết (bút danh Hồng Lĩnh) – Tác giả chính Đặng Hữu Phước – Quay phim',
      'Cơ quan báo chí: Báo Bình Định; Đài Phát thanh và Truyền hình Bình Định',
      'Hạng mục: Báo in',
      'Đã đoạt GIẢI A',
      'Giải chuyên đề: Tác giả trẻ',
      // The fixture's provincial award names no place: it is dated in its Tỉnh ủy's province.
      formalDateLine(publishedAt, 'Gia Lai'),
      'TM. BAN TỔ CHỨC TRƯỞNG BAN',
      // Its own number: first in the award's list (A, then B, then KK), whatever became of the others.
      'Số: 1-GCN/BTCTU',
      `Số biên nhận: ${receipt}`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.normalize('NFC')).toBe(text);
    const glyphs = await glyphMismatches(response.bytes);
    expect(glyphs.mismatches).toEqual([]);
    expect(glyphs.checked).toBeGreaterThan(50);
  });

  it('should be signed by the award’s signer, under the same number on every print', async () => {
    await app.db.query(`UPDATE awards SET institution = $2 WHERE id = $1`, [
      fixture.awardId,
      {
        parentBody: 'TỈNH ỦY GIA LAI',
        issuingBody: 'BAN TỔ CHỨC',
        symbol: 'BTCTU',
        signerTitle: 'K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN',
        signerName: 'Rơ Châm Thị Hà',
        prizeSplit: 'equal',
      },
    ]);
    try {
      const first = await pdfText(
        (await download(app, path('winner'), fixture.tokens.tuyet)).bytes,
      );
      const again = await pdfText(
        (await download(app, path('winner'), fixture.tokens.organizer)).bytes,
      );
      expect(first).toContain('TM. BAN TỔ CHỨC K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN Rơ Châm Thị Hà');
      expect(first).toContain('Số: 1-GCN/BTCTU');
      expect(again).toContain('Số: 1-GCN/BTCTU');
    } finally {
      await app.db.query(`UPDATE awards SET institution = NULL WHERE id = $1`, [fixture.awardId]);
    }
  });

  it('should print the certificate in English when asked, keeping the names as entered', async () => {
    const response = await download(app, path('winner', '?lang=en'), fixture.tokens.tuyet);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="certificate-[^"]+\.pdf"/,
    );
    const text = await pdfText(response.bytes);
    expect(text).toContain('CERTIFICATE');
    expect(text).toContain(
      'Authors: Nguyễn Thị Ánh Tuyết (pen name Hồng Lĩnh) – Lead author Đặng Hữu Phước – Camera',
    );
    expect(text).not.toContain('GIẤY CHỨNG NHẬN');
    expect(
      (await app.request('GET', path('winner', '?lang=fr'), { token: fixture.tokens.tuyet })).body
        .code,
    ).toBe('VALIDATION_FAILED');
  });

  it("should give it to the award's organizers and secretaries, and to no one else", async () => {
    expect((await download(app, path('winner'), fixture.tokens.organizer)).status).toBe(200);
    expect((await download(app, path('winner'), fixture.tokens.secretary)).status).toBe(200);
    for (const token of [fixture.tokens.lan, fixture.tokens.judge, fixture.tokens.outsider]) {
      const refused = await download(app, path('winner'), token);
      expect(refused.status).toBe(404);
      expect(refused.json?.code).toBe('ENTRY_NOT_FOUND');
      expect(refused.bytes.toString('latin1')).not.toContain('%PDF');
    }
    expect((await download(app, path('winner'))).status).toBe(401);
  });

  it('should have no certificate before publication, without a prize, or once the prize is revoked or the work withdrawn', async () => {
    expect(beforePublication.status).toBe(404);
    expect(beforePublication.json?.code).toBe('CERTIFICATE_NOT_AVAILABLE');
    for (const [key, token] of [
      ['noPrize', fixture.tokens.lan],
      ['revoked', fixture.tokens.tuyet],
      ['withdrawn', fixture.tokens.lan],
      ['withdrawn', fixture.tokens.organizer],
    ] as const) {
      const response = await download(app, path(key), token);
      expect(response.status).toBe(404);
      expect(response.json?.code).toBe('CERTIFICATE_NOT_AVAILABLE');
      expect(response.headers.get('content-disposition')).toBeNull();
    }
  });
});
