import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildAward, buildEntry } from '../../../test/factories';
import { pdfSample } from '../../../test/samples';
import { createAward, setAwardStatus } from '../../../test/scenario';
import { createUser, login, startTestApp, uploadFile, type TestApp } from '../../../test/test-app';

describe('AuditController', () => {
  let app: TestApp;
  let organizer: string;
  let awardId: string;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn' });
    organizer = await login(app, 'btc@example.vn');
    const award = await createAward(app, organizer, buildAward());
    awardId = award.id;
    await setAwardStatus(app, organizer, awardId, 'open');
    const reporter = await login(app, 'pv@example.vn');
    const entry = (
      await app.request('POST', `/awards/${awardId}/entries`, {
        token: reporter,
        body: buildEntry(award.categories[0].id),
      })
    ).body;
    await uploadFile(app, entry.id, reporter, { content: await pdfSample(1), name: 'a.pdf' });
    await app.request('POST', `/entries/${entry.id}/submit`, { token: reporter });
    await app.request('POST', `/entries/${entry.id}/screening`, {
      token: organizer,
      body: { decision: 'needs_revision', reason: 'Thiếu trang.' },
    });
    await app.request('POST', `/entries/${entry.id}/screening`, {
      token: organizer,
      body: { decision: 'eligible' },
    });
    await app.request('POST', `/awards/${awardId}/codes`, { token: organizer });
  });
  afterAll(async () => app.close());

  it('should record every change that matters, in order, with who and what', async () => {
    const response = await app.request('GET', `/awards/${awardId}/audit`, { token: organizer });
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { action: string }) => item.action).reverse()).toEqual([
      'award.status',
      'screening.decided',
      'screening.decided',
      'codes.issued',
    ]);
    expect(response.body.items[1]).toMatchObject({
      before: { status: 'needs_revision' },
      after: { status: 'eligible' },
      actorId: expect.any(String),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(
      (await app.request('GET', `/awards/${awardId}/audit/verify`, { token: organizer })).body,
    ).toEqual({ ok: true, checked: 4 });
  });

  it('should refuse to change or delete audit rows, even for the application', async () => {
    await expect(app.db.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(app.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(app.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  it("should find an edit made behind the application's back", async () => {
    const { rows } = await app.db.query(
      `SELECT seq FROM audit_log WHERE award_id = $1 AND action = 'screening.decided' ORDER BY seq DESC LIMIT 1`,
      [awardId],
    );
    const client = await app.db.connect();
    try {
      // A database superuser can switch triggers off: the chain still tells.
      await client.query(`SET session_replication_role = replica`);
      await client.query(`UPDATE audit_log SET after = '{"status": "ineligible"}' WHERE seq = $1`, [
        rows[0].seq,
      ]);
      await client.query(`SET session_replication_role = origin`);
    } finally {
      client.release();
    }
    const verdict = await app.request('GET', `/awards/${awardId}/audit/verify`, {
      token: organizer,
    });
    expect(verdict.body).toEqual({
      ok: false,
      checked: 2,
      brokenAt: String(rows[0].seq),
      reason: 'HASH_MISMATCH',
    });
  });

  it('should keep the trail from everyone but the organizers', async () => {
    expect(
      (
        await app.request('GET', `/awards/${awardId}/audit/verify`, {
          token: await login(app, 'pv@example.vn'),
        })
      ).status,
    ).toBe(403);
  });
});
