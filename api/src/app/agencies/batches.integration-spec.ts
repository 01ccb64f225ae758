import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { buildEntry } from '../../../test/factories';
import { pdfPages } from '../../../test/pdf-inspection';
import { download } from '../../../test/results-fixture';
import { exeSample, pdfSample, pngSample } from '../../../test/samples';
import { addMember, openAwardWith, type TestAward } from '../../../test/scenario';
import {
  countRows,
  createUser,
  filesUnder,
  login,
  startTestApp,
  uploadFile,
  type ApiResponse,
  type TestApp,
} from '../../../test/test-app';

const PROVINCE = 'Ban Tổ chức Tỉnh ủy Gia Lai';
const NEWSPAPER = 'Báo Gia Lai';

/**
 * Agencies and committees submit too: an organization account opens a batch for an award, files its
 * reporters' entries into it (each naming its own authors), attaches its covering letter, sees the
 * entries' status and prints the list it sends with the letter. Where the award requires the
 * agency's confirmation, an entry outside such a batch is refused and nothing changes.
 */
describe('BatchesController', () => {
  let app: TestApp;
  let organizer: string;
  let secretary: string;
  let province: string;
  let newspaper: string;
  let reporter: string;
  let stranger: string;
  let award: TestAward;
  let confirmingAward: TestAward;

  /** An organization account, as registration creates it. */
  async function organization(email: string, name: string): Promise<string> {
    const user = await createUser(app.db, {
      email,
      fullName: 'Trần Thị Thu Hà',
      organizationName: name,
    });
    await app.db.query(`UPDATE users SET account_kind = 'organization' WHERE id = $1`, [user.id]);
    return login(app, email);
  }

  async function putLetter(
    batchId: string,
    token: string,
    file: { content: Buffer; name: string; type?: string },
    fields: Record<string, string> = { number: '45-CV/BTCTU', issuedOn: '2025-10-05' },
  ): Promise<ApiResponse> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append(
      'file',
      new Blob([new Uint8Array(file.content)], { type: file.type ?? 'application/pdf' }),
      file.name,
    );
    const response = await fetch(`${app.baseUrl}/api/v1/batches/${batchId}/covering-letter`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      headers: response.headers,
    };
  }

  async function openBatch(token: string, awardId: string, title = 'Đợt 1'): Promise<any> {
    const created = await app.request('POST', `/awards/${awardId}/batches`, {
      token,
      body: { title },
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  async function fileEntry(
    token: string,
    target: TestAward,
    overrides: Record<string, unknown> = {},
  ): Promise<any> {
    const created = await app.request('POST', `/awards/${target.id}/entries`, {
      token,
      body: buildEntry(target.categories[0]!.id, overrides),
    });
    expect(created.status).toBe(201);
    expect(
      (
        await uploadFile(app, created.body.id, token, {
          content: await pdfSample(),
          name: 'bai.pdf',
        })
      ).status,
    ).toBe(201);
    return created.body;
  }

  const storedFiles = async () =>
    (await filesUnder(app.storageRoot)).filter(
      (path) => !path.startsWith(join(app.storageRoot, 'tmp')),
    );

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc-cv@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'thuky-cv@example.vn', fullName: 'Thư ký Giải' });
    await createUser(app.db, { email: 'phongvien-cv@example.vn', fullName: 'Nguyễn Văn Phóng' });
    await createUser(app.db, { email: 'nguoi-la-cv@example.vn' });
    organizer = await login(app, 'btc-cv@example.vn');
    reporter = await login(app, 'phongvien-cv@example.vn');
    stranger = await login(app, 'nguoi-la-cv@example.vn');
    province = await organization('btctu-gialai@example.vn', PROVINCE);
    newspaper = await organization('baogialai@example.vn', NEWSPAPER);
    const categories = [{ code: 'IN', name: 'Báo in', mediaType: 'print' as const }];
    award = await openAwardWith(app, organizer, categories, { maxEntriesPerAuthor: 10 });
    confirmingAward = await openAwardWith(app, organizer, categories, {
      maxEntriesPerAuthor: 10,
      agencyConfirmationRequired: true,
    });
    await addMember(app, organizer, confirmingAward.id, {
      email: 'thuky-cv@example.vn',
      fullName: 'Thư ký Giải',
      role: 'secretary',
    });
    secretary = await login(app, 'thuky-cv@example.vn');
  }, 60_000);

  afterAll(async () => app.close());
  const awardWithout = () => award.id;

  it('should let an organization account open a batch, and refuse a person or a missing title', async () => {
    const batch = await openBatch(province, award.id);
    expect(batch).toMatchObject({
      awardId: award.id,
      title: 'Đợt 1',
      organizationName: PROVINCE,
      coveringLetter: null,
      entryCount: 0,
      entries: [],
    });
    const me = await app.request('GET', '/me', { token: province });
    expect(me.body).toMatchObject({ accountKind: 'organization', organizationName: PROVINCE });
    expect((await app.request('GET', '/me', { token: reporter })).body.accountKind).toBe('person');

    const before = await countRows(app.db, 'batches');
    const person = await app.request('POST', `/awards/${award.id}/batches`, {
      token: reporter,
      body: { title: 'Đợt 1' },
    });
    expect(person.status).toBe(403);
    expect(person.body.code).toBe('ORGANIZATION_ACCOUNT_REQUIRED');
    const untitled = await app.request('POST', `/awards/${award.id}/batches`, {
      token: province,
      body: {},
    });
    expect(untitled.status).toBe(400);
    expect(await countRows(app.db, 'batches')).toBe(before);
  });

  it('should register an organization account only with its name, and report it on /me', async () => {
    const nameless = await app.request('POST', '/auth/register', {
      body: {
        email: 'dai-ptth@example.vn',
        password: 'một-mật-khẩu-dài',
        fullName: 'Lê Văn Minh',
        accountKind: 'organization',
      },
    });
    expect(nameless.status).toBe(400);
    expect(nameless.body.details.map((detail: { field: string }) => detail.field)).toContain(
      'organizationName',
    );
    const odd = await app.request('POST', '/auth/register', {
      body: {
        email: 'dai-ptth@example.vn',
        password: 'một-mật-khẩu-dài',
        fullName: 'Lê Văn Minh',
        accountKind: 'agency',
        organizationName: 'Đài Phát thanh – Truyền hình Gia Lai',
      },
    });
    expect(odd.status).toBe(400);
    expect(
      await countRows(app.db, 'pending_registrations', 'email = $1', ['dai-ptth@example.vn']),
    ).toBe(0);

    const registered = await app.request('POST', '/auth/register', {
      body: {
        email: 'dai-ptth@example.vn',
        password: 'một-mật-khẩu-dài',
        fullName: 'Lê Văn Minh',
        accountKind: 'organization',
        organizationName: 'Đài Phát thanh – Truyền hình Gia Lai',
      },
    });
    expect(registered.status).toBe(202);
    let token: string | undefined;
    for (let waited = 0; waited < 15_000 && !token; waited += 100) {
      const { rows } = await app.db.query(
        `SELECT text FROM mail_messages WHERE "to" = $1 ORDER BY created_at DESC LIMIT 1`,
        ['dai-ptth@example.vn'],
      );
      token = /\/register\/confirm\/([A-Za-z0-9_-]+)/.exec(rows[0]?.text ?? '')?.[1];
      if (!token) await new Promise((done) => setTimeout(done, 100));
    }
    const confirmed = await app.request('POST', '/auth/register/confirm', { body: { token } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.user).toMatchObject({
      accountKind: 'organization',
      organizationName: 'Đài Phát thanh – Truyền hình Gia Lai',
      fullName: 'Lê Văn Minh',
    });
  });

  it('should file entries into the batch with their own authors and show their status', async () => {
    const batch = await openBatch(province, award.id, 'Đợt 2');
    const first = await fileEntry(province, award, {
      batchId: batch.id,
      title: 'Chi bộ bản làng giữ rừng',
      authors: [
        { fullName: 'Rơ Châm H’Luyn', penName: 'H’Luyn', dateOfBirth: '1988-04-12' },
        { fullName: 'Nguyễn Văn Tâm', penName: 'Văn Tâm', dateOfBirth: '1979-09-01' },
      ],
    });
    expect(first.batchId).toBe(batch.id);
    expect(first.authors.map((author: { fullName: string }) => author.fullName)).toEqual([
      'Rơ Châm H’Luyn',
      'Nguyễn Văn Tâm',
    ]);
    const second = await fileEntry(province, award, {
      batchId: batch.id,
      title: 'Đảng viên trẻ nơi biên giới',
    });
    expect(
      (await app.request('POST', `/entries/${second.id}/submit`, { token: province })).status,
    ).toBe(200);

    const read = await app.request('GET', `/batches/${batch.id}`, { token: province });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ entryCount: 2, submittedCount: 1 });
    expect(
      read.body.entries.map((entry: { title: string; status: string }) => [
        entry.title,
        entry.status,
      ]),
    ).toEqual([
      ['Chi bộ bản làng giữ rừng', 'draft'],
      ['Đảng viên trẻ nơi biên giới', 'submitted'],
    ]);
    expect(read.body.entries[0].receiptNumber).toBeNull();
    expect(read.body.entries[1].receiptNumber).toBeTruthy();

    const mine = await app.request('GET', '/batches/mine', { token: province });
    expect(mine.body.map((item: { id: string }) => item.id)).toContain(batch.id);
    expect((await app.request('GET', '/batches/mine', { token: newspaper })).body).toEqual([]);
    const staff = await app.request('GET', `/awards/${award.id}/batches`, { token: organizer });
    expect(staff.status).toBe(200);
    expect(staff.body.find((item: { id: string }) => item.id === batch.id)).toMatchObject({
      organizationName: PROVINCE,
      entryCount: 2,
    });
    expect(
      (await app.request('GET', `/awards/${award.id}/batches`, { token: province })).status,
    ).not.toBe(200);
  });

  it("should refuse an entry into another organization's batch or another award's, writing nothing", async () => {
    const batch = await openBatch(province, award.id, 'Đợt 3');
    const other = await openBatch(province, confirmingAward.id, 'Đợt 1');
    const before = await countRows(app.db, 'entries');
    for (const [token, target, batchId] of [
      [newspaper, award, batch.id],
      [reporter, award, batch.id],
      [province, award, other.id],
    ] as const) {
      const refused = await app.request('POST', `/awards/${target.id}/entries`, {
        token,
        body: buildEntry(target.categories[0]!.id, { batchId }),
      });
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('BATCH_NOT_FOUND');
    }
    expect(await countRows(app.db, 'entries')).toBe(before);
  });

  it('should answer 404 to another organization, a reporter and a stranger, and let the award staff read', async () => {
    const batch = await openBatch(province, award.id, 'Đợt riêng');
    expect(
      (await putLetter(batch.id, province, { content: await pdfSample(1), name: 'cv.pdf' })).status,
    ).toBe(200);
    for (const token of [newspaper, reporter, stranger]) {
      for (const path of [
        `/batches/${batch.id}`,
        `/batches/${batch.id}/covering-letter`,
        `/batches/${batch.id}/list`,
      ]) {
        const answer = await download(app, path, token);
        expect({ path, status: answer.status, code: answer.json?.code }).toEqual({
          path,
          status: 404,
          code: 'BATCH_NOT_FOUND',
        });
      }
      const put = await putLetter(batch.id, token, {
        content: await pdfSample(1),
        name: 'gia.pdf',
      });
      expect(put.status).toBe(404);
    }
    const letter = await download(app, `/batches/${batch.id}/covering-letter`, organizer);
    expect(letter.status).toBe(200);
    expect(letter.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A staff member of another award is a stranger here.
    expect((await download(app, `/batches/${batch.id}`, secretary)).status).toBe(404);
    expect((await download(app, '/batches/not-a-uuid', province)).status).toBe(404);
  });

  it('should take a PDF covering letter with its number and date, replace it, and keep one stored copy', async () => {
    const batch = await openBatch(newspaper, award.id, 'Hồ sơ Báo Gia Lai');
    const pdf = await pdfSample(2);
    const stored = await putLetter(
      batch.id,
      newspaper,
      { content: pdf, name: 'Công văn 112.pdf' },
      {
        number: '112/CV-BGL',
        issuedOn: '2025-10-06',
      },
    );
    expect(stored.status).toBe(200);
    expect(stored.body.coveringLetter).toMatchObject({
      number: '112/CV-BGL',
      issuedOn: '2025-10-06',
      originalName: 'Công văn 112.pdf',
      size: pdf.length,
      pageCount: 2,
    });
    const keyOf = async () =>
      (await app.db.query('SELECT letter_storage_key FROM batches WHERE id = $1', [batch.id]))
        .rows[0].letter_storage_key as string;
    const firstKey = await keyOf();
    expect((await storedFiles()).some((path) => path.endsWith(firstKey))).toBe(true);

    const replaced = await putLetter(
      batch.id,
      newspaper,
      { content: await pdfSample(1), name: 'cv-moi.pdf' },
      {
        number: '115/CV-BGL',
        issuedOn: '2025-10-08',
      },
    );
    expect(replaced.status).toBe(200);
    expect(replaced.body.coveringLetter.number).toBe('115/CV-BGL');
    const secondKey = await keyOf();
    expect(secondKey).not.toBe(firstKey);
    const files = await storedFiles();
    expect(files.some((path) => path.endsWith(secondKey))).toBe(true);
    expect(files.some((path) => path.endsWith(firstKey))).toBe(false);
  });

  it('should refuse a renamed non-PDF, a bad number or a future date, leaving no file and no change', async () => {
    const batch = await openBatch(newspaper, award.id, 'Hồ sơ thử');
    const filesBefore = await storedFiles();
    const cases: [{ content: Buffer; name: string }, Record<string, string>, number, string][] = [
      [
        { content: exeSample(), name: 'cong-van.pdf' },
        { number: '45-CV/BTCTU', issuedOn: '2025-10-05' },
        415,
        'FILE_TYPE_NOT_ALLOWED',
      ],
      [
        { content: pngSample(), name: 'cong-van.pdf' },
        { number: '45-CV/BTCTU', issuedOn: '2025-10-05' },
        415,
        'FILE_TYPE_NOT_ALLOWED',
      ],
      [
        { content: Buffer.alloc(0), name: 'rong.pdf' },
        { number: '45-CV/BTCTU', issuedOn: '2025-10-05' },
        400,
        'FILE_EMPTY',
      ],
      [
        { content: await pdfSample(1), name: 'cv.pdf' },
        { number: '<b>45</b>', issuedOn: '2025-10-05' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        { content: await pdfSample(1), name: 'cv.pdf' },
        { number: '45-CV/BTCTU', issuedOn: '05/10/2025' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        { content: await pdfSample(1), name: 'cv.pdf' },
        { number: '45-CV/BTCTU', issuedOn: '2099-12-01' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        { content: Buffer.concat([await pdfSample(1), exeSample()]), name: 'cv.pdf' },
        { number: '45-CV/BTCTU', issuedOn: '2025-10-05' },
        400,
        'FILE_TRAILING_DATA',
      ],
    ];
    for (const [file, fields, status, code] of cases) {
      const refused = await putLetter(batch.id, newspaper, file, fields);
      expect({ name: file.name, fields, status: refused.status, code: refused.body?.code }).toEqual(
        {
          name: file.name,
          fields,
          status,
          code,
        },
      );
    }
    const { rows } = await app.db.query(
      'SELECT letter_number, letter_storage_key FROM batches WHERE id = $1',
      [batch.id],
    );
    expect(rows[0]).toEqual({ letter_number: null, letter_storage_key: null });
    expect(await storedFiles()).toEqual(filesBefore);
    expect(await filesUnder(join(app.storageRoot, 'tmp'))).toEqual([]);
    const read = await app.request('GET', `/batches/${batch.id}`, { token: newspaper });
    expect(read.body.coveringLetter).toBeNull();
    expect((await download(app, `/batches/${batch.id}/covering-letter`, newspaper)).status).toBe(
      404,
    );
  });

  describe('where the award requires the agency’s confirmation', () => {
    const receiptOf = async (entryId: string) =>
      (await app.db.query('SELECT status, receipt_number FROM entries WHERE id = $1', [entryId]))
        .rows[0];

    it('should refuse an entry filed on its own, or in a batch without a letter, and change nothing', async () => {
      const alone = await fileEntry(reporter, confirmingAward);
      const batch = await openBatch(province, confirmingAward.id, 'Chưa có công văn');
      const unconfirmed = await fileEntry(province, confirmingAward, { batchId: batch.id });
      const mailsBefore = await countRows(app.db, 'mail_messages');
      for (const [token, entry] of [
        [reporter, alone],
        [province, unconfirmed],
      ] as const) {
        const refused = await app.request('POST', `/entries/${entry.id}/submit`, { token });
        expect(refused.status).toBe(409);
        expect(refused.body.code).toBe('AGENCY_CONFIRMATION_REQUIRED');
        expect(refused.body.message).toContain('công văn');
        expect(await receiptOf(entry.id)).toEqual({ status: 'draft', receipt_number: null });
      }
      expect(await countRows(app.db, 'mail_messages')).toBe(mailsBefore);
      const english = await app.request('POST', `/entries/${alone.id}/submit`, {
        token: reporter,
        headers: { 'accept-language': 'en' },
      });
      expect(english.body.message).toContain('covering letter');
    });

    it('should submit entries of a batch once its covering letter is on file', async () => {
      const batch = await openBatch(province, confirmingAward.id, 'Có công văn');
      const entries = [
        await fileEntry(province, confirmingAward, { batchId: batch.id, title: 'Tác phẩm một' }),
        await fileEntry(province, confirmingAward, { batchId: batch.id, title: 'Tác phẩm hai' }),
      ];
      expect(
        (await putLetter(batch.id, province, { content: await pdfSample(1), name: 'cv.pdf' }))
          .status,
      ).toBe(200);
      for (const entry of entries) {
        const submitted = await app.request('POST', `/entries/${entry.id}/submit`, {
          token: province,
        });
        expect(submitted.status).toBe(200);
        expect(submitted.body.receiptNumber).toBeTruthy();
      }
      const read = await app.request('GET', `/batches/${batch.id}`, { token: secretary });
      expect(read.status).toBe(200);
      expect(read.body.submittedCount).toBe(2);
    });

    it('should keep the setting optional and validated in the award rules', async () => {
      const award = await app.request('GET', `/awards/${confirmingAward.id}`, { token: organizer });
      expect(award.body.rules.agencyConfirmationRequired).toBe(true);
      const bad = await app.request('PATCH', `/awards/${confirmingAward.id}`, {
        token: organizer,
        body: { rules: { agencyConfirmationRequired: 'yes' } },
      });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.details)).toContain('NOT_A_BOOLEAN');
      const plain = await app.request('GET', `/awards/${award.body.id}`, { token: organizer });
      expect(plain.body.rules.agencyConfirmationRequired).toBe(true);
      const other = await app.request('GET', `/awards/${confirmingAward.id}`, { token: organizer });
      expect(other.body.rules).toHaveProperty('agencyConfirmationRequired', true);
      const open = await app.request('GET', `/awards/${awardWithout()}`, { token: organizer });
      expect(open.body.rules).not.toHaveProperty('agencyConfirmationRequired');
    });
  });

  it('should print the batch list in the Party format, read back as text', async () => {
    const batch = await openBatch(province, award.id, 'Danh sách');
    const authors = [
      { fullName: 'Rơ Châm H’Luyn', penName: 'H’Luyn', dateOfBirth: '1988-04-12' },
      { fullName: 'Nguyễn Văn Tâm', penName: 'Văn Tâm', dateOfBirth: '1979-09-01' },
    ];
    const first = await fileEntry(province, award, {
      batchId: batch.id,
      title: 'Chi bộ bản làng giữ rừng',
      authors,
    });
    await fileEntry(province, award, { batchId: batch.id, title: 'Bài sẽ rút' });
    const withdrawn = (await app.request('GET', `/batches/${batch.id}`, { token: province })).body
      .entries[1];
    await app.request('POST', `/entries/${withdrawn.id}/submit`, { token: province });
    await app.request('POST', `/entries/${withdrawn.id}/withdraw`, { token: province });
    expect(
      (await app.request('POST', `/entries/${first.id}/submit`, { token: province })).status,
    ).toBe(200);
    expect(
      (
        await putLetter(
          batch.id,
          province,
          { content: await pdfSample(1), name: 'cv.pdf' },
          {
            number: '45-CV/BTCTU',
            issuedOn: '2025-10-05',
          },
        )
      ).status,
    ).toBe(200);

    const file = await download(app, `/batches/${batch.id}/list?format=pdf`, province);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('application/pdf');
    expect(file.headers.get('content-disposition')).toContain('danh-sach-tac-pham-');
    const text = (await pdfPages(file.bytes)).join('\n').replace(/\s+/g, ' ');
    const { rows } = await app.db.query(
      `SELECT e.receipt_number, p.outlet, p.published_at::text AS published_at
         FROM entries e JOIN entry_parts p ON p.entry_id = e.id WHERE e.id = $1`,
      [first.id],
    );
    const dayMonthYear = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');
    for (const expected of [
      PROVINCE.toLocaleUpperCase('vi'),
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Ngày 05 tháng 10 năm 2025',
      'DANH SÁCH TÁC PHẨM DỰ GIẢI',
      `Kèm theo Công văn số 45-CV/BTCTU ngày 05/10/2025 của ${PROVINCE}`,
      'STT',
      'Chi bộ bản làng giữ rừng',
      'Rơ Châm H’Luyn (bút danh H’Luyn)',
      'Nguyễn Văn Tâm (bút danh Văn Tâm)',
      rows[0].outlet,
      dayMonthYear(rows[0].published_at),
      rows[0].receipt_number,
      'Tổng cộng: 1 tác phẩm.',
      '(Ký tên, đóng dấu)',
    ])
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    expect(text).not.toContain('Bài sẽ rút');

    // The same batch gives the same list; the award's staff get it too, other formats are refused.
    const again = await download(app, `/batches/${batch.id}/list`, organizer);
    expect((await pdfPages(again.bytes)).join('\n').replace(/\s+/g, ' ')).toBe(text);
    const docx = await download(app, `/batches/${batch.id}/list?format=docx`, province);
    expect(docx.status).toBe(400);
  });
});
