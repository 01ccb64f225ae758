import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as ExcelJSModule from 'exceljs';
import { buildAward } from '../../../test/factories';
import { glyphMismatches, pdfPages } from '../../../test/pdf-inspection';
import {
  buildJudgedAward,
  download,
  publishAward,
  type PlannedEntry,
  type ResultsFixture,
} from '../../../test/results-fixture';
import { createAward } from '../../../test/scenario';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { formalDateLine } from '@press-award/domain';
import { formatVietnamDate } from './export-format';

const ExcelJS =
  (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

const LONG_TITLE =
  'Loạt bài: Xây dựng, chỉnh đốn Đảng gắn với thực hiện Nghị quyết Trung ương 4 khóa XII – những chuyển biến rõ nét ở cơ sở, ' +
  'từ chi bộ thôn bản vùng cao đến các tổ chức đảng trong doanh nghiệp, qua những câu chuyện về người đứng đầu dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung';

const plan: PlannedEntry[] = [
  {
    key: 'first',
    reporter: 'tuyet',
    category: 0,
    title: 'Những người giữ lửa ở bản Ếch',
    score: 9.25,
    tierCode: 'A',
    topicPrizes: ['TRE'],
    authors: [
      { fullName: 'Nguyễn Thị Ánh Tuyết', penName: 'Hồng Lĩnh', role: 'author' },
      { fullName: 'Đặng Hữu Phước', role: 'camera' },
    ],
  },
  {
    key: 'formula',
    reporter: 'tuyet',
    category: 1,
    title: '=1+1 "Tiếng gọi" từ biên giới, kỳ 1',
    score: 8,
    tierCode: 'B',
    authors: [{ fullName: 'Nguyễn Thị Ánh Tuyết', penName: 'Hồng Lĩnh' }],
  },
  {
    key: 'revoked',
    reporter: 'lan',
    category: 0,
    title: 'Mùa xuân trên đỉnh Trường Sơn',
    score: 8.5,
    tierCode: 'B',
    authors: [{ fullName: 'Trần Thị Ỷ Lan', penName: 'Ỷ Lan' }],
  },
  {
    key: 'long',
    reporter: 'lan',
    category: 1,
    title: LONG_TITLE,
    score: 7,
    tierCode: 'KK',
    authors: [
      {
        fullName: 'Trần Thị Ỷ Lan',
        penName: 'Ỷ Lan',
        organizationName: 'Đài Phát thanh và Truyền hình Bình Định',
      },
      { fullName: 'Lê Văn Tám', organizationName: 'Đài Phát thanh và Truyền hình Bình Định' },
    ],
  },
  {
    key: 'topicOnly',
    reporter: 'tuyet',
    category: 0,
    title: 'Người trẻ viết về Đảng',
    score: 7.5,
    topicPrizes: ['TRE'],
    authors: [{ fullName: 'Nguyễn Thị Ánh Tuyết', penName: 'Hồng Lĩnh' }],
  },
  {
    key: 'noPrize',
    reporter: 'lan',
    category: 0,
    title: 'Tác phẩm không đoạt giải',
    score: 6,
    authors: [{ fullName: 'Trần Thị Ỷ Lan' }],
  },
];

/** RFC 4180, enough for the tests: quoted fields with doubled quotes and commas, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else {
      field += char;
    }
  }
  if (field || row.length) throw new Error('The last record does not end with CRLF');
  return rows;
}

function decodedFileName(disposition: string | null): string {
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : '';
}

describe('ResultsController (exports)', () => {
  let app: TestApp;
  let fixture: ResultsFixture;
  let draftAwardId: string;
  let judgingPdf: Awaited<ReturnType<typeof download>>;
  let codes: Record<string, { code: string; receipt: string }>;

  beforeAll(async () => {
    app = await startTestApp();
    fixture = await buildJudgedAward(app, plan);
    draftAwardId = (
      await createAward(app, fixture.tokens.organizer, buildAward({ name: 'Giải chưa mở' }))
    ).id;
    // Organizers prepare the ceremony before publication: the list is marked as a draft.
    judgingPdf = await download(
      app,
      `/awards/${fixture.awardId}/results/export?format=pdf`,
      fixture.tokens.organizer,
    );
    await publishAward(app, fixture);
    // After publication a complaint revokes one prize; and some text arrives decomposed (NFD).
    await app.db.query(`UPDATE prize_decisions SET standing = 'revoked' WHERE entry_id = $1`, [
      fixture.entries['revoked'],
    ]);
    await app.db.query('UPDATE entries SET title = $1 WHERE id = $2', [
      'Những người giữ lửa ở bản Ếch'.normalize('NFD'),
      fixture.entries['first'],
    ]);
    await app.db.query(
      'UPDATE entry_authors SET full_name = $1 WHERE entry_id = $2 AND index = 1',
      ['Đặng Hữu Phước'.normalize('NFD'), fixture.entries['first']],
    );
    const { rows } = await app.db.query(
      'SELECT id, code, receipt_number FROM entries WHERE award_id = $1',
      [fixture.awardId],
    );
    codes = Object.fromEntries(
      Object.entries(fixture.entries).map(([key, id]) => {
        const row = rows.find((candidate: { id: string }) => candidate.id === id);
        return [key, { code: row.code, receipt: row.receipt_number }];
      }),
    );
  });
  afterAll(async () => app.close());

  it('should refuse a bad format, callers who are not organizers or secretaries, and awards not yet judging', async () => {
    for (const query of ['format=docx', '', 'format=pdf&lang=fr', 'format=csv&extra=1']) {
      const bad = await app.request('GET', `/awards/${fixture.awardId}/results/export?${query}`, {
        token: fixture.tokens.organizer,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    }
    expect(
      (await app.request('GET', `/awards/${fixture.awardId}/results/export?format=csv`)).status,
    ).toBe(401);
    for (const token of [fixture.tokens.judge, fixture.tokens.tuyet, fixture.tokens.outsider]) {
      const refused = await download(
        app,
        `/awards/${fixture.awardId}/results/export?format=csv`,
        token,
      );
      expect(refused.status).toBe(403);
      expect(refused.bytes.toString('utf8')).not.toContain('Hồng Lĩnh');
    }
    const early = await app.request('GET', `/awards/${draftAwardId}/results/export?format=xlsx`, {
      token: fixture.tokens.organizer,
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('RESULTS_EXPORT_NOT_AVAILABLE');
    expect(
      (
        await app.request('GET', `/awards/${draftAwardId}/results/export?format=xlsx`, {
          token: fixture.tokens.secretary,
        })
      ).status,
    ).toBe(404);
  });

  it('should give a spreadsheet with a summary and one sheet per category, every row as the web shows it', async () => {
    const before = new Date();
    const response = await download(
      app,
      `/awards/${fixture.awardId}/results/export?format=xlsx`,
      fixture.tokens.secretary,
    );
    const after = new Date();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const disposition = response.headers.get('content-disposition');
    expect(disposition).toMatch(
      /^attachment; filename="ket-qua-giai-bao-chi-ve-xay-dung-dang-tinh-gia-lai-2026\.xlsx"; filename\*=UTF-8''/,
    );
    expect(decodedFileName(disposition)).toBe(
      'Kết quả - Giải báo chí về xây dựng Đảng tỉnh Gia Lai 2026.xlsx',
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.bytes as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(['Tổng hợp', 'Báo in', 'Báo in Phóng sự Điều tra chuyên']);
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);

    const summary = workbook.getWorksheet('Tổng hợp')!;
    const summaryRows = summary
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    expect(summaryRows).toEqual(
      expect.arrayContaining([
        ['Giải', 'Giải báo chí về xây dựng Đảng tỉnh Gia Lai lần thứ XI – năm 2026'],
        ['Cơ quan tổ chức', 'Ban Tổ chức Tỉnh ủy Gia Lai'],
        ['Trạng thái', 'Đã công bố'],
        ['Giải', 'Số lượng dự kiến', 'Số giải trao', 'Thu hồi giải', 'Rút tác phẩm'],
        ['Giải A', 1, 1, 0, 0],
        ['Giải B', 2, 1, 1, 0],
        ['Giải Khuyến khích', 3, 1, 0, 0],
        ['Tổng cộng', 6, 3, 1, 0],
        ['Tác giả trẻ', undefined, 2, 0, 0],
      ]),
    );
    const exportedAt = summaryRows.find((row) => row[0] === 'Thời điểm xuất')?.[1];
    expect([formatVietnamDate(before, true), formatVietnamDate(after, true)]).toContain(exportedAt);

    const printSheet = workbook.getWorksheet('Báo in')!;
    expect(printSheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(printSheet.getRow(1).font?.bold).toBe(true);
    expect(printSheet.getColumn(6).width).toBeGreaterThan(30);
    const values = (sheet: typeof printSheet) =>
      sheet
        .getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1));
    const printRows = values(printSheet);
    expect(printRows[0]).toEqual([
      'STT',
      'Hạng giải',
      'Giải chuyên đề',
      'Mã tác phẩm',
      'Số biên nhận',
      'Tên tác phẩm',
      'Tác giả',
      'Cơ quan báo chí',
      'Điểm',
      'Tình trạng',
    ]);
    expect(printRows.slice(1)).toEqual([
      // Composed (NFC) although the database holds this title and name decomposed.
      [
        1,
        'Giải A',
        'Tác giả trẻ',
        codes['first']!.code,
        codes['first']!.receipt,
        'Những người giữ lửa ở bản Ếch',
        'Nguyễn Thị Ánh Tuyết (bút danh Hồng Lĩnh), Đặng Hữu Phước',
        'Báo Bình Định',
        9.25,
        'Đoạt giải',
      ],
      [
        2,
        'Giải B',
        undefined,
        codes['revoked']!.code,
        codes['revoked']!.receipt,
        'Mùa xuân trên đỉnh Trường Sơn',
        'Trần Thị Ỷ Lan (bút danh Ỷ Lan)',
        'Báo Bình Định',
        8.5,
        'Thu hồi giải',
      ],
      [
        3,
        undefined,
        'Tác giả trẻ',
        codes['topicOnly']!.code,
        codes['topicOnly']!.receipt,
        'Người trẻ viết về Đảng',
        'Nguyễn Thị Ánh Tuyết (bút danh Hồng Lĩnh)',
        'Báo Bình Định',
        7.5,
        'Đoạt giải',
      ],
    ]);
    const otherRows = values(workbook.getWorksheet('Báo in Phóng sự Điều tra chuyên')!);
    expect(otherRows.slice(1).map((row) => [row[1], row[5], row[9]])).toEqual([
      ['Giải B', '=1+1 "Tiếng gọi" từ biên giới, kỳ 1', 'Đoạt giải'],
      ['Giải Khuyến khích', LONG_TITLE, 'Đoạt giải'],
    ]);
    // A title that looks like a formula stays text in the spreadsheet.
    expect(workbook.getWorksheet('Báo in Phóng sự Điều tra chuyên')!.getCell('F2').type).toBe(
      ExcelJS.ValueType.String,
    );
    expect(JSON.stringify([...printRows, ...otherRows])).not.toContain('Tác phẩm không đoạt giải');
  });

  it('should give a UTF-8 CSV with a BOM, CRLF, quoting, a category column and no formula', async () => {
    const response = await download(
      app,
      `/awards/${fixture.awardId}/results/export?format=csv`,
      fixture.tokens.organizer,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(
      'filename="ket-qua-giai-bao-chi-ve-xay-dung-dang-tinh-gia-lai-2026.csv"',
    );
    expect([...response.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = response.bytes.subarray(3).toString('utf8');
    expect(text.normalize('NFC')).toBe(text);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'STT',
      'Hạng mục',
      'Hạng giải',
      'Giải chuyên đề',
      'Mã tác phẩm',
      'Số biên nhận',
      'Tên tác phẩm',
      'Tác giả',
      'Cơ quan báo chí',
      'Điểm',
      'Tình trạng',
    ]);
    // Announcement order: by tier (A, B, KK), then topic prizes only; the prize-less entry is absent.
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2], row[6], row[9], row[10]])).toEqual([
      ['1', 'Báo in', 'Giải A', 'Những người giữ lửa ở bản Ếch', '9.25', 'Đoạt giải'],
      ['2', 'Báo in', 'Giải B', 'Mùa xuân trên đỉnh Trường Sơn', '8.5', 'Thu hồi giải'],
      [
        '3',
        'Báo in: Phóng sự/Điều tra [chuyên sâu] về xây dựng Đảng',
        'Giải B',
        `'=1+1 "Tiếng gọi" từ biên giới, kỳ 1`,
        '8',
        'Đoạt giải',
      ],
      [
        '4',
        'Báo in: Phóng sự/Điều tra [chuyên sâu] về xây dựng Đảng',
        'Giải Khuyến khích',
        LONG_TITLE,
        '7',
        'Đoạt giải',
      ],
      ['5', 'Báo in', '', 'Người trẻ viết về Đảng', '7.5', 'Đoạt giải'],
    ]);
    expect(rows[1]![7]).toBe('Nguyễn Thị Ánh Tuyết (bút danh Hồng Lĩnh), Đặng Hữu Phước');
    expect(rows[4]![7]).toBe('Trần Thị Ỷ Lan (bút danh Ỷ Lan), Lê Văn Tám');
    expect(rows[4]![8]).toBe('Đài Phát thanh và Truyền hình Bình Định');
    expect(text).toContain(`"'=1+1 ""Tiếng gọi"" từ biên giới, kỳ 1"`);

    const english = await download(
      app,
      `/awards/${fixture.awardId}/results/export?format=csv&lang=en`,
      fixture.tokens.organizer,
    );
    const englishRows = parseCsv(english.bytes.subarray(3).toString('utf8'));
    expect(englishRows[0]![0]).toBe('No.');
    expect(englishRows[2]![10]).toBe('Prize revoked');
    expect(englishRows[1]![7]).toBe('Nguyễn Thị Ánh Tuyết (pen name Hồng Lĩnh), Đặng Hữu Phước');
    expect(english.headers.get('content-disposition')).toContain(
      'filename="results-giai-bao-chi-ve-xay-dung-dang-tinh-gia-lai-2026.csv"',
    );
  });

  it('should give the official PDF list by tier and category, without revoked prizes, in extractable Vietnamese', async () => {
    const response = await download(
      app,
      `/awards/${fixture.awardId}/results/export?format=pdf`,
      fixture.tokens.organizer,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPages(response.bytes);
    // Wrapped lines come back one per text run: joined with spaces they give the text back.
    const text = pages.join(' ').replace(/\s+/g, ' ');
    expect(text.normalize('NFC')).toBe(text);
    for (const expected of [
      'BAN TỔ CHỨC TỈNH ỦY GIA LAI',
      'Giải báo chí về xây dựng Đảng tỉnh Gia Lai lần thứ XI – năm 2026',
      'DANH SÁCH TÁC PHẨM ĐOẠT GIẢI',
      'GIẢI A (1 tác phẩm)',
      'GIẢI B (1 tác phẩm)',
      'GIẢI CHUYÊN ĐỀ: TÁC GIẢ TRẺ (2 tác phẩm)',
      'Những người giữ lửa ở bản Ếch',
      'Nguyễn Thị Ánh Tuyết (bút danh Hồng Lĩnh), Đặng Hữu Phước',
      'Trần Thị Ỷ Lan (bút danh Ỷ Lan), Lê Văn Tám',
      'Đài Phát thanh và Truyền hình Bình Định',
      'Báo Bình Định',
      'Người trẻ viết về Đảng',
    ]) {
      expect(text).toContain(expected);
    }
    // An official document's date line; the fixture's provincial award names no place, so it has none.
    const publishedAt = (
      await app.db.query('SELECT published_at FROM awards WHERE id = $1', [fixture.awardId])
    ).rows[0].published_at as Date;
    expect(text).toContain(formalDateLine(publishedAt, null));
    expect(text).toMatch(/Ngày \d{2} tháng \d{2} năm \d{4}/);
    expect(text).not.toContain('Công bố ngày');
    expect(text).not.toContain('DỰ THẢO');
    // The revoked prize and the prize-less entry are not on the official list.
    expect(text).not.toContain('Mùa xuân');
    expect(text).not.toContain('Tác phẩm không đoạt giải');
    // The long title wraps inside its column rather than running off the page.
    expect(text).toContain(LONG_TITLE);
    expect(pages.map((page) => /Trang (\d+)\/(\d+)/.exec(page)?.slice(1))).toEqual(
      pages.map((_, index) => [String(index + 1), String(pages.length)]),
    );

    const glyphs = await glyphMismatches(response.bytes);
    expect(glyphs.mismatches).toEqual([]);
    expect(glyphs.checked).toBeGreaterThan(60);
    expect(glyphs.fonts).toEqual(expect.arrayContaining(['NotoSerif-Regular', 'NotoSerif-Bold']));
    expect(response.bytes.length).toBeLessThan(250_000);

    expect(judgingPdf.status).toBe(200);
    const draft = (await pdfPages(judgingPdf.bytes)).join(' ').replace(/\s+/g, ' ');
    expect(draft).toContain('DỰ THẢO – kết quả chưa được công bố');
    expect(draft).toContain('Mùa xuân trên đỉnh Trường Sơn');

    const english = (
      await pdfPages(
        (
          await download(
            app,
            `/awards/${fixture.awardId}/results/export?format=pdf&lang=en`,
            fixture.tokens.organizer,
          )
        ).bytes,
      )
    )
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(english).toContain('LIST OF AWARD-WINNING WORKS');
    expect(english).toContain('(pen name Hồng Lĩnh)');
    expect(english).toMatch(/Page 1\/\d/);
  });
});
