import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { PDFDocument, PDFName } from 'pdf-lib';
import { join } from 'node:path';
import { DEFAULT_FILE_RULES } from '@press-award/domain';
import sharp from 'sharp';
import { API_PREFIX } from '../../bootstrap';
import { listRouteAccess } from '../auth/route-permissions';
import { buildEntry } from '../../../test/factories';
import { fold, leaks as findLeaks } from '../../../test/leak-search';
import { plantedPdf } from '../../../test/hostile-corpus';
import { mp4Sample } from '../../../test/samples';
import {
  addMember,
  declareEligible,
  draftEntry,
  inviteJudges,
  openAwardWith,
  openRound,
  submitEntry,
} from '../../../test/scenario';
import { createUser, login, startTestApp, uploadFile, type TestApp } from '../../../test/test-app';
import { DEMO_IDS, DEMO_PASSWORD, seedDemoData } from '../../seed/demo-data';
import { DemoEntriesSeeder } from '../../seed/demo-entries.seeder';
import { DemoResultsSeeder } from '../../seed/demo-results.seeder';

/** What must never reach a judge, with and without diacritics and in any case. */
const AUTHOR = {
  fullName: 'Đặng Thị Hồng Nhung',
  penName: 'Hồng Nhung',
  organizationName: 'Báo Bình Định',
  email: 'nhung.bbd@example.vn',
};
const OUTLET = 'Báo Bình Định Cuối Tuần';
const SUBMITTER_EMAIL = 'submitter.bbd@example.vn';
const SECRETS = [
  AUTHOR.fullName,
  AUTHOR.penName,
  AUTHOR.organizationName,
  AUTHOR.email,
  OUTLET,
  SUBMITTER_EMAIL,
  'phong-su-goc.pdf',
  'anh-goc.jpg',
];

const leaks = (bytes: Buffer, secrets: readonly string[] = SECRETS) => findLeaks(bytes, secrets);

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 250));
  }
}

describe('blindness: nothing a judge can reach names an author', () => {
  let app: TestApp;
  let judgeToken: string;
  const judgeResponses: { path: string; headers: string; body: Buffer }[] = [];
  let assignments: { id: string; roundId: string; files: { id: string; mimeType: string }[] }[] =
    [];

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, {
      email: SUBMITTER_EMAIL,
      fullName: AUTHOR.fullName,
      organizationName: AUTHOR.organizationName,
    });
    await createUser(app.db, {
      email: 'gk@example.vn',
      fullName: 'Giám Khảo',
      organizationName: 'Tạp chí Cộng sản',
    });
    const organizer = await login(app, 'btc@example.vn');
    const award = await openAwardWith(
      app,
      organizer,
      [
        { code: 'IN', name: 'Báo in', mediaType: 'print' },
        { code: 'AN', name: 'Ảnh', mediaType: 'photo' },
        { code: 'TH', name: 'Truyền hình', mediaType: 'tv' },
      ],
      {
        maxEntriesPerAuthor: 5,
        files: {
          print: DEFAULT_FILE_RULES.print,
          photo: DEFAULT_FILE_RULES.photo,
          tv: DEFAULT_FILE_RULES.tv,
        },
      },
    );
    await addMember(app, organizer, award.id, {
      email: 'gk@example.vn',
      fullName: 'Giám Khảo',
      role: 'judge',
      organizationName: 'Tạp chí Cộng sản',
    });

    const reporter = await login(app, SUBMITTER_EMAIL);
    const author = {
      fullName: AUTHOR.fullName,
      penName: AUTHOR.penName,
      organizationName: AUTHOR.organizationName,
      email: AUTHOR.email,
      dateOfBirth: '1985-03-08',
    };
    const files: Record<string, { content: Buffer; name: string }> = {
      // A PDF that plants the author in its info, an attachment, an annotation, nested XMP, PieceInfo,
      // JavaScript, a hidden layer and ActualText (api/test/hostile-corpus.ts).
      IN: {
        content: await plantedPdf([
          'info',
          'attachment',
          'annotation',
          'formXObjectXmp',
          'pieceInfo',
          'javascript',
          'hiddenLayer',
          'actualText',
        ]),
        name: 'phong-su-goc.pdf',
      },
      AN: {
        content: await sharp({ create: { width: 32, height: 24, channels: 3, background: '#c00' } })
          .withExif({
            IFD0: {
              Artist: fold(AUTHOR.fullName),
              Copyright: fold(AUTHOR.organizationName),
              ImageDescription: fold(AUTHOR.penName),
            },
          })
          .jpeg()
          .toBuffer(),
        name: 'anh-goc.jpg',
      },
    };
    const video = mp4Sample(1, `${fold(AUTHOR.penName)} ${fold(AUTHOR.organizationName)}`);
    if (video) files['TH'] = { content: video, name: 'phong-su-goc.mp4' };
    const entryIds: string[] = [];
    for (const [code, file] of Object.entries(files)) {
      const category = award.categories.find((candidate) => candidate.code === code)!;
      const entry = buildEntry(category.id, {
        title: `Tác phẩm ${code}`,
        authors: [author],
        parts: [
          {
            title: `Kỳ 1 ${code}`,
            outlet: OUTLET,
            publishedAt: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
          },
        ],
      });
      entryIds.push(await submitEntry(app, reporter, award.id, entry, file));
    }
    // The test can fail: the originals do carry the names.
    const original = await readFile(
      join(
        app.storageRoot,
        'entries',
        entryIds[0]!,
        (await app.request('GET', `/entries/${entryIds[0]}`, { token: organizer })).body.files[0]
          .id,
      ),
    );
    expect(leaks(original)).toContain(AUTHOR.fullName);

    await declareEligible(app, organizer, award.id, entryIds);
    const round = await openRound(app, organizer, award.id, entryIds, {
      name: 'Sơ khảo',
      judgesPerEntry: 1,
      rubric: { criteria: [{ key: 'content', name: 'Nội dung', maxScore: 10, step: 0.5 }] },
    });
    expect(round.autoAssignment.feasible).toBe(true);

    judgeToken = await login(app, 'gk@example.vn');
    assignments = await waitFor(async () => {
      const response = await app.request('GET', '/judging/assignments', { token: judgeToken });
      const ready = response.body as {
        id: string;
        roundId: string;
        files: { id: string; mimeType: string }[];
      }[];
      return ready.length === entryIds.length &&
        ready.every((assignment) => assignment.files.length === 1)
        ? ready
        : null;
    });

    // Walk every GET route a judge can call, with the ids a judge knows.
    const ids: Record<string, string> = {
      awardId: award.id,
      roundId: round.id,
      assignmentId: assignments[0]!.id,
      fileId: assignments[0]!.files[0]!.id,
    };
    for (const route of listRouteAccess(app.app, API_PREFIX).filter(
      (candidate) => candidate.method === 'GET',
    )) {
      const path = route.path.replace(
        /:([A-Za-z]+)/g,
        (_match, name: string) => ids[name] ?? '00000000-0000-4000-8000-000000000000',
      );
      const response = await fetch(`${app.baseUrl}${path}`, {
        headers: { authorization: `Bearer ${judgeToken}` },
      });
      judgeResponses.push({
        path,
        headers: JSON.stringify([...response.headers]),
        body: Buffer.from(await response.arrayBuffer()),
      });
    }
    for (const assignment of assignments) {
      for (const file of assignment.files) {
        const path = `/api/v1/judging/assignments/${assignment.id}/files/${file.id}`;
        const response = await fetch(`${app.baseUrl}${path}`, {
          headers: { authorization: `Bearer ${judgeToken}` },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('private, no-store');
        expect(response.headers.get('content-disposition')).toMatch(
          /^inline; filename="(IN|AN|TH)-\d{4}-1\.(pdf|jpg|mp4)"$/,
        );
        judgeResponses.push({
          path,
          headers: JSON.stringify([...response.headers]),
          body: Buffer.from(await response.arrayBuffer()),
        });
      }
    }
  }, 120_000);
  afterAll(async () => app.close());

  it('should give the judge the blind facts of each assignment', () => {
    expect(assignments.length).toBeGreaterThanOrEqual(2);
    const body = JSON.parse(
      judgeResponses
        .find((response) => response.path.endsWith('/judging/assignments'))!
        .body.toString(),
    );
    expect(Object.keys(body[0]).sort()).toEqual([
      'categoryName',
      'entryCode',
      'files',
      'filesPreparing',
      'filesUnavailable',
      'id',
      'mediaType',
      'parts',
      'roundId',
      'roundName',
      'rubric',
      'sheet',
      'status',
      'title',
    ]);
    expect(Object.keys(body[0].parts[0]).sort()).toEqual(['publishedAt', 'title']);
  });

  it('should leak no author, pen name, agency, outlet, email or file name in any byte or header', () => {
    expect(judgeResponses.length).toBeGreaterThan(10);
    const found = judgeResponses.flatMap((response) =>
      [...leaks(response.body), ...leaks(Buffer.from(response.headers))].map(
        (secret) => `${response.path}: ${secret}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('should strip PDF and image metadata from the served copies', async () => {
    const pdf = judgeResponses.find(
      (response) =>
        response.path.includes('/files/') && response.body.subarray(0, 5).toString() === '%PDF-',
    );
    expect(pdf).toBeDefined();
    const document = await PDFDocument.load(pdf!.body, { updateMetadata: false });
    expect([
      document.getAuthor(),
      document.getTitle(),
      document.getCreator(),
      document.getProducer(),
      document.getSubject(),
      document.getKeywords(),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(document.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
    expect(document.getPageCount()).toBe(2);
    const jpeg = judgeResponses.find(
      (response) =>
        response.path.includes('/files/') && response.body[0] === 0xff && response.body[1] === 0xd8,
    );
    expect(jpeg).toBeDefined();
    const metadata = await sharp(jpeg!.body).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.iptc).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
  });

  it('should answer another judge, or a made-up id, with a plain 404', async () => {
    const response = await app.request(
      'GET',
      `/judging/assignments/${assignments[0]!.id}/files/00000000-0000-4000-8000-000000000000`,
      { token: judgeToken },
    );
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });
});

describe('recusal and files that cannot be cleaned', () => {
  let app: TestApp;
  afterAll(async () => app.close());

  it('should release a recused assignment for reassignment and hold back what it cannot clean', async () => {
    app = await startTestApp({ FFMPEG_PATH: '/nonexistent/ffmpeg' });
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn' });
    for (const name of ['a', 'b']) await createUser(app.db, { email: `gk-${name}@example.vn` });
    const organizer = await login(app, 'btc@example.vn');
    const award = await openAwardWith(
      app,
      organizer,
      [{ code: 'TH', name: 'Truyền hình', mediaType: 'tv' }],
      { files: { tv: DEFAULT_FILE_RULES.tv } },
    );
    await inviteJudges(app, organizer, award.id, ['a', 'b']);
    const reporter = await login(app, 'pv@example.vn');
    const entry = await draftEntry(app, reporter, award, 'TH');
    const video = mp4Sample(1);
    if (!video) return; // needs ffmpeg to make the sample; CI installs it
    await uploadFile(app, entry.id, reporter, { content: video, name: 'v.mp4' });
    await app.request('POST', `/entries/${entry.id}/submit`, { token: reporter });
    await app.request('POST', `/entries/${entry.id}/screening`, {
      token: organizer,
      body: { decision: 'eligible' },
    });
    await app.request('POST', `/awards/${award.id}/codes`, { token: organizer });
    const round = await openRound(app, organizer, award.id, [entry.id], {
      name: 'Sơ khảo',
      judgesPerEntry: 1,
      rubric: { criteria: [{ key: 'content', name: 'Nội dung', maxScore: 10, step: 1 }] },
    });

    // Without ffmpeg the video cannot be cleaned: it is flagged, never served raw.
    const flagged = await waitFor(async () => {
      const { rows } = await app.db.query('SELECT status, flag_reason FROM judging_files');
      return rows[0]?.status === 'flagged' ? rows[0] : null;
    });
    expect(flagged.flag_reason).toBe('FFMPEG_MISSING');
    const board = (
      await app.request('GET', `/rounds/${round.id}/assignments`, { token: organizer })
    ).body;
    const judgeEmail: string = (
      await app.db.query('SELECT email FROM users WHERE id = $1', [board[0].judgeId])
    ).rows[0].email;
    const judge = await login(app, judgeEmail);
    const mine = (await app.request('GET', '/judging/assignments', { token: judge })).body;
    expect(mine).toHaveLength(1);
    expect(mine[0].files).toEqual([]);
    // Not an empty list in silence: the judge is told the file cannot be shown, the secretariat why.
    expect([mine[0].filesPreparing, mine[0].filesUnavailable]).toEqual([0, 1]);
    const screening = (
      await app.request('GET', `/awards/${award.id}/entries`, { token: organizer })
    ).body;
    expect(screening.items[0].findings).toEqual([
      expect.objectContaining({
        code: 'JUDGE_COPY_UNAVAILABLE',
        params: expect.objectContaining({ reason: 'FFMPEG_MISSING', fileName: 'v.mp4' }),
      }),
    ]);

    const noReason = await app.request('POST', `/judging/assignments/${mine[0].id}/recuse`, {
      token: judge,
      body: {},
    });
    expect(noReason.status).toBe(400);
    expect(
      (
        await app.request('POST', `/judging/assignments/${mine[0].id}/recuse`, {
          token: judge,
          body: { reason: 'Tác giả là người thân.' },
        })
      ).status,
    ).toBe(204);
    expect((await app.request('GET', '/judging/assignments', { token: judge })).body).toEqual([
      expect.objectContaining({
        id: mine[0].id,
        status: 'recused',
        files: [],
        filesUnavailable: 0,
      }),
    ]);
    expect(
      (
        await app.request('PUT', `/judging/assignments/${mine[0].id}/sheet`, {
          token: judge,
          body: { scores: {} },
        })
      ).status,
    ).toBe(404);
    // Auto-assignment gives the entry to the other judge, never back to the one who recused.
    const again = await app.request('POST', `/rounds/${round.id}/assignments/auto`, {
      token: organizer,
      body: {},
    });
    expect(again.body.added).toEqual([
      expect.objectContaining({
        entryId: entry.id,
        judgeId: expect.not.stringMatching(board[0].judgeId),
      }),
    ]);
    const other = await login(
      app,
      judgeEmail === 'gk-a@example.vn' ? 'gk-b@example.vn' : 'gk-a@example.vn',
    );
    expect(
      (
        await app.request('POST', `/judging/assignments/${mine[0].id}/recuse`, {
          token: other,
          body: { reason: 'x' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('blindness with the demo data', () => {
  let app: TestApp;
  afterAll(async () => app.close());

  it('should show the demo judges nothing of the demo authors', async () => {
    app = await startTestApp();
    const url = (app.db as unknown as { options: { connectionString: string } }).options
      .connectionString;
    await seedDemoData(url);
    expect(await app.app.get(DemoEntriesSeeder).seed()).toBe(true);
    expect(await app.app.get(DemoEntriesSeeder).seed()).toBe(false);
    // The results demo adds the Bình Định awards: a closed round judged by two more judges, and the
    // provenance of the national entries forwarded from Bình Định.
    expect(await app.app.get(DemoResultsSeeder).seed()).toBe(true);
    const secrets: string[] = (
      await app.db.query(
        `SELECT full_name AS value FROM entry_authors UNION SELECT pen_name FROM entry_authors UNION SELECT organization_name FROM entry_authors
       UNION SELECT outlet FROM entry_parts UNION SELECT original_name FROM entry_files UNION SELECT email FROM users WHERE id IN (SELECT submitter_id FROM entries)`,
      )
    ).rows
      .map((row: { value: string }) => row.value)
      .filter(Boolean);
    expect(secrets.length).toBeGreaterThan(10);
    const responses: { path: string; bytes: Buffer; judgeAgency: string }[] = [];
    // The Bình Định judges' round is closed: a judge sees open rounds only, so they have nothing to walk.
    const judges: [string, string][] = [
      ['giamkhao1@demo.vn', DEMO_IDS.nationalAward],
      ['giamkhao2@demo.vn', DEMO_IDS.nationalAward],
      ['giamkhao3@demo.vn', DEMO_IDS.nationalAward],
    ];
    for (const [email, awardId] of judges) {
      const token = await login(app, email, DEMO_PASSWORD);
      // The judge's own agency appears in their own profile (GET /me): that is not a leak.
      const judgeAgency: string = (
        await app.db.query('SELECT organization_name FROM users WHERE email = $1', [email])
      ).rows[0].organization_name;
      const assignments = await waitFor(async () => {
        const list = (await app.request('GET', '/judging/assignments', { token })).body as {
          id: string;
          files: { id: string }[];
        }[];
        return list.length > 0 && list.every((item) => item.files.length === 1) ? list : null;
      });
      for (const route of listRouteAccess(app.app, API_PREFIX).filter(
        (candidate) => candidate.method === 'GET',
      )) {
        const path = route.path.replace(
          /:([A-Za-z]+)/g,
          (_match, name: string) =>
            (
              ({
                awardId,
                assignmentId: assignments[0]!.id,
                fileId: assignments[0]!.files[0]?.id ?? '00000000-0000-4000-8000-000000000000',
              }) as Record<string, string>
            )[name] ?? '00000000-0000-4000-8000-000000000000',
        );
        const response = await fetch(`${app.baseUrl}${path}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        responses.push({
          path,
          judgeAgency,
          bytes: Buffer.concat([
            Buffer.from(JSON.stringify([...response.headers])),
            Buffer.from(await response.arrayBuffer()),
          ]),
        });
      }
      for (const assignment of assignments) {
        for (const file of assignment.files) {
          const path = `/api/v1/judging/assignments/${assignment.id}/files/${file.id}`;
          const response = await fetch(`${app.baseUrl}${path}`, {
            headers: { authorization: `Bearer ${token}` },
          });
          expect(response.status).toBe(200);
          responses.push({
            path,
            judgeAgency,
            bytes: Buffer.concat([
              Buffer.from(JSON.stringify([...response.headers])),
              Buffer.from(await response.arrayBuffer()),
            ]),
          });
        }
      }
    }
    const found = responses.flatMap((response) =>
      leaks(
        response.bytes,
        secrets.filter((secret) => secret !== response.judgeAgency),
      ).map((secret) => `${response.path}: ${secret}`),
    );
    expect(found).toEqual([]);
  }, 120_000);
});
