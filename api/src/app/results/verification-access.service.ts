import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { VerificationAccess } from '@press-award/contracts';
import type { DataSource } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { AuditService } from '../audit/audit.service';
import { Award } from '../awards/entities/award.entity';

/**
 * Who may read an award's verification package (docs/collective-prizes.md): anyone by default, or
 * only its organizers, steering committee and named auditors. Each change is a link of the award's
 * audit chain, with the setting before and after.
 */
@Injectable()
export class VerificationAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async set(
    awardId: string,
    access: VerificationAccess,
    actorId: string,
  ): Promise<{ access: VerificationAccess }> {
    await this.db.transaction(async (manager) => {
      const award = await manager
        .getRepository(Award)
        .findOne({ where: { id: awardId }, lock: { mode: 'pessimistic_write' } });
      if (!award) throw new AppException('AWARD_NOT_FOUND');
      if (award.verificationAccess === access) return;
      await manager.getRepository(Award).update({ id: awardId }, { verificationAccess: access });
      await this.audit.append(manager, {
        awardId,
        actorId,
        action: 'verification.access-changed',
        targetType: 'award',
        targetId: awardId,
        before: { access: award.verificationAccess },
        after: { access },
      });
    });
    return { access };
  }
}
