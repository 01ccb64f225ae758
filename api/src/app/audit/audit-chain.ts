import { createHash } from 'node:crypto';

import { canonicalJson } from '@press-award/domain';

// The chain's hashing stays here (node:crypto); its canonical text is the domain's, shared with the
// verifier of published results.
export { canonicalJson };

export interface AuditLink {
  awardId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  /** ISO 8601 in UTC with milliseconds. */
  at: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function auditHash(prevHash: string, link: AuditLink): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(link)).digest('hex');
}

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: string; reason: 'HASH_MISMATCH' | 'PREVIOUS_MISMATCH' };

/** An audit row as stored (the entity, or a raw row selected under the entity's names). */
export interface StoredAuditRow extends Omit<AuditLink, 'at' | 'before' | 'after'> {
  seq: string;
  before?: unknown;
  after?: unknown;
  at: Date;
  prevHash: string;
  hash: string;
}

/** Verifies stored rows, in `seq` order: the one mapping from what is stored to what was hashed. */
export function verifyStoredChain(rows: readonly StoredAuditRow[]): ChainVerdict {
  return verifyChain(
    rows.map((row) => ({
      seq: row.seq,
      awardId: row.awardId,
      actorId: row.actorId,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      before: row.before ?? null,
      after: row.after ?? null,
      at: row.at.toISOString(),
      prevHash: row.prevHash,
      hash: row.hash,
    })),
  );
}

/** Recomputes a chain in order and reports the first link that does not hold. */
export function verifyChain(
  links: readonly (AuditLink & { seq: string; prevHash: string; hash: string })[],
): ChainVerdict {
  let previous = GENESIS_HASH;
  for (const [index, link] of links.entries()) {
    if (link.prevHash !== previous)
      return { ok: false, checked: index, brokenAt: link.seq, reason: 'PREVIOUS_MISMATCH' };
    const { seq: _seq, prevHash: _prev, hash, ...fields } = link;
    if (auditHash(previous, fields) !== hash)
      return { ok: false, checked: index, brokenAt: link.seq, reason: 'HASH_MISMATCH' };
    previous = hash;
  }
  return { ok: true, checked: links.length };
}
