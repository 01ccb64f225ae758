import type { AgencyConfirmation } from '@press-award/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import type { AuthUser } from '../auth/auth.types';
import type { Entry } from '../entries/entities/entry.entity';
import { Batch } from './entities/batch.entity';

/**
 * The caller's own batch in this award, locked for share while an entry joins it; anything else —
 * another organization's batch, another award's, none at all — is BATCH_NOT_FOUND.
 */
export async function ownBatch(
  manager: EntityManager,
  batchId: string,
  awardId: string,
  ownerId: string,
): Promise<Batch> {
  const batch = await manager.getRepository(Batch).findOne({
    where: { id: batchId, awardId, ownerId },
    lock: { mode: 'pessimistic_read' },
  });
  if (!batch) throw new AppException('BATCH_NOT_FOUND');
  return batch;
}

/** What the submission needs to know about an entry's agency confirmation. */
export async function agencyConfirmationOf(
  manager: EntityManager,
  entry: Pick<Entry, 'batchId' | 'forwardedFromEntryId'>,
): Promise<AgencyConfirmation> {
  const batch = entry.batchId
    ? await manager.getRepository(Batch).findOneBy({ id: entry.batchId })
    : null;
  return {
    inBatch: !!batch,
    coveringLetter: !!batch?.letterStorageKey,
    forwarded: entry.forwardedFromEntryId !== null,
  };
}

export interface BatchStanding {
  batch: Batch;
  isOwner: boolean;
}

/**
 * A batch as this caller may see it: its owner, the award's organizers and secretaries, and the
 * system admin. Anyone else is told it does not exist (404), never that it is someone else's.
 */
export async function readableBatch(
  db: DataSource | EntityManager,
  batchId: string,
  user: Pick<AuthUser, 'id' | 'isAdmin'>,
): Promise<BatchStanding> {
  const batch = await db.getRepository(Batch).findOneBy({ id: batchId });
  if (!batch) throw new AppException('BATCH_NOT_FOUND');
  const isOwner = batch.ownerId === user.id;
  if (isOwner || user.isAdmin) return { batch, isOwner };
  const staff: unknown[] = await db.query(
    `SELECT 1 FROM award_members
      WHERE award_id = $1 AND user_id = $2 AND role IN ('organizer', 'secretary') LIMIT 1`,
    [batch.awardId, user.id],
  );
  if (staff.length === 0) throw new AppException('BATCH_NOT_FOUND');
  return { batch, isOwner };
}
