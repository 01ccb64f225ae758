import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoundResponse } from '@press-award/contracts';
import type { CreateRoundDto, UpdateRoundDto } from '@press-award/contracts/dto';
import { rubricIssues } from '@press-award/domain';
import { DataSource } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { isUniqueViolation } from '../../infra/database/unique-violation';
import { Panel } from './entities/panel.entity';
import { RoundEntry } from './entities/round-entry.entity';
import { Round } from './entities/round.entity';
import { AuditService } from '../audit/audit.service';
import { canonicalJson } from '../audit/audit-chain';
import { disagreementDistance, disagreementIssues } from './disagreement';
import { toPanelResponse } from './panels.service';
import { lockRound } from './round-lock';

/** A round's life: created as a draft, changed while not closed, opened, then closed with its sheets frozen. */
@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Opens or closes a round: draft → open → closed. */
  async changeRoundStatus(
    roundId: string,
    status: 'open' | 'closed',
    actorId: string,
  ): Promise<RoundResponse> {
    await this.db.transaction(async (manager) => {
      const round = await lockRound(manager, roundId);
      const legal =
        (round.status === 'draft' && status === 'open') ||
        (round.status === 'open' && status === 'closed');
      if (!legal) throw new AppException('ROUND_NOT_EDITABLE');
      await manager.getRepository(Round).update({ id: roundId }, { status });
      // Closing freezes the round's sheets: the snapshot and its hash go into the audit chain.
      let frozen: { snapshotHash: string; sheets: number; snapshot: unknown[] } | null = null;
      if (status === 'closed') {
        const snapshot: unknown[] = await manager.query(
          `SELECT assignment_id AS "assignmentId", judge_id AS "judgeId", entry_id AS "entryId", scores, total::text AS total, status, version
             FROM sheets WHERE round_id = $1 ORDER BY assignment_id`,
          [roundId],
        );
        frozen = {
          snapshotHash: createHash('sha256').update(canonicalJson(snapshot)).digest('hex'),
          sheets: snapshot.length,
          snapshot,
        };
      }
      await this.audit.append(manager, {
        awardId: round.awardId,
        actorId,
        action: status === 'open' ? 'round.opened' : 'round.closed',
        targetType: 'round',
        targetId: roundId,
        before: { status: round.status },
        after: { status, ...(frozen ?? {}) },
      });
    });
    return this.getRound(roundId);
  }

  async createRound(awardId: string, input: CreateRoundDto): Promise<RoundResponse> {
    const issues = [
      ...rubricIssues(input.rubric.criteria).map((issue) => ({
        field: issue.path,
        code: issue.code,
        message: issue.code,
      })),
      ...disagreementIssues(input.rubric, input.disagreementPoints),
    ];
    if (issues.length) throw new AppException('VALIDATION_FAILED', issues);
    try {
      const round = await this.db.getRepository(Round).save({
        awardId,
        name: input.name,
        order: input.order,
        judgesPerEntry: input.judgesPerEntry,
        rubric: {
          criteria: input.rubric.criteria.map((criterion) => ({
            ...criterion,
            weight: criterion.weight ?? null,
          })),
        },
        disagreementPoints: input.disagreementPoints ?? null,
        status: 'draft' as const,
      });
      return this.getRound(round.id);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppException('ROUND_ORDER_TAKEN', [
          { field: 'order', code: 'ROUND_ORDER_TAKEN', message: 'Taken' },
        ]);
      throw error;
    }
  }

  /** Changes what may still change on a round that is not closed: its disagreement distance. */
  async updateRound(
    roundId: string,
    input: UpdateRoundDto,
    actorId: string,
  ): Promise<RoundResponse> {
    await this.db.transaction(async (manager) => {
      const round = await lockRound(manager, roundId);
      if (
        input.disagreementPoints === undefined ||
        input.disagreementPoints === round.disagreementPoints
      )
        return;
      const issues = disagreementIssues(round.rubric, input.disagreementPoints);
      if (issues.length) throw new AppException('VALIDATION_FAILED', issues);
      await manager
        .getRepository(Round)
        .update({ id: roundId }, { disagreementPoints: input.disagreementPoints });
      await this.audit.append(manager, {
        awardId: round.awardId,
        actorId,
        action: 'round.updated',
        targetType: 'round',
        targetId: roundId,
        before: { disagreementPoints: round.disagreementPoints },
        after: { disagreementPoints: input.disagreementPoints },
      });
    });
    return this.getRound(roundId);
  }

  async listRounds(awardId: string): Promise<RoundResponse[]> {
    const rounds = await this.db
      .getRepository(Round)
      .find({ where: { awardId }, order: { order: 'ASC' } });
    return Promise.all(rounds.map((round) => this.getRound(round.id)));
  }

  async getRound(roundId: string): Promise<RoundResponse> {
    const round = await this.db.getRepository(Round).findOneBy({ id: roundId });
    if (!round) throw new AppException('ROUND_NOT_FOUND');
    const entries = await this.db
      .getRepository(RoundEntry)
      .find({ where: { roundId }, select: { entryId: true } });
    const panels = await this.db
      .getRepository(Panel)
      .find({ where: { roundId }, order: { name: 'ASC' } });
    return {
      id: round.id,
      awardId: round.awardId,
      name: round.name,
      order: round.order,
      judgesPerEntry: round.judgesPerEntry,
      rubric: round.rubric,
      disagreementPoints: round.disagreementPoints,
      disagreementDistance: disagreementDistance(round.rubric, round.disagreementPoints),
      status: round.status,
      entryIds: entries.map((entry) => entry.entryId),
      panels: panels.map(toPanelResponse),
      createdAt: round.createdAt.toISOString(),
    };
  }
}
