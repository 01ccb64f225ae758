import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BlindCodesResponse } from '@press-award/contracts';
import { issueBlindCodes } from '@press-award/domain';
import { DataSource, Not, IsNull } from 'typeorm';
import { Entry } from '../entries/entities/entry.entity';
import { JudgingProjection } from '../judging/projection/judging-projection.service';
import { AuditService } from '../audit/audit.service';

/** A CSPRNG in [0, 1): the blind codes are what keeps judging blind. */
const secureRandom = () => randomBytes(6).readUIntBE(0, 6) / 2 ** 48;

/** The blind codes (e.g. IN1-0042) judges know the entries by. */
@Injectable()
export class BlindCodesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly judging: JudgingProjection,
    private readonly audit: AuditService,
  ) {}

  /** Gives every eligible entry without a code its blind code; issued codes never change. */
  async issueCodes(awardId: string, actorId: string): Promise<BlindCodesResponse> {
    let queued: string[] = [];
    const result = await this.db.transaction(async (manager) => {
      await manager.query('SELECT id FROM awards WHERE id = $1 FOR UPDATE', [awardId]);
      const entries = await manager.getRepository(Entry).find({
        where: { awardId, status: 'eligible' },
        relations: { category: true },
        order: { id: 'ASC' },
      });
      const coded = await manager
        .getRepository(Entry)
        .find({ where: { awardId, code: Not(IsNull()) }, relations: { category: true } });
      const requests = [...coded.filter((entry) => entry.status !== 'eligible'), ...entries].map(
        (entry) => ({
          id: entry.id,
          categoryCode: entry.category?.code ?? 'X',
          existingCode: entry.code,
        }),
      );
      const issued = issueBlindCodes(requests, secureRandom).filter((code) => code.issued);
      for (const code of issued)
        await manager.getRepository(Entry).update({ id: code.entryId }, { code: code.code });
      if (issued.length) {
        await this.audit.append(manager, {
          awardId,
          actorId,
          action: 'codes.issued',
          targetType: 'award',
          targetId: awardId,
          after: { codes: issued.map(({ entryId, code }) => ({ entryId, code })) },
        });
      }
      const all = await manager.getRepository(Entry).find({
        where: { awardId, status: 'eligible' },
        select: { id: true, code: true },
        order: { code: 'ASC' },
      });
      // The judges' read model and the anonymised copies of the files follow the codes.
      queued = await this.judging.project(
        manager,
        all.map((entry) => entry.id),
      );
      return {
        issued: issued.length,
        codes: all.map((entry) => ({ entryId: entry.id, code: entry.code ?? '' })),
      };
    });
    await this.judging.queue(queued);
    return result;
  }
}
