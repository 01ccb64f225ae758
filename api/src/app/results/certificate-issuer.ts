import type { AwardInstitution, AwardLevel, PrizeTier } from '@press-award/contracts';
import { effectiveInstitution, issuingPlace } from '@press-award/domain';
import type { DataSource } from 'typeorm';
import type { CertificateIssuer } from './certificate-frame';

interface AwardForCertificates {
  id: string;
  organizerName: string | null;
  level: AwardLevel;
  place: string | null;
  institution: AwardInstitution | null;
  prizeTiers: PrizeTier[];
}

/**
 * Each certificate's own number in the award's list: the works in tier order (then topic prizes
 * alone), by code, then the collective prizes in the order they were decided. Decisions are frozen
 * at publication and a revoked prize keeps its row, so a certificate keeps its number; the list is
 * the publication's, not a counter, so printing a certificate again never gives it a new one.
 */
export async function certificateNumbers(
  db: DataSource,
  award: AwardForCertificates,
): Promise<{ works: Map<string, number>; collective: Map<string, number> }> {
  const works: { entry_id: string; tier_code: string | null; code: string | null }[] =
    await db.query(
      `SELECT p.entry_id, p.tier_code, e.code FROM prize_decisions p JOIN entries e ON e.id = p.entry_id
        WHERE p.award_id = $1 AND (p.tier_code IS NOT NULL OR jsonb_array_length(p.topic_prizes) > 0)`,
      [award.id],
    );
  const order = new Map(award.prizeTiers.map((tier, index) => [tier.code, index]));
  const rank = (tier: string | null) => (tier === null ? 1_000 : (order.get(tier) ?? 999));
  works.sort(
    (a, b) =>
      rank(a.tier_code) - rank(b.tier_code) ||
      (a.code ?? '').localeCompare(b.code ?? '') ||
      a.entry_id.localeCompare(b.entry_id),
  );
  const collective: { id: string }[] = await db.query(
    'SELECT id FROM collective_prizes WHERE award_id = $1 ORDER BY created_at, id',
    [award.id],
  );
  return {
    works: new Map(works.map((row, index) => [row.entry_id, index + 1])),
    collective: new Map(collective.map((row, index) => [row.id, works.length + index + 1])),
  };
}

/** The issuer block of a certificate: its number ("12-GCN/BTCTU"), signer and place. */
export function certificateIssuer(
  award: AwardForCertificates,
  number: number | undefined,
): CertificateIssuer {
  const institution = effectiveInstitution(award);
  return {
    number: number ? `${number}-GCN/${institution.symbol}` : null,
    signerTitle: institution.signerTitle,
    signerName: institution.signerName,
    place: issuingPlace(award),
  };
}
