import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formalDateLine } from '@press-award/domain';
import { buildAward, buildEntry, buildRules } from '../../../test/factories';
import { pdfPages } from '../../../test/pdf-inspection';
import { download } from '../../../test/results-fixture';
import { pdfSample } from '../../../test/samples';
import { createAward, setAwardStatus, submitEntry } from '../../../test/scenario';
import { createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

/**
 * The phiếu đăng ký, read back as a person's PDF viewer reads it: every value equals the entry as
 * registered, the Party document's header and the signature blocks are there, and nobody but the
 * submitter and the award's staff gets it.
 */
describe('GET /entries/:entryId/registration-form', () => {
  let app: TestApp;
  let entryId: string;
  let reporter: string;
  const authors = [
    {
      fullName: 'Đặng Thị Hồng Nhung',
      penName: 'Hồng Nhung',
      role: 'author',
      organizationName: 'Báo Bình Định',
      dateOfBirth: '1985-03-08',
    },
    {
      fullName: 'Trương Minh Đức',
      penName: 'Minh Đức',
      role: 'co_author',
      organizationName: 'Đài PT-TH Bình Định',
      dateOfBirth: '1990-11-23',
    },
  ];

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc-phieu@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'nhung-phieu@example.vn', fullName: 'Đặng Thị Hồng Nhung' });
    await createUser(app.db, { email: 'nguoi-khac@example.vn' });
    const organizer = await login(app, 'btc-phieu@example.vn');
    const award = await createAward(
      app,
      organizer,
      buildAward({
        name: 'Giải báo chí về xây dựng Đảng tỉnh Bình Định',
        organizerName: 'Ban Tổ chức Tỉnh ủy Bình Định',
        place: 'Quy Nhơn',
        rules: buildRules({ maxEntriesPerAuthor: 3 }),
      }),
    );
    await setAwardStatus(app, organizer, award.id, 'open');
    reporter = await login(app, 'nhung-phieu@example.vn');
    entryId = await submitEntry(
      app,
      reporter,
      award.id,
      buildEntry(award.categories[0].id, {
        title: 'Đảng bộ xã vùng cao và cuộc chiến với đói nghèo',
        authors,
      }),
      { content: await pdfSample(), name: 'trang-bao.pdf' },
    );
  }, 60_000);

  afterAll(async () => {
    await app.close();
  });

  it('should fill the form from the entry, in the Party format, with the signature blocks', async () => {
    const file = await download(app, `/entries/${entryId}/registration-form`, reporter);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('application/pdf');
    expect(file.headers.get('content-disposition')).toContain('phieu-dang-ky-');
    const text = (await pdfPages(file.bytes)).join('\n');

    const { rows } = await app.db.query(
      `SELECT e.receipt_number, e.submitted_at, p.outlet, p.published_at::text AS published_at
         FROM entries e JOIN entry_parts p ON p.entry_id = e.id WHERE e.id = $1`,
      [entryId],
    );
    const [entry] = rows;
    const dayMonthYear = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');
    for (const expected of [
      'BAN TỔ CHỨC TỈNH ỦY BÌNH ĐỊNH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      formalDateLine(entry.submitted_at, 'Quy Nhơn'),
      'PHIẾU ĐĂNG KÝ TÁC PHẨM DỰ GIẢI',
      'Đảng bộ xã vùng cao và cuộc chiến với đói nghèo',
      `Số biên nhận: ${entry.receipt_number}`,
      'Loại hình báo chí: Báo in',
      entry.outlet,
      dayMonthYear(entry.published_at),
      ...authors.flatMap((author) => [
        author.fullName,
        author.penName,
        author.organizationName,
        dayMonthYear(author.dateOfBirth),
      ]),
      'Đồng tác giả',
      'XÁC NHẬN CỦA CƠ QUAN',
      '(Ký tên, đóng dấu)',
      '(Ký, ghi rõ họ tên)',
    ])
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });

    // Dated at the submission: the same entry gives the same form.
    const again = await download(app, `/entries/${entryId}/registration-form`, reporter);
    expect((await pdfPages(again.bytes)).join('\n')).toBe(text);
  });

  it('should give it to the award staff, answer 404 to anyone else and refuse unknown formats', async () => {
    const staff = await download(
      app,
      `/entries/${entryId}/registration-form`,
      await login(app, 'btc-phieu@example.vn'),
    );
    expect(staff.status).toBe(200);

    const stranger = await download(
      app,
      `/entries/${entryId}/registration-form`,
      await login(app, 'nguoi-khac@example.vn'),
    );
    expect(stranger.status).toBe(404);
    expect(stranger.bytes.subarray(0, 5).toString('latin1')).not.toBe('%PDF-');

    const docx = await download(app, `/entries/${entryId}/registration-form?format=docx`, reporter);
    expect(docx.status).toBe(400);
    expect(docx.json?.code).toBe('VALIDATION_FAILED');
  });
});
