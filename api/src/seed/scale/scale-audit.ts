/**
 * The audit chain of a generated edition: the links the services would have appended (each status
 * change of the award, one screening decision per entry, the codes, each round's entries,
 * assignments and closing, each prize), hashed in Node exactly as AuditService does and inserted in
 * batches, so `AuditService.verify` holds.
 */
import type { ClientBase } from 'pg';
import { auditHash, GENESIS_HASH, type AuditLink } from '../../app/audit/audit-chain';

interface ScaleAuditInput {
  awardId: string;
  organizerId: string;
  secretaryId: string;
  preliminaryRoundId: string;
  finalRoundId: string;
  counts: Record<string, number>;
}

const BATCH = 5_000;

export async function appendScaleAudit(
  client: ClientBase,
  input: ScaleAuditInput,
): Promise<number> {
  const { awardId, organizerId, secretaryId } = input;
  const entries: { id: string; submitted_at: Date }[] = (
    await client.query(
      `SELECT s.id, e.submitted_at FROM scale_entries s JOIN entries e ON e.id = s.id ORDER BY s.n`,
    )
  ).rows;
  const count = async (sql: string, params: unknown[]) =>
    Number((await client.query(sql, params)).rows[0].count);
  const events: Omit<AuditLink, 'at' | 'awardId'>[] = [];
  const award = (action: string, before: string, after: string) =>
    events.push({
      actorId: organizerId,
      action,
      targetType: 'award',
      targetId: awardId,
      before: { status: before },
      after: { status: after },
    });
  award('award.status', 'draft', 'open');
  award('award.status', 'open', 'closed');
  for (const entry of entries)
    events.push({
      actorId: secretaryId,
      action: 'screening.decided',
      targetType: 'entry',
      targetId: entry.id,
      before: { status: 'submitted' },
      after: { status: 'eligible', reason: null, revisionDeadline: null },
    });
  award('award.status', 'closed', 'judging');
  events.push({
    actorId: secretaryId,
    action: 'codes.issued',
    targetType: 'award',
    targetId: awardId,
    before: null,
    after: { issued: entries.length },
  });
  for (const roundId of [input.preliminaryRoundId, input.finalRoundId]) {
    const round = (action: string, before: unknown, after: unknown) =>
      events.push({
        actorId: secretaryId,
        action,
        targetType: 'round',
        targetId: roundId,
        before,
        after,
      });
    round('round.entries', null, {
      added: await count('SELECT count(*) FROM round_entries WHERE round_id = $1', [roundId]),
    });
    round('assignments.auto', null, {
      created: await count('SELECT count(*) FROM assignments WHERE round_id = $1', [roundId]),
    });
    round('round.updated', { status: 'draft' }, { status: 'open' });
    round('round.updated', { status: 'open' }, { status: 'closed' });
  }
  const prizes: { entry_id: string; tier_code: string }[] = (
    await client.query(
      'SELECT entry_id, tier_code FROM prize_decisions WHERE award_id = $1 ORDER BY decided_at, tier_code, entry_id',
      [awardId],
    )
  ).rows;
  for (const prize of prizes)
    events.push({
      actorId: organizerId,
      action: 'prize.set',
      targetType: 'entry',
      targetId: prize.entry_id,
      before: null,
      after: { tierCode: prize.tier_code, topicPrizes: [], note: null },
    });
  award('award.status', 'judging', 'decided');

  // One link per second after the last submission: the order of the chain is the order of time.
  const last = entries.reduce((max, entry) => Math.max(max, entry.submitted_at.getTime()), 0);
  const previous: { hash: string }[] = (
    await client.query('SELECT hash FROM audit_log WHERE award_id = $1 ORDER BY seq DESC LIMIT 1', [
      awardId,
    ])
  ).rows;
  let prevHash = previous[0]?.hash ?? GENESIS_HASH;
  for (let start = 0; start < events.length; start += BATCH) {
    const rows = events.slice(start, start + BATCH).map((event, offset) => {
      const link: AuditLink = {
        awardId,
        ...event,
        at: new Date(last + (start + offset + 1) * 1000).toISOString(),
      };
      const hash = auditHash(prevHash, link);
      const row = { ...link, prevHash, hash };
      prevHash = hash;
      return row;
    });
    await client.query(
      `INSERT INTO audit_log (award_id, actor_id, action, target_type, target_id, before, after, at, prev_hash, hash)
       SELECT $1, (r->>'actorId')::uuid, r->>'action', r->>'targetType', (r->>'targetId')::uuid,
              nullif(r->'before', 'null'::jsonb), nullif(r->'after', 'null'::jsonb),
              (r->>'at')::timestamptz, r->>'prevHash', r->>'hash'
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(r, o) ORDER BY o`,
      [awardId, JSON.stringify(rows)],
    );
  }
  return events.length;
}
