import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PoolClient } from 'pg';
import { buildEntry } from '../../../test/factories';
import { pdfSample } from '../../../test/samples';
import { expectStatus, openAwardWith, type TestAward } from '../../../test/scenario';
import {
  countRows,
  createUser,
  login,
  startTestApp,
  uploadFile,
  type TestApp,
} from '../../../test/test-app';

/**
 * The deadline is judged at the moment the server received the request, by its clock. On deadline
 * night a submission may wait — for a database connection, for another submission to the same award,
 * for a row another request holds — and that wait must not move it past the deadline either way.
 */
describe('Submission deadline under load', () => {
  let app: TestApp;
  let award: TestAward;
  let token: string;
  // Near enough that moving the clock to it keeps the reporter's session valid.
  const deadline = new Date(Date.now() + 120_000);
  deadline.setUTCMilliseconds(0);

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'bantochuc-deadline@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'phongvien-deadline@example.vn' });
    award = await openAwardWith(
      app,
      await login(app, 'bantochuc-deadline@example.vn'),
      [{ code: 'IN', name: 'Báo in', mediaType: 'print' }],
      {
        submissionDeadline: deadline.toISOString().replace('Z', '+00:00'),
        maxEntriesPerAuthor: 10,
      },
    );
    token = await login(app, 'phongvien-deadline@example.vn');
  });

  afterAll(async () => {
    app.clock.set(new Date());
    await app.close();
  });

  async function readyDraft(): Promise<string> {
    app.clock.set(new Date());
    const created = await app.request('POST', `/awards/${award.id}/entries`, {
      token,
      body: buildEntry(award.categories[0].id),
    });
    expectStatus('create entry', created, 201);
    expectStatus(
      'upload',
      await uploadFile(app, created.body.id, token, {
        content: await pdfSample(),
        name: 'bai.pdf',
      }),
      201,
    );
    return created.body.id;
  }

  /** Runs `hold` in a transaction of its own and keeps it open until `release()` is called. */
  async function holding(hold: (client: PoolClient) => Promise<unknown>) {
    const client = await app.db.connect();
    await client.query('BEGIN');
    await hold(client);
    return async () => {
      await client.query('COMMIT');
      client.release();
    };
  }

  const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

  it('should accept a submission that arrived before the deadline and waited past it for a row lock', async () => {
    const entryId = await readyDraft();
    // 400 ms before the deadline by the server's clock; the entry's row is held by another transaction.
    app.clock.set(new Date(deadline.getTime() - 400));
    const release = await holding((client) =>
      client.query('SELECT id FROM entries WHERE id = $1 FOR UPDATE', [entryId]),
    );
    const submitted = app.request('POST', `/entries/${entryId}/submit`, { token });
    await sleep(1_000);
    await release();
    const answer = await submitted;

    expect(answer.status).toBe(200);
    expect(answer.body.receiptNumber).toEqual(expect.any(String));
    expect(new Date(answer.body.submittedAt).getTime()).toBeLessThanOrEqual(deadline.getTime());
  });

  it('should stamp the receipt with the arrival, not the end of a wait behind other submissions', async () => {
    const entryId = await readyDraft();
    app.clock.set(new Date(deadline.getTime() - 400));
    const release = await holding((client) =>
      client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`entries-submit:${award.id}`]),
    );
    const submitted = app.request('POST', `/entries/${entryId}/submit`, { token });
    await sleep(1_000);
    await release();
    const answer = await submitted;

    expect(answer.status).toBe(200);
    expect(new Date(answer.body.submittedAt).getTime()).toBeLessThanOrEqual(deadline.getTime());
    const { rows } = await app.db.query('SELECT submitted_at FROM entries WHERE id = $1', [
      entryId,
    ]);
    expect(rows[0].submitted_at.getTime()).toBeLessThanOrEqual(deadline.getTime());
  });

  it('should refuse a submission that arrived after the deadline, and write nothing', async () => {
    const entryId = await readyDraft();
    app.clock.set(new Date(deadline.getTime() + 1_000));
    const answer = await app.request('POST', `/entries/${entryId}/submit`, { token });

    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('SUBMISSION_DEADLINE_PASSED');
    expect(await countRows(app.db, 'entries', `id = $1 AND status = 'draft'`, [entryId])).toBe(1);
    expect(
      await countRows(app.db, 'entries', 'id = $1 AND receipt_number IS NOT NULL', [entryId]),
    ).toBe(0);
  });
});
