import type { EntityManager } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { AwardMember } from '../members/entities/award-member.entity';

/** The award's judges (user ids), in the order they joined. */
export async function judgeIds(manager: EntityManager, awardId: string): Promise<string[]> {
  return (
    await manager
      .getRepository(AwardMember)
      .find({ where: { awardId, role: 'judge' }, order: { createdAt: 'ASC' } })
  ).map((member) => member.userId);
}

/** Panels and assignments take only the award's own judges. */
export async function assertJudges(
  manager: EntityManager,
  awardId: string,
  ids: string[],
): Promise<void> {
  const judges = await judgeIds(manager, awardId);
  const strangers = ids.filter((id) => !judges.includes(id));
  if (strangers.length)
    throw new AppException(
      'JUDGE_NOT_MEMBER',
      strangers.map((id) => ({
        field: 'judgeIds',
        code: 'JUDGE_NOT_MEMBER',
        message: `${id} is not a judge of this award`,
      })),
    );
}
