import type { EntryOutcome } from '@press-award/contracts';
import type { DataSource } from 'typeorm';
import { toEntryOutcome, type PublishedPrizeRow } from './entries.presenter';

/**
 * The prize outcomes of these entries, in one statement for the whole list. Only decisions of
 * published awards come back: before publication the decision is under embargo, and every entry
 * endpoint (the submitter's included) must show nothing of it.
 */
export async function publishedOutcomes(
  db: DataSource,
  entryIds: string[],
): Promise<Map<string, EntryOutcome>> {
  if (entryIds.length === 0) return new Map();
  const rows: PublishedPrizeRow[] = await db.query(
    `SELECT p.entry_id, p.tier_code, p.topic_prizes, p.standing, a.prize_tiers, a.topic_prizes AS award_topic_prizes
       FROM prize_decisions p
       JOIN entries e ON e.id = p.entry_id AND e.award_id = p.award_id
       JOIN awards a ON a.id = p.award_id
      WHERE p.entry_id = ANY($1::uuid[]) AND a.status = 'published'`,
    [entryIds],
  );
  const outcomes = new Map<string, EntryOutcome>();
  for (const row of rows) {
    const outcome = toEntryOutcome(row);
    if (outcome) outcomes.set(row.entry_id, outcome);
  }
  return outcomes;
}
