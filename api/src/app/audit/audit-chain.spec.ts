import { describe, expect, it } from '@jest/globals';
import { auditHash, canonicalJson, GENESIS_HASH, verifyChain, type AuditLink } from './audit-chain';

const link = (n: number): AuditLink => ({
  awardId: 'a',
  actorId: 'u',
  action: 'screening.decided',
  targetType: 'entry',
  targetId: `e${n}`,
  before: { status: 'submitted' },
  after: { status: 'eligible', n },
  at: `2020-11-1${n}T00:00:00.000Z`,
});

function chain(count: number) {
  let previous = GENESIS_HASH;
  return Array.from({ length: count }, (_v, index) => {
    const fields = link(index);
    const hash = auditHash(previous, fields);
    const row = { ...fields, seq: String(index + 1), prevHash: previous, hash };
    previous = hash;
    return row;
  });
}

describe(canonicalJson.name, () => {
  it('should not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });
});

describe(verifyChain.name, () => {
  it('should accept an intact chain', () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, checked: 5 });
  });

  it('should find the first edited link', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, after: { status: 'ineligible', n: 2 } };
    expect(verifyChain(rows)).toEqual({
      ok: false,
      checked: 2,
      brokenAt: '3',
      reason: 'HASH_MISMATCH',
    });
  });

  it('should find a removed link', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(verifyChain(rows)).toEqual({
      ok: false,
      checked: 1,
      brokenAt: '3',
      reason: 'PREVIOUS_MISMATCH',
    });
  });
});
