import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FILE_RULES } from '@press-award/domain';
import { buildAward, buildEntry, buildRules } from '../../../test/factories';
import { awardWithWinners } from '../../../test/published-award';
import { pdfSample } from '../../../test/samples';
import { startS3Server } from '../../../test/s3-server';
import { addMember, createAward, setAwardStatus } from '../../../test/scenario';
import {
  countRows,
  createUser,
  filesUnder,
  login,
  startTestApp,
  uploadFile,
  type TestApp,
} from '../../../test/test-app';
import { ForwardingController } from './forwarding.controller';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const khoa = {
  authors: [
    {
      fullName: 'Trần Minh Khoa',
      penName: 'Minh Khoa',
      role: 'author',
      organizationName: 'Đài PT-TH Bình Định',
      dateOfBirth: '1990-01-02',
    },
  ],
};

describe(ForwardingController.name, () => {
  let app: TestApp;
  let organizer: string;
  let reporter: string;
  let targetOrganizer: string;
  let source: { id: string; name: string };
  /** [A print (2 files), KK print by the second reporter, KK online, no prize, KK print published too early for the national window] */
  let entries: string[];
  let national: { id: string; categories: { id: string; code: string }[] };
  let draftNational: string;
  let provincialOpen: string;

  const entriesOf = (awardId: string) => countRows(app.db, 'entries', 'award_id = $1', [awardId]);
  const stored = async () => (await filesUnder(app.storageRoot)).length;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn', fullName: 'Đặng Thị Hồng Nhung' });
    await createUser(app.db, { email: 'pv2@example.vn', fullName: 'Trần Minh Khoa' });
    await createUser(app.db, { email: 'btc-tw@example.vn', fullName: 'Ban Tổ chức Trung ương' });
    organizer = await login(app, 'btc@example.vn');
    reporter = await login(app, 'pv@example.vn');
    const reporter2 = await login(app, 'pv2@example.vn');

    const built = await awardWithWinners(
      app,
      organizer,
      [
        {
          token: reporter,
          tierCode: 'A',
          entry: {
            topicPrizes: ['TRE', 'DANG'],
            parts: [
              { title: 'Kỳ 1', outlet: 'Báo Bình Định', publishedAt: daysAgo(20) },
              {
                title: 'Kỳ 2',
                outlet: 'Báo Bình Định',
                publishedAt: daysAgo(19),
                url: 'https://baobinhdinh.vn/ky-2',
              },
            ],
          },
          files: [
            { content: await pdfSample(3, 'forward-work'), name: 'loạt bài.pdf' },
            {
              content: await pdfSample(1, 'forward-confirmation'),
              name: 'xác nhận.pdf',
              kind: 'confirmation',
            },
          ],
        },
        { token: reporter2, tierCode: 'KK', entry: khoa },
        { token: reporter, tierCode: 'KK', category: 1 },
        { token: reporter2, tierCode: null, entry: khoa },
        {
          token: reporter,
          tierCode: 'KK',
          entry: {
            parts: [{ title: 'Bài cũ', outlet: 'Báo Bình Định', publishedAt: daysAgo(300) }],
          },
        },
      ],
      {
        award: {
          name: 'Giải báo chí tỉnh Bình Định 2026',
          rules: buildRules({
            maxEntriesPerAuthor: 5,
            files: { print: DEFAULT_FILE_RULES.print, online: DEFAULT_FILE_RULES.online },
          }),
          categories: [
            { code: 'IN', name: 'Báo in', mediaType: 'print' },
            { code: 'DT', name: 'Báo điện tử', mediaType: 'online' },
          ],
          topicPrizes: [
            { code: 'TRE', label: 'Tác giả trẻ' },
            { code: 'DANG', label: 'Đại hội Đảng' },
          ],
        },
      },
    );
    source = built.award;
    entries = built.entryIds;

    // The national award: print only (two categories, the one ordered first is chosen), one work per
    // author, a publication window shorter than the province's.
    const created = await app.request('POST', '/awards', {
      token: organizer,
      body: buildAward({
        name: 'Giải Búa liềm vàng lần thứ XI',
        level: 'national',
        rules: buildRules({ maxEntriesPerAuthor: 1, publicationFrom: daysAgo(200) }),
        categories: [
          { code: 'IN2', name: 'Báo in – phóng sự', mediaType: 'print', sortOrder: 1 },
          { code: 'IN1', name: 'Báo in – chính luận', mediaType: 'print', sortOrder: 0 },
        ],
        topicPrizes: [{ code: 'DANG', label: 'Đại hội Đảng' }],
      }),
    });
    national = created.body;
    await setAwardStatus(app, organizer, national.id, 'open');
    await addMember(app, organizer, national.id, {
      email: 'btc-tw@example.vn',
      fullName: 'Ban Tổ chức Trung ương',
      role: 'organizer',
    });
    targetOrganizer = await login(app, 'btc-tw@example.vn');
    // The second reporter already has a work of their own in the national award: their slot is taken.
    const own = await app.request('POST', `/awards/${national.id}/entries`, {
      token: reporter2,
      body: buildEntry(national.categories[0]!.id, { title: 'Bài tự gửi', ...khoa }),
    });
    await uploadFile(app, own.body.id, reporter2, {
      content: await pdfSample(1, 'own'),
      name: 'own.pdf',
    });
    expect(
      (await app.request('POST', `/entries/${own.body.id}/submit`, { token: reporter2 })).status,
    ).toBe(200);

    draftNational = (
      await createAward(
        app,
        organizer,
        buildAward({ name: 'Giải toàn quốc chưa mở', level: 'national' }),
      )
    ).id;
    provincialOpen = (await createAward(app, organizer, buildAward({ name: 'Giải tỉnh khác' }))).id;
    await setAwardStatus(app, organizer, provincialOpen, 'open');
  });
  afterAll(async () => app.close());

  it('should not let a reporter or the national organizer forward the province’s winners', async () => {
    const before = await entriesOf(national.id);
    for (const token of [reporter, targetOrganizer]) {
      const response = await app.request('POST', `/awards/${source.id}/forward`, {
        token,
        body: { targetAwardId: national.id, tierCodes: ['A'] },
      });
      expect(response.status).toBe(403);
    }
    expect(await entriesOf(national.id)).toBe(before);
    expect(await countRows(app.db, 'audit_log', `action = 'entry.forwarded'`)).toBe(0);
  });

  it('should refuse bad requests and invalid targets before anything is written', async () => {
    const before = { entries: await countRows(app.db, 'entries'), files: await stored() };
    const nothing = await app.request('POST', `/awards/${source.id}/forward`, {
      token: organizer,
      body: { targetAwardId: national.id },
    });
    expect(nothing.status).toBe(400);
    expect(nothing.body.code).toBe('FORWARD_NOTHING_CHOSEN');
    expect(
      (
        await app.request('POST', `/awards/${source.id}/forward`, {
          token: organizer,
          body: { targetAwardId: national.id, tierCodes: [] },
        })
      ).body.code,
    ).toBe('FORWARD_NOTHING_CHOSEN');
    expect(
      (
        await app.request('POST', `/awards/${source.id}/forward`, {
          token: organizer,
          body: { targetAwardId: national.id, tierCodes: ['Z'] },
        })
      ).body.code,
    ).toBe('PRIZE_TIER_UNKNOWN');
    const unpublished = await app.request('POST', `/awards/${national.id}/forward`, {
      token: organizer,
      body: { targetAwardId: source.id, tierCodes: ['A'] },
    });
    expect(unpublished.status).toBe(409);
    expect(unpublished.body.code).toBe('FORWARD_SOURCE_NOT_PUBLISHED');
    for (const targetAwardId of [draftNational, provincialOpen, source.id, randomUUID()]) {
      const response = await app.request('POST', `/awards/${source.id}/forward`, {
        token: organizer,
        body: { targetAwardId, tierCodes: ['A', 'KK'] },
      });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('FORWARD_TARGET_INVALID');
    }
    expect(await countRows(app.db, 'entries')).toBe(before.entries);
    expect(await stored()).toBe(before.files);
    expect(await countRows(app.db, 'audit_log', `action = 'entry.forwarded'`)).toBe(0);
  });

  it('should forward standing winners by tier with files, authors, declared prize and provenance; skip the rest with a reason', async () => {
    const filesBefore = await stored();
    const response = await app.request('POST', `/awards/${source.id}/forward`, {
      token: organizer,
      body: {
        targetAwardId: national.id,
        tierCodes: ['A', 'KK'],
        entryIds: [entries[3], randomUUID()],
      },
    });
    expect(response.status).toBe(200);
    expect(response.body.forwarded).toEqual([
      {
        sourceEntryId: entries[0],
        entryId: expect.any(String),
        title: 'Tác phẩm 1',
        tierCode: 'A',
      },
    ]);
    const skipped = new Map(
      (response.body.skipped as { sourceEntryId: string; title: string; code: string }[]).map(
        (item) => [item.sourceEntryId, item],
      ),
    );
    expect(response.body.skipped).toHaveLength(5);
    expect(skipped.get(entries[1]!)).toEqual({
      sourceEntryId: entries[1],
      title: 'Tác phẩm 2',
      code: 'AUTHOR_ENTRY_LIMIT_REACHED',
    });
    expect(skipped.get(entries[2]!)?.code).toBe('FORWARD_CATEGORY_MISSING');
    expect(skipped.get(entries[3]!)).toEqual({
      sourceEntryId: entries[3],
      title: 'Tác phẩm 4',
      code: 'ENTRY_NOT_FOUND',
    });
    expect(skipped.get(entries[4]!)?.code).toBe('PUBLICATION_OUTSIDE_WINDOW');
    expect([...skipped.values()].filter((item) => item.title === '')).toEqual([
      expect.objectContaining({ code: 'ENTRY_NOT_FOUND' }),
    ]);

    const newId = response.body.forwarded[0].entryId as string;
    const row = (
      await app.db.query(
        'SELECT status, receipt_number, receipt_seq, category_id, forwarded_from_entry_id, submitted_at FROM entries WHERE id = $1',
        [newId],
      )
    ).rows[0];
    expect(row).toMatchObject({
      status: 'submitted',
      receipt_seq: 2,
      forwarded_from_entry_id: entries[0],
      category_id: national.categories.find((category) => category.code === 'IN1')!.id,
    });
    expect(row.receipt_number).toBe(`2026-${national.id.slice(0, 4).toUpperCase()}-00002`);
    expect(row.submitted_at).not.toBeNull();
    // Only the forwarded work reached the national award.
    expect(
      await countRows(app.db, 'entries', 'award_id = $1 AND forwarded_from_entry_id IS NOT NULL', [
        national.id,
      ]),
    ).toBe(1);

    const original = (await app.request('GET', `/entries/${entries[0]}`, { token: reporter })).body;
    const copy = await app.request('GET', `/entries/${newId}`, { token: reporter });
    expect(copy.status).toBe(200);
    expect(copy.body).toMatchObject({
      awardId: national.id,
      status: 'submitted',
      title: 'Tác phẩm 1',
      genre: original.genre,
      language: 'vi',
      summary: original.summary,
      topicPrizes: ['DANG'],
      parts: original.parts,
    });
    expect(copy.body.authors).toEqual(original.authors);
    expect(copy.body.priorAwards).toEqual([
      { kind: 'provincial', name: 'Giải báo chí tỉnh Bình Định 2026', year: 2026, prize: 'Giải A' },
    ]);
    expect(copy.body.provenance).toEqual({
      awardId: source.id,
      awardName: 'Giải báo chí tỉnh Bình Định 2026 lần thứ XI',
      entryId: entries[0],
      receiptNumber: original.receiptNumber,
      tierCode: 'A',
      tierLabel: 'Giải A',
      forwardedAt: expect.any(String),
    });
    expect(original.provenance).toBeNull();
    const strip = (file: Record<string, unknown>) => ({
      kind: file['kind'],
      partIndex: file['partIndex'],
      size: file['size'],
      sha256: file['sha256'],
      mimeType: file['mimeType'],
      originalName: file['originalName'],
      pageCount: file['pageCount'],
    });
    expect(copy.body.files.map(strip)).toEqual(original.files.map(strip));
    // Same order as the reporter uploaded them: the work before the confirmation.
    expect(copy.body.files.map((file: { createdAt: string }) => file.createdAt)).toEqual(
      original.files.map((file: { createdAt: string }) => file.createdAt),
    );

    // New storage keys, identical bytes on disk; the province keeps its own files.
    const keys = (
      await app.db.query(
        'SELECT entry_id, storage_key, sha256 FROM entry_files WHERE entry_id = ANY($1::uuid[]) ORDER BY sha256',
        [[entries[0], newId]],
      )
    ).rows as { entry_id: string; storage_key: string; sha256: string }[];
    const copies = keys.filter((key) => key.entry_id === newId);
    expect(copies).toHaveLength(2);
    for (const file of copies) {
      const sourceFile = keys.find(
        (key) => key.entry_id === entries[0] && key.sha256 === file.sha256,
      )!;
      expect(file.storage_key).not.toBe(sourceFile.storage_key);
      expect(file.storage_key.startsWith(`entries/${newId}/`)).toBe(true);
      expect(sha256(readFileSync(join(app.storageRoot, file.storage_key)))).toBe(file.sha256);
      expect(existsSync(join(app.storageRoot, sourceFile.storage_key))).toBe(true);
    }
    // Copies made for the work refused at submission (author cap) were removed; no staging file stays.
    expect(await stored()).toBe(filesBefore + 2);
    expect(await filesUnder(join(app.storageRoot, 'tmp'))).toEqual([]);

    // The secretariat of the national award sees where it came from.
    const queue = (
      await app.request('GET', `/awards/${national.id}/entries`, { token: targetOrganizer })
    ).body.items as { id: string; provenance: { tierLabel: string } | null }[];
    expect(queue.find((item) => item.id === newId)?.provenance?.tierLabel).toBe('Giải A');
    expect(
      queue.filter((item) => item.id !== newId).every((item) => item.provenance === null),
    ).toBe(true);

    const trail = await app.db.query(
      `SELECT award_id, target_id FROM audit_log WHERE action = 'entry.forwarded' ORDER BY seq`,
    );
    expect(trail.rows).toEqual(
      expect.arrayContaining([
        { award_id: source.id, target_id: entries[0] },
        { award_id: national.id, target_id: newId },
      ]),
    );
    expect(trail.rows).toHaveLength(2);
    for (const awardId of [source.id, national.id])
      expect(
        (await app.request('GET', `/awards/${awardId}/audit/verify`, { token: organizer })).body.ok,
      ).toBe(true);
    const mail = await app.db.query(
      `SELECT "to", text FROM mail_messages WHERE template = 'entry-forwarded'`,
    );
    expect(mail.rows).toHaveLength(1);
    expect(mail.rows[0].to).toBe('pv@example.vn');
    expect(mail.rows[0].text).toContain(row.receipt_number);
  });

  it('should skip what was already forwarded, writing no row and no file', async () => {
    const before = {
      entries: await entriesOf(national.id),
      files: await stored(),
      audit: await countRows(app.db, 'audit_log', `action = 'entry.forwarded'`),
      mail: await countRows(app.db, 'mail_messages'),
    };
    const again = await app.request('POST', `/awards/${source.id}/forward`, {
      token: organizer,
      body: { targetAwardId: national.id, tierCodes: ['A'], entryIds: [entries[0]] },
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({
      forwarded: [],
      skipped: [
        { sourceEntryId: entries[0], title: 'Tác phẩm 1', code: 'ENTRY_ALREADY_FORWARDED' },
      ],
    });
    expect(await entriesOf(national.id)).toBe(before.entries);
    expect(await stored()).toBe(before.files);
    expect(await countRows(app.db, 'audit_log', `action = 'entry.forwarded'`)).toBe(before.audit);
    expect(await countRows(app.db, 'mail_messages')).toBe(before.mail);
  });

  it('should not forward a winner whose prize a complaint revoked', async () => {
    const filed = (
      await app.request('POST', `/awards/${source.id}/complaints`, {
        token: organizer,
        body: { entryId: entries[4], complainant: 'Độc giả', reason: 'Đạo văn' },
      })
    ).body;
    expect(
      (
        await app.request('POST', `/awards/${source.id}/complaints/${filed.id}/resolve`, {
          token: organizer,
          body: { outcome: 'revoked', note: 'Đạo văn' },
        })
      ).status,
    ).toBe(200);
    const response = await app.request('POST', `/awards/${source.id}/forward`, {
      token: organizer,
      body: { targetAwardId: national.id, entryIds: [entries[4]] },
    });
    expect(response.body).toEqual({
      forwarded: [],
      skipped: [{ sourceEntryId: entries[4], title: 'Tác phẩm 5', code: 'ENTRY_NOT_FOUND' }],
    });
  });
});

describe(`${ForwardingController.name} on S3 storage`, () => {
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  let app: TestApp;
  beforeAll(async () => {
    s3 = await startS3Server();
    app = await startTestApp({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: 'press-award-forward',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    });
  });
  afterAll(async () => {
    await app.close();
    await s3.stop();
  });

  it('should copy the files between keys of the object store, byte for byte', async () => {
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn', fullName: 'Đặng Thị Hồng Nhung' });
    const organizer = await login(app, 'btc@example.vn');
    const reporter = await login(app, 'pv@example.vn');
    const pdf = await pdfSample(2, 's3-forward');
    const { award, entryIds } = await awardWithWinners(app, organizer, [
      { token: reporter, tierCode: 'A', files: [{ content: pdf, name: 'bai.pdf' }] },
    ]);
    const target = await createAward(
      app,
      organizer,
      buildAward({ name: 'Giải toàn quốc', level: 'national' }),
    );
    await setAwardStatus(app, organizer, target.id, 'open');
    const response = await app.request('POST', `/awards/${award.id}/forward`, {
      token: organizer,
      body: { targetAwardId: target.id, tierCodes: ['A'] },
    });
    expect(response.body.skipped).toEqual([]);
    const copy = (
      await app.request('GET', `/entries/${response.body.forwarded[0].entryId}`, {
        token: reporter,
      })
    ).body;
    const download = await fetch(
      `${app.baseUrl}/api/v1/entries/${copy.id}/files/${copy.files[0].id}/content`,
      { headers: { authorization: `Bearer ${reporter}` } },
    );
    expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(sha256(pdf));
    const keys = (
      await app.db.query('SELECT storage_key FROM entry_files WHERE entry_id = ANY($1::uuid[])', [
        [entryIds[0], copy.id],
      ])
    ).rows.map((row: { storage_key: string }) => row.storage_key);
    expect(new Set(keys).size).toBe(2);
    // Nothing stays on local disk but the (empty) staging folder.
    expect(await filesUnder(app.storageRoot)).toEqual([]);
  });
});
