import { describe, expect, it } from '@jest/globals';
import type { VerificationPackage, VerificationRound } from '@press-award/contracts';
import { canonicalJson } from './canonical-json';
import { rankRound, verificationHashInput, verifyPackage } from './verification';

/** A stand-in hash for the pure tests (the API and the CLI use sha256): the text itself, folded. */
const fakeHash = (text: string): string => {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash.toString(16).padStart(8, '0');
};

function publishedPackage(): VerificationPackage {
  const base: Omit<VerificationRound, 'ranking'> = {
    roundId: 'r1',
    name: 'Chung khảo',
    order: 1,
    method: 'mean',
    parameters: { maxTotal: 10, expectedSheets: 2, disagreementPoints: 2 },
    rubric: {
      criteria: [
        { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25 },
        { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25 },
      ],
    },
    entries: [
      { entryCode: 'IN-0001', category: 'IN' },
      { entryCode: 'IN-0002', category: 'IN' },
      { entryCode: 'PT-0001', category: 'PT' },
    ],
    sheets: [
      { entryCode: 'IN-0001', judge: 'GK01', scores: { content: 4.5, craft: 4 } },
      { entryCode: 'IN-0001', judge: 'GK02', scores: { content: 4, craft: 4.25 } },
      { entryCode: 'IN-0002', judge: 'GK01', scores: { content: 3, craft: 3.5 } },
      { entryCode: 'IN-0002', judge: 'GK02', scores: { content: 3.25, craft: 3 } },
      { entryCode: 'PT-0001', judge: 'GK01', scores: { content: 5, craft: 4.75 } },
    ],
  };
  const round = { ...base, ranking: rankRound(base) };
  const pkg = { awardId: 'a1', rounds: [round], snapshotHash: '' };
  return { ...pkg, snapshotHash: fakeHash(verificationHashInput(pkg)) };
}

describe('verifyPackage', () => {
  it('should rank by the published method, per category, from the criterion scores', () => {
    expect(publishedPackage().rounds[0]?.ranking).toEqual([
      { entryCode: 'IN-0001', total: 8.375, rank: 1 },
      { entryCode: 'IN-0002', total: 6.375, rank: 2 },
      { entryCode: 'PT-0001', total: 9.75, rank: 1 },
    ]);
  });

  it('should say it matches for the package as published', () => {
    expect(verifyPackage(publishedPackage(), fakeHash)).toEqual({ matches: true });
  });

  it('should name the entry whose score was altered in a copy', () => {
    const altered = structuredClone(publishedPackage());
    altered.rounds[0]!.sheets[3]!.scores['craft'] = 4.5;
    expect(verifyPackage(altered, fakeHash)).toMatchObject({
      matches: false,
      round: 'Chung khảo',
      entryCode: 'IN-0002',
    });
  });

  it('should name the entry whose published rank was altered, and catch any other change by the hash', () => {
    const ranked = structuredClone(publishedPackage());
    ranked.rounds[0]!.ranking[2]!.rank = 2;
    expect(verifyPackage(ranked, fakeHash)).toMatchObject({ matches: false, entryCode: 'PT-0001' });

    const renamed = structuredClone(publishedPackage());
    renamed.rounds[0]!.name = 'Sơ khảo';
    expect(verifyPackage(renamed, fakeHash)).toMatchObject({
      matches: false,
      difference: expect.stringContaining('hash'),
    });
  });

  it('should hash the canonical text of the award and its rounds, whatever the key order', () => {
    const pkg = publishedPackage();
    const reordered = { rounds: pkg.rounds, snapshotHash: 'x', awardId: pkg.awardId };
    expect(verificationHashInput(reordered)).toBe(
      canonicalJson({ awardId: pkg.awardId, rounds: pkg.rounds }),
    );
  });
});
