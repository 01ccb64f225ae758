import type { EntityManager } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { Round } from './entities/round.entity';

/** The round a change applies to, locked for the transaction; a closed round no longer changes. */
export async function lockRound(manager: EntityManager, roundId: string): Promise<Round> {
  const round = await manager
    .getRepository(Round)
    .findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
  if (!round) throw new AppException('ROUND_NOT_FOUND');
  if (round.status === 'closed') throw new AppException('ROUND_NOT_EDITABLE');
  return round;
}
