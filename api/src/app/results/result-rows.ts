import type { MediaType, PrizeStanding, ResultRow } from '@press-award/contracts';
import type { DataSource } from 'typeorm';
import type { Award } from '../awards/entities/award.entity';

/**
 * Every decided prize of the award (tier or topic prize), in the order results are announced: by
 * tier as the award lists them, then category, then title. Revoked and withdrawn prizes stay in the
 * list with their standing, so exports can show what a complaint changed. One statement.
 */
export async function resultRows(db: DataSource, award: Award): Promise<ResultRow[]> {
  const rows: {
    entry_id: string;
    code: string | null;
    receipt_number: string | null;
    tier_code: string | null;
    topic_prizes: string[];
    standing: PrizeStanding;
    title: string;
    category_name: string;
    media_type: MediaType;
    score: string | null;
    authors: { fullName: string; penName: string | null; organizationName: string | null }[] | null;
  }[] = await db.query(
    `SELECT p.entry_id, e.code, e.receipt_number, p.tier_code, p.topic_prizes, p.standing, e.title, c.name AS category_name, c.media_type,
            (SELECT round(avg(s.total), 4) FROM sheets s
              WHERE s.entry_id = e.id AND s.status = 'submitted'
                AND s.round_id = (SELECT r.id FROM rounds r JOIN round_entries re ON re.round_id = r.id
                                   WHERE re.entry_id = e.id ORDER BY r."order" DESC LIMIT 1)) AS score,
            (SELECT json_agg(json_build_object('fullName', au.full_name, 'penName', au.pen_name, 'organizationName', au.organization_name) ORDER BY au.index)
               FROM entry_authors au WHERE au.entry_id = e.id) AS authors
       FROM prize_decisions p JOIN entries e ON e.id = p.entry_id JOIN categories c ON c.id = e.category_id
      WHERE p.award_id = $1 AND (p.tier_code IS NOT NULL OR jsonb_array_length(p.topic_prizes) > 0)
      ORDER BY c.sort_order, e.title`,
    [award.id],
  );
  const order = new Map(award.prizeTiers.map((tier, index) => [tier.code, index]));
  return rows
    .map((row): ResultRow => {
      const authors = row.authors ?? [];
      return {
        entryId: row.entry_id,
        entryCode: row.code,
        receiptNumber: row.receipt_number,
        tierCode: row.tier_code,
        tierLabel: award.prizeTiers.find((tier) => tier.code === row.tier_code)?.label ?? null,
        topicPrizes: row.topic_prizes,
        entryTitle: row.title,
        categoryName: row.category_name,
        mediaType: row.media_type,
        authors,
        organizationName: authors[0]?.organizationName ?? null,
        score: row.score === null ? null : Number(row.score),
        standing: row.standing,
      };
    })
    .sort((a, b) => (order.get(a.tierCode ?? '') ?? 99) - (order.get(b.tierCode ?? '') ?? 99));
}
