import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AssignmentResponse,
  AutoAssignResponse,
  ConflictResponse,
  MediaType,
} from '@press-award/contracts';
import type { AutoAssignDto, CreateAssignmentDto } from '@press-award/contracts/dto';
import {
  DEFAULT_ASSIGNMENT_SEED,
  findConflicts,
  solveAssignments,
  type ConflictOfInterest,
  type JudgeProfile,
} from '@press-award/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { isUniqueViolation } from '../../infra/database/unique-violation';
import { Entry } from '../entries/entities/entry.entity';
import { AwardMember } from '../members/entities/award-member.entity';
import { User } from '../users/entities/user.entity';
import { Assignment } from './entities/assignment.entity';
import { Panel } from './entities/panel.entity';
import { RoundEntry } from './entities/round-entry.entity';
import { Round } from './entities/round.entity';
import { AuditService } from '../audit/audit.service';
import { assertJudges, judgeIds } from './award-judges';
import { lockRound } from './round-lock';

/** Entries whose authors may conflict with judges: everything the reporters filed, drafts aside. */
const FILED = ['submitted', 'eligible', 'ineligible', 'needs_revision', 'withdrawn'] as const;

/** Who scores which entry of a round: conflicts of interest, assignment by hand and automatic. */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every conflicting judge × entry pair of the round, with its reasons (for the secretariat). */
  async conflicts(roundId: string): Promise<ConflictResponse[]> {
    const round = await this.db.getRepository(Round).findOneByOrFail({ id: roundId });
    const entryIds = (await this.db.getRepository(RoundEntry).findBy({ roundId })).map(
      (row) => row.entryId,
    );
    return (await this.conflictPairs(this.db.manager, round.awardId, roundId))
      .filter((pair) => entryIds.includes(pair.entryId))
      .map((pair) => ({ judgeId: pair.judgeId, entryId: pair.entryId, reasons: pair.reasons }));
  }

  async listAssignments(roundId: string): Promise<AssignmentResponse[]> {
    const assignments = await this.db.getRepository(Assignment).find({
      where: { roundId },
      relations: { entry: { category: true }, judge: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return assignments.map(toAssignmentResponse);
  }

  async assign(
    roundId: string,
    input: CreateAssignmentDto,
    actorId: string,
  ): Promise<AssignmentResponse> {
    const id = await this.db.transaction(async (manager) => {
      const round = await lockRound(manager, roundId);
      await assertJudges(manager, round.awardId, [input.judgeId]);
      if (
        !(await manager.getRepository(RoundEntry).existsBy({ roundId, entryId: input.entryId }))
      ) {
        throw new AppException('ENTRY_NOT_IN_ROUND', [
          { field: 'entryId', code: 'ENTRY_NOT_IN_ROUND', message: 'Not in this round' },
        ]);
      }
      const conflict = (await this.conflictPairs(manager, round.awardId, roundId)).find(
        (pair) => pair.judgeId === input.judgeId && pair.entryId === input.entryId,
      );
      // The secretariat sees why; the reasons name agencies, so they never reach judges.
      if (conflict)
        throw new AppException(
          'CONFLICT_OF_INTEREST',
          conflict.reasons.map((reason) => ({ field: 'judgeId', code: reason, message: reason })),
        );
      try {
        const saved = await manager.getRepository(Assignment).save({
          roundId,
          entryId: input.entryId,
          judgeId: input.judgeId,
          status: 'active' as const,
          recusalReason: null,
          createdBy: actorId,
        });
        await this.audit.append(manager, {
          awardId: round.awardId,
          actorId,
          action: 'assignment.created',
          targetType: 'assignment',
          targetId: saved.id,
          after: { roundId, entryId: input.entryId, judgeId: input.judgeId },
        });
        return saved.id;
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppException('ASSIGNMENT_EXISTS');
        throw error;
      }
    });
    return this.assignment(id);
  }

  async unassign(roundId: string, assignmentId: string, actorId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const round = await lockRound(manager, roundId);
      const assignment = await manager
        .getRepository(Assignment)
        .findOneBy({ id: assignmentId, roundId });
      if (!assignment) throw new AppException('ASSIGNMENT_NOT_FOUND');
      await manager.getRepository(Assignment).delete({ id: assignmentId });
      await this.audit.append(manager, {
        awardId: round.awardId,
        actorId,
        action: 'assignment.removed',
        targetType: 'assignment',
        targetId: assignmentId,
        before: {
          roundId,
          entryId: assignment.entryId,
          judgeId: assignment.judgeId,
          status: assignment.status,
        },
      });
    });
  }

  /**
   * Balanced, conflict-free assignment of every entry of the round to `judgesPerEntry` judges of its
   * panel, keeping existing assignments. All or nothing: when some entry cannot be covered, nothing is
   * saved and the answer names each such entry and why.
   */
  async autoAssign(
    roundId: string,
    input: AutoAssignDto,
    actorId: string,
  ): Promise<AutoAssignResponse> {
    return this.db.transaction(async (manager) => {
      const round = await lockRound(manager, roundId);
      const entries = await manager
        .getRepository(Entry)
        .createQueryBuilder('entry')
        .innerJoin(
          RoundEntry,
          'roundEntry',
          'roundEntry.entry_id = entry.id AND roundEntry.round_id = :roundId',
          { roundId },
        )
        .getMany();
      const panels = await manager.getRepository(Panel).findBy({ roundId });
      const judges = await judgeIds(manager, round.awardId);
      const existing = await manager
        .getRepository(Assignment)
        .findBy({ roundId, status: 'active' });
      const conflicts = await this.conflictPairs(manager, round.awardId, roundId);
      const codeOf = new Map(entries.map((entry) => [entry.id, entry.code ?? '']));
      const result = solveAssignments({
        entries: entries.map((entry) => ({ id: entry.id, categoryId: entry.categoryId })),
        panels: panels.map((panel) => ({
          id: panel.id,
          categoryIds: panel.categoryIds,
          judgeIds: panel.judgeIds,
        })),
        judgeIds: judges,
        judgesPerEntry: round.judgesPerEntry,
        conflicts,
        fixed: existing.map((assignment) => ({
          judgeId: assignment.judgeId,
          entryId: assignment.entryId,
        })),
        seed: input.seed ?? DEFAULT_ASSIGNMENT_SEED,
      });
      if (!result.feasible) {
        const uncovered = result.uncovered.map((item) => ({
          entryId: item.entryId,
          entryCode: codeOf.get(item.entryId) ?? '',
          reason: item.reason,
          eligibleJudges: item.eligibleJudges,
          needed: item.needed,
        }));
        const fixedProblems = result.invalidFixed.map((item) => ({
          entryId: item.entryId,
          entryCode: codeOf.get(item.entryId) ?? '',
          reason: `FIXED_${item.problem}`,
          eligibleJudges: 0,
          needed: round.judgesPerEntry,
        }));
        return {
          saved: false,
          feasible: false,
          added: [],
          loads: {},
          balance: [],
          uncovered: [...uncovered, ...fixedProblems],
        };
      }
      const added = result.assignments.filter((assignment) => !assignment.fixed);
      if (!input.dryRun && added.length) {
        await manager.getRepository(Assignment).insert(
          added.map((pair) => ({
            roundId,
            entryId: pair.entryId,
            judgeId: pair.judgeId,
            status: 'active' as const,
            recusalReason: null,
            createdBy: actorId,
          })),
        );
        await this.audit.append(manager, {
          awardId: round.awardId,
          actorId,
          action: 'assignments.auto',
          targetType: 'round',
          targetId: roundId,
          after: { added: added.map(({ judgeId, entryId }) => ({ judgeId, entryId })) },
        });
      }
      return {
        saved: !input.dryRun,
        feasible: true,
        added: added.map((pair) => ({
          judgeId: pair.judgeId,
          entryId: pair.entryId,
          entryCode: codeOf.get(pair.entryId) ?? '',
        })),
        loads: result.loads,
        balance: result.balance,
        uncovered: [],
      };
    });
  }

  private async assignment(id: string): Promise<AssignmentResponse> {
    return toAssignmentResponse(
      await this.db
        .getRepository(Assignment)
        .findOneOrFail({ where: { id }, relations: { entry: { category: true }, judge: true } }),
    );
  }

  /** Conflicts between the award's judges and all its filed entries, recusals in this round included. */
  private async conflictPairs(
    manager: EntityManager,
    awardId: string,
    roundId: string,
  ): Promise<ConflictOfInterest[]> {
    const members = await manager
      .getRepository(AwardMember)
      .find({ where: { awardId, role: 'judge' } });
    const users = members.length
      ? await manager.getRepository(User).findBy({ id: In(members.map((member) => member.userId)) })
      : [];
    const judges: JudgeProfile[] = members.map((member) => {
      const user = users.find((candidate) => candidate.id === member.userId);
      return {
        id: member.userId,
        userId: member.userId,
        fullName: user?.fullName ?? '',
        organizationName: member.organizationName ?? user?.organizationName ?? '',
        declaredOrganizations: member.declaredOrganizations ?? [],
      };
    });
    const entries = await manager
      .getRepository(Entry)
      .find({ where: { awardId, status: In([...FILED]) }, relations: { authors: true } });
    const recusals = await manager
      .getRepository(Assignment)
      .find({ where: { roundId, status: 'recused' }, select: { judgeId: true, entryId: true } });
    return findConflicts({
      judges,
      entries: entries.map((entry) => ({
        id: entry.id,
        categoryId: entry.categoryId,
        authors: (entry.authors ?? []).map((author) => ({
          userId: author.userId,
          fullName: author.fullName,
          dateOfBirth: author.dateOfBirth,
          organizationName: author.organizationName,
        })),
      })),
      recusals: recusals.map((recusal) => ({ judgeId: recusal.judgeId, entryId: recusal.entryId })),
    });
  }
}

function toAssignmentResponse(assignment: Assignment): AssignmentResponse {
  return {
    id: assignment.id,
    roundId: assignment.roundId,
    entryId: assignment.entryId,
    entryCode: assignment.entry?.code ?? '',
    categoryId: assignment.entry?.categoryId ?? '',
    mediaType: assignment.entry?.category?.mediaType as MediaType,
    judgeId: assignment.judgeId,
    judgeName: assignment.judge?.fullName ?? '',
    status: assignment.status,
    recusalReason: assignment.recusalReason,
  };
}
