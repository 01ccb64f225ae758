import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COLLECTIVE_PRIZE_TIER_LABELS,
  COLLECTIVE_PRIZE_TIERS,
  type CollectivePrizeResponse,
  type PublicCollectivePrizeResult,
  type UiLanguage,
} from '@press-award/contracts';
import type { CreateCollectivePrizeDto } from '@press-award/contracts/dto';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { AuditService } from '../audit/audit.service';
import { Award } from '../awards/entities/award.entity';
import { certificateIssuer, certificateNumbers } from './certificate-issuer';
import { COLLECTIVE_CERTIFICATE_LABELS } from './collective-certificate-pdf';
import { CollectivePrize } from './entities/collective-prize.entity';
import { certificateFileNames, type DownloadFile } from './export-format';
import { PdfRenderPool } from './pdf/pdf-render-pool';

function toResponse(prize: CollectivePrize): CollectivePrizeResponse {
  return {
    id: prize.id,
    awardId: prize.awardId,
    organizationName: prize.organizationName,
    tierCode: prize.tierCode,
    tierLabel: COLLECTIVE_PRIZE_TIER_LABELS[prize.tierCode],
    citation: prize.citation,
    createdAt: prize.createdAt.toISOString(),
  };
}

/** What the audit chain keeps of a collective prize. */
function auditRecord(prize: Pick<CollectivePrize, 'organizationName' | 'tierCode' | 'citation'>) {
  return {
    organizationName: prize.organizationName,
    tierCode: prize.tierCode,
    citation: prize.citation,
  };
}

/** The order prizes are announced in: by tier as `COLLECTIVE_PRIZE_TIERS` lists them, then name. */
function announcedOrder(prizes: CollectivePrize[]): CollectivePrize[] {
  const rank = (prize: CollectivePrize) => COLLECTIVE_PRIZE_TIERS.indexOf(prize.tierCode);
  return [...prizes].sort(
    (left, right) =>
      rank(left) - rank(right) ||
      left.organizationName.localeCompare(right.organizationName, 'vi') ||
      left.id.localeCompare(right.id),
  );
}

/**
 * The award's collective prizes as the public results list them, after the works. The caller has
 * checked publication; nothing changes them after it, so they are what was published.
 */
export async function publicCollectivePrizes(
  db: DataSource | EntityManager,
  awardId: string,
): Promise<PublicCollectivePrizeResult[]> {
  const prizes = await db.getRepository(CollectivePrize).findBy({ awardId });
  return announcedOrder(prizes).map((prize) => ({
    collective: true,
    tierCode: prize.tierCode,
    tierLabel: COLLECTIVE_PRIZE_TIER_LABELS[prize.tierCode],
    organizationName: prize.organizationName,
    citation: prize.citation,
  }));
}

/**
 * Prizes for collectives (docs/collective-prizes.md): decided by the organizer with a citation while
 * the award is judged or decided, fixed by publication, then public and with a certificate each.
 */
@Injectable()
export class CollectivePrizesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly pdf: PdfRenderPool,
  ) {}

  async list(awardId: string): Promise<CollectivePrizeResponse[]> {
    const prizes = await this.db.getRepository(CollectivePrize).findBy({ awardId });
    return announcedOrder(prizes).map(toResponse);
  }

  async create(
    awardId: string,
    input: CreateCollectivePrizeDto,
    actorId: string,
  ): Promise<CollectivePrizeResponse> {
    const prize = await this.db.transaction(async (manager) => {
      await this.lockUndecidedAward(manager, awardId);
      const saved = await manager.getRepository(CollectivePrize).save({
        awardId,
        organizationName: input.organizationName,
        tierCode: input.tierCode,
        citation: input.citation,
        createdBy: actorId,
      });
      await this.audit.append(manager, {
        awardId,
        actorId,
        action: 'collective-prize.added',
        targetType: 'collective_prize',
        targetId: saved.id,
        before: null,
        after: auditRecord(saved),
      });
      return saved;
    });
    return toResponse(prize);
  }

  async remove(awardId: string, prizeId: string, actorId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.lockUndecidedAward(manager, awardId);
      const repository = manager.getRepository(CollectivePrize);
      const prize = await repository.findOneBy({ id: prizeId, awardId });
      if (!prize) throw new AppException('COLLECTIVE_PRIZE_NOT_FOUND');
      await repository.delete({ id: prizeId });
      await this.audit.append(manager, {
        awardId,
        actorId,
        action: 'collective-prize.removed',
        targetType: 'collective_prize',
        targetId: prizeId,
        before: auditRecord(prize),
        after: null,
      });
    });
  }

  /** A collective's certificate: only once the results are published. */
  async certificate(awardId: string, prizeId: string, lang: UiLanguage): Promise<DownloadFile> {
    const award = await this.db.getRepository(Award).findOneBy({ id: awardId });
    const prize = await this.db.getRepository(CollectivePrize).findOneBy({ id: prizeId, awardId });
    if (!award || !prize) throw new AppException('COLLECTIVE_PRIZE_NOT_FOUND');
    if (award.status !== 'published') throw new AppException('CERTIFICATE_NOT_AVAILABLE');
    const labels = COLLECTIVE_CERTIFICATE_LABELS[lang];
    const names = certificateFileNames(
      { id: prize.id, receiptNumber: null, code: prize.organizationName },
      { certificateFileStem: labels.fileStem, certificateFileTitle: labels.fileTitle },
    );
    const body = await this.pdf.render({
      kind: 'collective-certificate',
      input: {
        award: {
          name: award.name,
          edition: award.edition,
          year: award.year,
          organizerName: award.organizerName,
          level: award.level,
          place: award.place,
          publishedAt: award.publishedAt,
        },
        prize: auditRecord(prize),
        issuer: certificateIssuer(
          award,
          (await certificateNumbers(this.db, award)).collective.get(prize.id),
        ),
        lang,
        now: this.clock.now(),
      },
    });
    return { body, contentType: 'application/pdf', ...names };
  }

  /** The award, locked for the change; collective prizes change only while judging or decided. */
  private async lockUndecidedAward(manager: EntityManager, awardId: string): Promise<Award> {
    const award = await manager
      .getRepository(Award)
      .findOne({ where: { id: awardId }, lock: { mode: 'pessimistic_write' } });
    if (!award) throw new AppException('AWARD_NOT_FOUND');
    if (award.status !== 'judging' && award.status !== 'decided')
      throw new AppException('COLLECTIVE_PRIZES_LOCKED');
    return award;
  }
}
