import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import type { CollectivePrizeResponse, PublicResultsRow } from '@press-award/contracts';
import { formalDateLine } from '@press-award/domain';
import { glyphMismatches, pdfPages } from '../../../test/pdf-inspection';
import {
  buildJudgedAward,
  download,
  publishAward,
  type PlannedEntry,
  type ResultsFixture,
} from '../../../test/results-fixture';
import { addMember } from '../../../test/scenario';
import { createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

const plan: PlannedEntry[] = [
  {
    key: 'winner',
    reporter: 'tuyet',
    category: 0,
    title: 'Những người giữ lửa ở bản Ếch',
    score: 9,
    tierCode: 'A',
    authors: [{ fullName: 'Nguyễn Thị Ánh Tuyết', penName: 'Hồng Lĩnh' }],
  },
];

const AGENCY = {
  organizationName: 'Báo và Phát thanh, Truyền hình Gia Lai',
  tierCode: 'collective_prize',
  citation:
    'Đã tổ chức tốt việc tuyên truyền, phát động và tham gia Giải, có nhiều tác phẩm chất lượng về công tác xây dựng Đảng.',
};
const COMMISSION = {
  organizationName: 'Ban Tổ chức Huyện ủy Tuy Phước',
  tierCode: 'commendation',
  citation: 'Đã phối hợp tổ chức và hưởng ứng tích cực Giải ở cơ sở.',
};

async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join(' ').replace(/\s+/g, ' ');
}

describe('CollectivePrizesController', () => {
  let app: TestApp;
  let fixture: ResultsFixture;
  let steering: string;
  let auditor: string;
  const base = () => `/awards/${fixture.awardId}/collective-prizes`;
  const count = async () =>
    (await app.db.query('SELECT count(*)::int AS n FROM collective_prizes')).rows[0].n as number;
  const auditActions = async () =>
    (
      await app.db.query(
        `SELECT action, before, after FROM audit_log WHERE award_id = $1 ORDER BY seq`,
        [fixture.awardId],
      )
    ).rows as { action: string; before: unknown; after: unknown }[];

  beforeAll(async () => {
    app = await startTestApp();
    fixture = await buildJudgedAward(app, plan);
    await createUser(app.db, { email: 'bcd@example.vn', fullName: 'Thành viên Ban Chỉ đạo' });
    await createUser(app.db, { email: 'ktv@example.vn', fullName: 'Kiểm tra viên' });
    await addMember(app, fixture.tokens.organizer, fixture.awardId, {
      email: 'bcd@example.vn',
      fullName: 'Thành viên Ban Chỉ đạo',
      role: 'steering',
    });
    await addMember(app, fixture.tokens.organizer, fixture.awardId, {
      email: 'ktv@example.vn',
      fullName: 'Kiểm tra viên',
      role: 'auditor',
    });
    steering = await login(app, 'bcd@example.vn');
    auditor = await login(app, 'ktv@example.vn');
  }, 120_000);
  afterAll(async () => app.close());

  describe('collective prizes', () => {
    it('should refuse invalid input field by field and write nothing', async () => {
      const before = (await auditActions()).length;
      for (const body of [
        { ...AGENCY, organizationName: '   ' },
        { ...AGENCY, citation: '' },
        { ...AGENCY, organizationName: 'x'.repeat(301) },
        // The works' tiers are not the collectives'.
        { ...AGENCY, tierCode: 'A' },
        { ...AGENCY, extra: true },
      ]) {
        const response = await app.request('POST', base(), {
          token: fixture.tokens.organizer,
          body,
        });
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
      }
      const unknownTier = await app.request('POST', base(), {
        token: fixture.tokens.organizer,
        body: { ...AGENCY, tierCode: 'A' },
      });
      expect(unknownTier.body.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'tierCode' })]),
      );
      expect(await count()).toBe(0);
      expect((await auditActions()).length).toBe(before);
    });

    it('should let the organizer alone decide them, each one a link of the audit chain', async () => {
      for (const token of [
        fixture.tokens.secretary,
        fixture.tokens.judge,
        steering,
        auditor,
        fixture.tokens.outsider,
      ]) {
        const refused = await app.request('POST', base(), { token, body: AGENCY });
        expect(refused.status).toBe(403);
      }
      expect(await count()).toBe(0);

      const created = await app.request<CollectivePrizeResponse>('POST', base(), {
        token: fixture.tokens.organizer,
        body: { ...AGENCY, organizationName: `  ${AGENCY.organizationName} ` },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...AGENCY, tierLabel: 'Giải tập thể' });
      const second = await app.request<CollectivePrizeResponse>('POST', base(), {
        token: fixture.tokens.organizer,
        body: COMMISSION,
      });
      expect(second.status).toBe(201);

      const listed = await app.request<CollectivePrizeResponse[]>('GET', base(), {
        token: fixture.tokens.secretary,
      });
      expect(listed.body.map((prize) => prize.organizationName)).toEqual([
        AGENCY.organizationName,
        COMMISSION.organizationName,
      ]);
      expect((await app.request('GET', base(), { token: steering })).status).toBe(403);

      const audit = (await auditActions()).filter((link) =>
        link.action.startsWith('collective-prize.'),
      );
      expect(audit).toEqual([
        { action: 'collective-prize.added', before: null, after: AGENCY },
        { action: 'collective-prize.added', before: null, after: COMMISSION },
      ]);
    });

    it('should remove one before publication, recording what was removed', async () => {
      const extra = await app.request<CollectivePrizeResponse>('POST', base(), {
        token: fixture.tokens.organizer,
        body: { ...COMMISSION, organizationName: 'Ban Tuyên giáo Tỉnh ủy Gia Lai' },
      });
      const removed = await app.request('DELETE', `${base()}/${extra.body.id}`, {
        token: fixture.tokens.organizer,
      });
      expect(removed.status).toBe(204);
      expect(await count()).toBe(2);
      const last = (await auditActions()).at(-1);
      expect(last).toMatchObject({
        action: 'collective-prize.removed',
        before: { organizationName: 'Ban Tuyên giáo Tỉnh ủy Gia Lai' },
        after: null,
      });
      const again = await app.request('DELETE', `${base()}/${extra.body.id}`, {
        token: fixture.tokens.organizer,
      });
      expect(again.status).toBe(404);
      expect(again.body.code).toBe('COLLECTIVE_PRIZE_NOT_FOUND');
    });

    it('should keep them out of public view and give no certificate before publication', async () => {
      const early = await app.request('GET', `/public/awards/${fixture.awardId}/results`);
      expect(early.status).toBe(404);
      const [prize] = (
        await app.request<CollectivePrizeResponse[]>('GET', base(), {
          token: fixture.tokens.organizer,
        })
      ).body;
      const certificate = await download(
        app,
        `${base()}/${prize?.id}/certificate?format=pdf`,
        fixture.tokens.organizer,
      );
      expect(certificate.status).toBe(404);
      expect(certificate.json?.code).toBe('CERTIFICATE_NOT_AVAILABLE');
    });

    it('should publish them after the works, then refuse any change with 409', async () => {
      await publishAward(app, fixture);
      const results = await app.request<PublicResultsRow[]>(
        'GET',
        `/public/awards/${fixture.awardId}/results`,
      );
      expect(results.status).toBe(200);
      expect(results.body[0]).toMatchObject({
        collective: false,
        entryTitle: 'Những người giữ lửa ở bản Ếch',
      });
      expect(results.body.slice(1)).toEqual([
        {
          collective: true,
          tierCode: 'collective_prize',
          tierLabel: 'Giải tập thể',
          organizationName: AGENCY.organizationName,
          citation: AGENCY.citation,
        },
        {
          collective: true,
          tierCode: 'commendation',
          tierLabel: 'Giấy khen',
          organizationName: COMMISSION.organizationName,
          citation: COMMISSION.citation,
        },
      ]);
      const publication = (await auditActions()).find(
        (link) => link.action === 'results.published',
      );
      expect(publication?.after).toMatchObject({ collectivePrizes: 2 });

      const before = await count();
      const late = await app.request('POST', base(), {
        token: fixture.tokens.organizer,
        body: AGENCY,
      });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('COLLECTIVE_PRIZES_LOCKED');
      const [prize] = (
        await app.request<CollectivePrizeResponse[]>('GET', base(), {
          token: fixture.tokens.organizer,
        })
      ).body;
      const lateRemoval = await app.request('DELETE', `${base()}/${prize?.id}`, {
        token: fixture.tokens.organizer,
      });
      expect(lateRemoval.status).toBe(409);
      expect(lateRemoval.body.code).toBe('COLLECTIVE_PRIZES_LOCKED');
      expect(await count()).toBe(before);
    });

    it('should print a certificate naming the unit, the prize and the citation', async () => {
      const [prize] = (
        await app.request<CollectivePrizeResponse[]>('GET', base(), {
          token: fixture.tokens.organizer,
        })
      ).body;
      const path = `${base()}/${prize?.id}/certificate?format=pdf`;
      const response = await download(app, path, fixture.tokens.secretary);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="giay-chung-nhan-tap-the-[^"]+\.pdf"/,
      );
      const document = await PDFDocument.load(response.bytes);
      expect(document.getPageCount()).toBe(1);
      const publishedAt = (
        await app.db.query('SELECT published_at FROM awards WHERE id = $1', [fixture.awardId])
      ).rows[0].published_at as Date;
      const text = await pdfText(response.bytes);
      for (const expected of [
        'BAN TỔ CHỨC TỈNH ỦY GIA LAI',
        'GIẤY CHỨNG NHẬN',
        'Chứng nhận tập thể',
        'BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI',
        'Đã đoạt GIẢI TẬP THỂ',
        AGENCY.citation,
        // Dated in the Tỉnh ủy's province (the award names no place of its own).
        formalDateLine(publishedAt, 'Gia Lai'),
        'TM. BAN TỔ CHỨC TRƯỞNG BAN',
      ])
        expect(text).toContain(expected);
      // Its own number, after the works' certificates in the award's list.
      const works = (
        await app.db.query(
          `SELECT count(*)::int AS n FROM prize_decisions
            WHERE award_id = $1 AND (tier_code IS NOT NULL OR jsonb_array_length(topic_prizes) > 0)`,
          [fixture.awardId],
        )
      ).rows[0].n as number;
      const number = Number(/Số: (\d+)-GCN\/BTCTU/.exec(text)?.[1]);
      expect(number).toBeGreaterThan(works);
      expect((await glyphMismatches(response.bytes)).mismatches).toEqual([]);

      const english = await pdfText(
        (await download(app, `${path}&lang=en`, fixture.tokens.organizer)).bytes,
      );
      expect(english).toContain('has won COLLECTIVE PRIZE');
      expect(english).toContain(AGENCY.citation);

      for (const token of [fixture.tokens.judge, steering, fixture.tokens.tuyet])
        expect((await download(app, path, token)).status).toBe(403);
      expect((await download(app, path)).status).toBe(401);
      expect(
        (await download(app, `${base()}/${fixture.awardId}/certificate`, fixture.tokens.organizer))
          .json?.code,
      ).toBe('COLLECTIVE_PRIZE_NOT_FOUND');
    });
  });

  describe('who may read the verification package', () => {
    const publicPath = () => `/public/awards/${fixture.awardId}/verification`;
    const memberPath = () => `/awards/${fixture.awardId}/verification`;
    const setAccess = (access: string, token = fixture.tokens.organizer) =>
      app.request('PUT', `/awards/${fixture.awardId}/verification-access`, {
        token,
        body: { access },
      });

    it('should be public by default, for anyone', async () => {
      const award = await app.request('GET', `/awards/${fixture.awardId}`, {
        token: fixture.tokens.organizer,
      });
      expect(award.body.verificationAccess).toBe('public');
      expect((await app.request('GET', publicPath())).status).toBe(200);
      // Read twice: the second answer comes from the public cache, which the change must empty.
      expect((await app.request('GET', publicPath())).status).toBe(200);
    });

    it('should let the organizer alone restrict it, recording the change in the audit chain', async () => {
      for (const token of [fixture.tokens.secretary, steering, auditor]) {
        expect((await setAccess('restricted', token)).status).toBe(403);
      }
      const invalid = await setAccess('secret');
      expect(invalid.status).toBe(400);
      expect(
        (
          await app.db.query('SELECT verification_access FROM awards WHERE id = $1', [
            fixture.awardId,
          ])
        ).rows[0].verification_access,
      ).toBe('public');

      const restricted = await setAccess('restricted');
      expect(restricted.status).toBe(200);
      expect(restricted.body).toEqual({ access: 'restricted' });
      const link = (await auditActions()).at(-1);
      expect(link).toEqual({
        action: 'verification.access-changed',
        before: { access: 'public' },
        after: { access: 'restricted' },
      });
      const chain = await app.request('GET', `/awards/${fixture.awardId}/audit/verify`, {
        token: fixture.tokens.organizer,
      });
      expect(chain.body).toMatchObject({ ok: true });
    });

    it('should refuse the restricted package to anyone but the organizers, steering committee and auditors', async () => {
      const anonymous = await app.request('GET', publicPath());
      expect(anonymous.status).toBe(403);
      expect(anonymous.body.code).toBe('VERIFICATION_PACKAGE_RESTRICTED');
      expect(JSON.stringify(anonymous.body)).not.toContain('snapshotHash');
      for (const token of [fixture.tokens.outsider, fixture.tokens.secretary, steering]) {
        expect((await app.request('GET', publicPath(), { token })).status).toBe(403);
      }
      for (const token of [
        fixture.tokens.secretary,
        fixture.tokens.judge,
        fixture.tokens.tuyet,
        fixture.tokens.outsider,
      ]) {
        expect((await app.request('GET', memberPath(), { token })).status).toBe(403);
      }
      expect((await app.request('GET', memberPath())).status).toBe(401);
      for (const token of [fixture.tokens.organizer, steering, auditor]) {
        const read = await app.request('GET', memberPath(), { token });
        expect(read.status).toBe(200);
        expect(read.body.awardId).toBe(fixture.awardId);
      }
    });

    it('should grant the steering committee and auditors nothing else', async () => {
      // The steering committee approves the prize list, so it reads it (codes, titles, tiers; no
      // authors) and the approvals (docs/councils.md); auditors do neither.
      for (const path of [
        `/awards/${fixture.awardId}/prizes`,
        `/awards/${fixture.awardId}/prize-approvals`,
      ]) {
        expect([path, (await app.request('GET', path, { token: steering })).status]).toEqual([
          path,
          200,
        ]);
        expect([path, (await app.request('GET', path, { token: auditor })).status]).toEqual([
          path,
          403,
        ]);
      }
      for (const token of [steering, auditor]) {
        for (const path of [
          `/awards/${fixture.awardId}/collective-prizes`,
          `/awards/${fixture.awardId}/members`,
          `/awards/${fixture.awardId}/entries`,
          `/awards/${fixture.awardId}/results/export?format=csv`,
          `/awards/${fixture.awardId}/audit`,
        ])
          expect([path, (await app.request('GET', path, { token })).status]).toEqual([path, 403]);
        const managed = await app.request('GET', '/awards', { token });
        expect(managed.body.items).toEqual([]);
      }
    });

    it('should open it to everyone again when made public', async () => {
      expect((await setAccess('public')).status).toBe(200);
      expect((await app.request('GET', publicPath())).status).toBe(200);
      expect((await auditActions()).at(-1)).toMatchObject({
        action: 'verification.access-changed',
        after: { access: 'public' },
      });
    });
  });
});
