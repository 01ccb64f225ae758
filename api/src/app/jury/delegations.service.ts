import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JURY_DELEGATIONS, type DelegationsResponse } from '@press-award/contracts';
import type { PutDelegationsDto } from '@press-award/contracts/dto';
import { DataSource } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { AuditService } from '../audit/audit.service';
import { Award } from '../awards/entities/award.entity';

/**
 * The jury work an organizer hands to the award's secretaries. Only the record lives here: the
 * AccessGuard lets a secretary through a `delegable` permission when the award delegates its key,
 * so the delegated work runs through the very same routes and services (docs/councils.md).
 */
@Injectable()
export class DelegationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(awardId: string): Promise<DelegationsResponse> {
    const award = await this.db.getRepository(Award).findOneBy({ id: awardId });
    if (!award) throw new AppException('AWARD_NOT_FOUND');
    return { awardId, secretariat: award.secretariatDelegations };
  }

  async put(
    awardId: string,
    input: PutDelegationsDto,
    actorId: string,
  ): Promise<DelegationsResponse> {
    const secretariat = JURY_DELEGATIONS.filter((key) => input.secretariat.includes(key));
    await this.db.transaction(async (manager) => {
      const award = await manager
        .getRepository(Award)
        .findOne({ where: { id: awardId }, lock: { mode: 'pessimistic_write' } });
      if (!award) throw new AppException('AWARD_NOT_FOUND');
      const before = award.secretariatDelegations;
      if (before.length === secretariat.length && before.every((key) => secretariat.includes(key)))
        return;
      // Not through the entity: that would bump the award's version, which guards edits of its rules.
      await manager.query('UPDATE awards SET secretariat_delegations = $2::jsonb WHERE id = $1', [
        awardId,
        JSON.stringify(secretariat),
      ]);
      await this.audit.append(manager, {
        awardId,
        actorId,
        action: 'delegations.updated',
        targetType: 'award',
        targetId: awardId,
        before: { secretariat: before },
        after: { secretariat },
      });
    });
    return { awardId, secretariat };
  }
}
