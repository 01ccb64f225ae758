import { AUTHOR_CAP_STATUSES, type CountedAuthor } from '@press-award/domain';
import type { EntityManager } from 'typeorm';
import type { EntryAuthor } from './entities/entry-author.entity';

/**
 * Authors of the award's other entries that take a place under the cap (submitted, screened
 * eligible or sent back for revision) and could be the same people.
 */
export async function otherCountedAuthors(
  manager: EntityManager,
  awardId: string,
  entryId: string,
  authors: EntryAuthor[],
): Promise<{ authors: CountedAuthor[] }[]> {
  const userIds = authors.map((author) => author.userId).filter((id): id is string => !!id);
  const names = authors.map((author) => author.normalizedName);
  const rows: {
    entry_id: string;
    user_id: string | null;
    full_name: string;
    date_of_birth: string | null;
  }[] = await manager.query(
    `SELECT a.entry_id, a.user_id, a.full_name, to_char(a.date_of_birth, 'YYYY-MM-DD') AS date_of_birth
       FROM entry_authors a JOIN entries e ON e.id = a.entry_id
      WHERE e.award_id = $1 AND e.status = ANY($5::text[]) AND e.id <> $2
        AND (a.user_id = ANY($3::uuid[]) OR a.normalized_name = ANY($4::text[]))`,
    [awardId, entryId, userIds, names, AUTHOR_CAP_STATUSES],
  );
  const byEntry = new Map<string, CountedAuthor[]>();
  for (const row of rows) {
    const list = byEntry.get(row.entry_id) ?? [];
    list.push({ userId: row.user_id, fullName: row.full_name, dateOfBirth: row.date_of_birth });
    byEntry.set(row.entry_id, list);
  }
  return [...byEntry.values()].map((list) => ({ authors: list }));
}
