import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdvancementPreviewResponse, AssignmentResponse, AutoAssignResponse, BlindCodesResponse, ConflictResponse, MediaType, PanelResponse, RoundProgressResponse, RoundResponse } from '@press-award/contracts';
import type { AdvancementPreviewDto, AutoAssignDto, CreateAssignmentDto, CreatePanelDto, CreateRoundDto, RoundEntriesDto, UpdateRoundDto } from '@press-award/contracts/dto';
import { findConflicts, issueBlindCodes, rubricIssues, solveAssignments, type ConflictOfInterest, type JudgeProfile } from '@press-award/domain';
import { DataSource, In, Not, IsNull, type EntityManager } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { MailService } from '../../infra/mail/mail.service';
import { judgeReminderMail } from '../../infra/mail/templates';
import { Category } from '../awards/entities/category.entity';
import { Entry } from '../entries/entities/entry.entity';
import { AwardMember } from '../members/entities/award-member.entity';
import { User } from '../users/entities/user.entity';
import { Assignment } from './entities/assignment.entity';
import { Panel } from './entities/panel.entity';
import { RoundEntry } from './entities/round-entry.entity';
import { Round } from './entities/round.entity';
import { JudgingProjection } from '../judging/projection/judging-projection.service';
import { AuditService } from '../audit/audit.service';
import { canonicalJson } from '../audit/audit-chain';
import { disagreementDistance, disagreementIssues } from './disagreement';

/** A CSPRNG in [0, 1): the blind codes are what keeps judging blind. */
const secureRandom = () => randomBytes(6).readUIntBE(0, 6) / 2 ** 48;
/** Entries whose authors may conflict with judges: everything the reporters filed, drafts aside. */
const FILED = ['submitted', 'eligible', 'ineligible', 'needs_revision', 'withdrawn'] as const;

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

/** An entry advancement by rule would choose: its mean in the earlier round and its place in its category. */
interface AdvancingEntry {
  entryId: string;
  entryCode: string;
  categoryId: string;
  mean: number;
  place: number;
}

@Injectable()
export class JuryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly judging: JudgingProjection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** Gives every eligible entry without a code its blind code; issued codes never change. */
  async issueCodes(awardId: string, actorId: string): Promise<BlindCodesResponse> {
    let queued: string[] = [];
    const result = await this.db.transaction(async (manager) => {
      await manager.query('SELECT id FROM awards WHERE id = $1 FOR UPDATE', [awardId]);
      const entries = await manager.getRepository(Entry).find({ where: { awardId, status: 'eligible' }, relations: { category: true }, order: { id: 'ASC' } });
      const coded = await manager.getRepository(Entry).find({ where: { awardId, code: Not(IsNull()) }, relations: { category: true } });
      const requests = [...coded.filter((entry) => entry.status !== 'eligible'), ...entries].map((entry) => ({ id: entry.id, categoryCode: entry.category?.code ?? 'X', existingCode: entry.code }));
      const issued = issueBlindCodes(requests, secureRandom).filter((code) => code.issued);
      for (const code of issued) await manager.getRepository(Entry).update({ id: code.entryId }, { code: code.code });
      if (issued.length) {
        await this.audit.append(manager, { awardId, actorId, action: 'codes.issued', targetType: 'award', targetId: awardId, after: { codes: issued.map(({ entryId, code }) => ({ entryId, code })) } });
      }
      const all = await manager.getRepository(Entry).find({ where: { awardId, status: 'eligible' }, select: { id: true, code: true }, order: { code: 'ASC' } });
      // The judges' read model and the anonymised copies of the files follow the codes.
      queued = await this.judging.project(manager, all.map((entry) => entry.id));
      return { issued: issued.length, codes: all.map((entry) => ({ entryId: entry.id, code: entry.code ?? '' })) };
    });
    await this.judging.queue(queued);
    return result;
  }

  /** Opens or closes a round: draft → open → closed. */
  async changeRoundStatus(roundId: string, status: 'open' | 'closed', actorId: string): Promise<RoundResponse> {
    await this.db.transaction(async (manager) => {
      const round = await this.lockRound(manager, roundId);
      const legal = (round.status === 'draft' && status === 'open') || (round.status === 'open' && status === 'closed');
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
        frozen = { snapshotHash: createHash('sha256').update(canonicalJson(snapshot)).digest('hex'), sheets: snapshot.length, snapshot };
      }
      await this.audit.append(manager, { awardId: round.awardId, actorId, action: status === 'open' ? 'round.opened' : 'round.closed', targetType: 'round', targetId: roundId, before: { status: round.status }, after: { status, ...(frozen ?? {}) } });
    });
    return this.getRound(roundId);
  }

  async createRound(awardId: string, input: CreateRoundDto): Promise<RoundResponse> {
    const issues = [
      ...rubricIssues(input.rubric.criteria).map((issue) => ({ field: issue.path, code: issue.code, message: issue.code })),
      ...disagreementIssues(input.rubric, input.disagreementPoints),
    ];
    if (issues.length) throw new AppException('VALIDATION_FAILED', issues);
    try {
      const round = await this.db.getRepository(Round).save({
        awardId,
        name: input.name,
        order: input.order,
        judgesPerEntry: input.judgesPerEntry,
        rubric: { criteria: input.rubric.criteria.map((criterion) => ({ ...criterion, weight: criterion.weight ?? null })) },
        disagreementPoints: input.disagreementPoints ?? null,
        status: 'draft' as const,
      });
      return this.getRound(round.id);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException('ROUND_ORDER_TAKEN', [{ field: 'order', code: 'ROUND_ORDER_TAKEN', message: 'Taken' }]);
      throw error;
    }
  }

  /** Changes what may still change on a round that is not closed: its disagreement distance. */
  async updateRound(roundId: string, input: UpdateRoundDto, actorId: string): Promise<RoundResponse> {
    await this.db.transaction(async (manager) => {
      const round = await this.lockRound(manager, roundId);
      if (input.disagreementPoints === undefined || input.disagreementPoints === round.disagreementPoints) return;
      const issues = disagreementIssues(round.rubric, input.disagreementPoints);
      if (issues.length) throw new AppException('VALIDATION_FAILED', issues);
      await manager.getRepository(Round).update({ id: roundId }, { disagreementPoints: input.disagreementPoints });
      await this.audit.append(manager, { awardId: round.awardId, actorId, action: 'round.updated', targetType: 'round', targetId: roundId, before: { disagreementPoints: round.disagreementPoints }, after: { disagreementPoints: input.disagreementPoints } });
    });
    return this.getRound(roundId);
  }

  async listRounds(awardId: string): Promise<RoundResponse[]> {
    const rounds = await this.db.getRepository(Round).find({ where: { awardId }, order: { order: 'ASC' } });
    return Promise.all(rounds.map((round) => this.getRound(round.id)));
  }

  async getRound(roundId: string): Promise<RoundResponse> {
    const round = await this.db.getRepository(Round).findOneBy({ id: roundId });
    if (!round) throw new AppException('ROUND_NOT_FOUND');
    const entries = await this.db.getRepository(RoundEntry).find({ where: { roundId }, select: { entryId: true } });
    const panels = await this.db.getRepository(Panel).find({ where: { roundId }, order: { name: 'ASC' } });
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

  /**
   * Puts entries into the round: chosen by id (eligible and coded), or advanced from a closed earlier
   * round — the best `top` of each category and/or those whose mean total reaches `minScore`.
   */
  async addEntries(roundId: string, input: RoundEntriesDto, actorId: string): Promise<RoundResponse> {
    if (!!input.entryIds === !!input.fromRoundId || (input.fromRoundId && input.top === undefined && input.minScore === undefined)) {
      throw new AppException('ROUND_ENTRIES_INPUT');
    }
    if (input.fromRoundId) {
      await this.advance(roundId, input.fromRoundId, input.top, input.minScore, actorId);
      return this.getRound(roundId);
    }
    const entryIds = input.entryIds ?? [];
    await this.db.transaction(async (manager) => {
      const round = await this.lockRound(manager, roundId);
      const entries = await manager.getRepository(Entry).find({ where: { id: In(entryIds), awardId: round.awardId } });
      const invalid = entryIds.filter((id) => !entries.some((entry) => entry.id === id && entry.status === 'eligible' && entry.code));
      if (invalid.length) throw new AppException('ENTRY_NOT_CODED', invalid.map((id) => ({ field: `entryIds.${entryIds.indexOf(id)}`, code: 'ENTRY_NOT_CODED', message: 'Not an eligible, coded entry of this award' })));
      await manager.createQueryBuilder().insert().into(RoundEntry).values(entryIds.map((entryId) => ({ roundId, entryId }))).orIgnore().execute();
      await this.audit.append(manager, { awardId: round.awardId, actorId, action: 'round.entries', targetType: 'round', targetId: roundId, after: { entryIds } });
    });
    return this.getRound(roundId);
  }

  /** What advancement by rule would put into the round, with each entry's mean and place; saves nothing. */
  async previewAdvancement(roundId: string, input: AdvancementPreviewDto): Promise<AdvancementPreviewResponse> {
    if (input.top === undefined && input.minScore === undefined) throw new AppException('ROUND_ENTRIES_INPUT');
    const round = await this.db.getRepository(Round).findOneBy({ id: roundId });
    if (!round) throw new AppException('ROUND_NOT_FOUND');
    if (round.status === 'closed') throw new AppException('ROUND_NOT_EDITABLE');
    const chosen = await this.advancing(this.db.manager, round, input.fromRoundId, input.top, input.minScore);
    const already = new Set((await this.db.getRepository(RoundEntry).find({ where: { roundId }, select: { entryId: true } })).map((row) => row.entryId));
    return { fromRoundId: input.fromRoundId, entries: chosen.map((entry) => ({ ...entry, alreadyInRound: already.has(entry.entryId) })) };
  }

  /** Advancement by rule: the entries `advancing` chooses go into the round, in one transaction. */
  private async advance(roundId: string, fromRoundId: string, top: number | undefined, minScore: number | undefined, actorId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const round = await this.lockRound(manager, roundId);
      const chosen = await this.advancing(manager, round, fromRoundId, top, minScore);
      if (chosen.length) {
        await manager.createQueryBuilder().insert().into(RoundEntry).values(chosen.map((entry) => ({ roundId, entryId: entry.entryId }))).orIgnore().execute();
      }
      await this.audit.append(manager, { awardId: round.awardId, actorId, action: 'round.advanced', targetType: 'round', targetId: roundId, after: { fromRoundId, top: top ?? null, minScore: minScore ?? null, entryIds: chosen.map((entry) => entry.entryId) } });
    });
  }

  /**
   * The entries of a closed earlier round of the same award that advance, computed in SQL: mean of
   * submitted totals, ranked within each category (ties share a place), the best `top` of each
   * category and/or those whose mean reaches `minScore`. In category order, then place and code.
   */
  private async advancing(manager: EntityManager, round: Round, fromRoundId: string, top: number | undefined, minScore: number | undefined): Promise<AdvancingEntry[]> {
    const from = await manager.getRepository(Round).findOneBy({ id: fromRoundId, awardId: round.awardId });
    if (!from) throw new AppException('ROUND_NOT_FOUND');
    if (from.status !== 'closed') throw new AppException('ROUND_NOT_CLOSED');
    const rows: { entry_id: string; code: string | null; category_id: string; mean: string; place: number }[] = await manager.query(
      `WITH means AS (
         SELECT re.entry_id, e.category_id, avg(s.total) AS mean
           FROM round_entries re
           JOIN entries e ON e.id = re.entry_id
           JOIN sheets s ON s.entry_id = re.entry_id AND s.round_id = re.round_id AND s.status = 'submitted'
          WHERE re.round_id = $1
          GROUP BY re.entry_id, e.category_id
       ), ranked AS (
         SELECT entry_id, category_id, mean, rank() OVER (PARTITION BY category_id ORDER BY mean DESC) AS place FROM means
       )
       SELECT r.entry_id, e.code, r.category_id, round(r.mean, 4)::text AS mean, r.place::int AS place
         FROM ranked r
         JOIN entries e ON e.id = r.entry_id
         JOIN categories c ON c.id = r.category_id
        WHERE ($2::int IS NULL OR r.place <= $2::int) AND ($3::numeric IS NULL OR r.mean >= $3::numeric)
        ORDER BY c.sort_order, c.code, r.place, e.code`,
      [fromRoundId, top ?? null, minScore ?? null],
    );
    return rows.map((row) => ({ entryId: row.entry_id, entryCode: row.code ?? '', categoryId: row.category_id, mean: Number(row.mean), place: row.place }));
  }

  /** Who is behind: per judge and panel, sheets submitted against assigned, and entries missing scores. */
  async progress(roundId: string): Promise<RoundProgressResponse> {
    const judges: { judge_id: string; judge_name: string; assigned: number; submitted: number; drafts: number }[] = await this.db.query(
      `SELECT a.judge_id, u.full_name AS judge_name, count(*)::int AS assigned,
              count(s.id) FILTER (WHERE s.status = 'submitted')::int AS submitted,
              count(s.id) FILTER (WHERE s.status = 'draft')::int AS drafts
         FROM assignments a JOIN users u ON u.id = a.judge_id
         LEFT JOIN sheets s ON s.assignment_id = a.id
        WHERE a.round_id = $1 AND a.status = 'active'
        GROUP BY a.judge_id, u.full_name ORDER BY u.full_name`,
      [roundId],
    );
    const panels: { panel_id: string; name: string; assigned: number; submitted: number }[] = await this.db.query(
      `SELECT p.id AS panel_id, p.name, count(a.id)::int AS assigned, count(s.id) FILTER (WHERE s.status = 'submitted')::int AS submitted
         FROM panels p
         LEFT JOIN entries e ON p.category_ids ? e.category_id::text
         LEFT JOIN assignments a ON a.entry_id = e.id AND a.round_id = p.round_id AND a.status = 'active'
         LEFT JOIN sheets s ON s.assignment_id = a.id
        WHERE p.round_id = $1
        GROUP BY p.id, p.name ORDER BY p.name`,
      [roundId],
    );
    const missing: { entry_id: string; code: string; assigned: number; submitted: number }[] = await this.db.query(
      `SELECT a.entry_id, e.code, count(*)::int AS assigned, count(s.id) FILTER (WHERE s.status = 'submitted')::int AS submitted
         FROM assignments a JOIN entries e ON e.id = a.entry_id
         LEFT JOIN sheets s ON s.assignment_id = a.id
        WHERE a.round_id = $1 AND a.status = 'active'
        GROUP BY a.entry_id, e.code
       HAVING count(s.id) FILTER (WHERE s.status = 'submitted') < count(*)
        ORDER BY e.code`,
      [roundId],
    );
    return {
      roundId,
      judges: judges.map((row) => ({ judgeId: row.judge_id, judgeName: row.judge_name, assigned: row.assigned, submitted: row.submitted, drafts: row.drafts, behind: row.submitted < row.assigned })),
      panels: panels.map((row) => ({ panelId: row.panel_id, name: row.name, assigned: row.assigned, submitted: row.submitted })),
      entriesMissingScores: missing.map((row) => ({ entryId: row.entry_id, entryCode: row.code ?? '', assigned: row.assigned, submitted: row.submitted })),
      totals: { assigned: judges.reduce((sum, row) => sum + row.assigned, 0), submitted: judges.reduce((sum, row) => sum + row.submitted, 0) },
    };
  }

  /**
   * Emails every judge who is behind, at most once an hour per round (the last sending is read from
   * the audit trail, so every API instance agrees).
   */
  async remind(roundId: string, actorId: string): Promise<{ reminded: number }> {
    const round = await this.db.getRepository(Round).findOneBy({ id: roundId });
    if (!round) throw new AppException('ROUND_NOT_FOUND');
    const last: { at: Date }[] = await this.db.query(
      `SELECT at FROM audit_log WHERE award_id = $1 AND action = 'reminders.sent' AND target_id = $2 ORDER BY seq DESC LIMIT 1`,
      [round.awardId, roundId],
    );
    const waitMs = last[0] ? last[0].at.getTime() + 3600_000 - this.clock.now().getTime() : 0;
    if (waitMs > 0) throw new AppException('RATE_LIMITED', undefined, { 'Retry-After': String(Math.ceil(waitMs / 1000)) });
    const progress = await this.progress(roundId);
    const behind = progress.judges.filter((judge) => judge.behind);
    const users = behind.length ? await this.db.getRepository(User).findBy({ id: In(behind.map((judge) => judge.judgeId)) }) : [];
    await this.db.transaction(async (manager) => {
      await this.audit.append(manager, { awardId: round.awardId, actorId, action: 'reminders.sent', targetType: 'round', targetId: roundId, after: { judges: behind.map((judge) => judge.judgeId) } });
    });
    for (const judge of behind) {
      const user = users.find((candidate) => candidate.id === judge.judgeId);
      if (user) await this.mail.send(judgeReminderMail({ to: user.email, fullName: user.fullName, roundName: round.name, submitted: judge.submitted, assigned: judge.assigned, link: `${this.config.publicUrl}/judging` }));
    }
    return { reminded: behind.length };
  }

  async addPanel(roundId: string, input: CreatePanelDto): Promise<PanelResponse> {
    return this.db.transaction(async (manager) => {
      const round = await this.lockRound(manager, roundId);
      const categories = await manager.getRepository(Category).countBy({ id: In(input.categoryIds), awardId: round.awardId });
      if (categories !== input.categoryIds.length) throw new AppException('CATEGORY_NOT_IN_AWARD', [{ field: 'categoryIds', code: 'CATEGORY_NOT_IN_AWARD', message: 'A category is not in this award' }]);
      await this.assertJudges(manager, round.awardId, input.judgeIds);
      const taken = (await manager.getRepository(Panel).findBy({ roundId })).flatMap((panel) => panel.categoryIds).filter((id) => input.categoryIds.includes(id));
      if (taken.length) throw new AppException('PANEL_CATEGORY_TAKEN', taken.map((id) => ({ field: `categoryIds.${input.categoryIds.indexOf(id)}`, code: 'PANEL_CATEGORY_TAKEN', message: 'In another panel' })));
      return toPanelResponse(await manager.getRepository(Panel).save({ roundId, name: input.name, categoryIds: input.categoryIds, judgeIds: input.judgeIds }));
    });
  }

  /** Every conflicting judge × entry pair of the round, with its reasons (for the secretariat). */
  async conflicts(roundId: string): Promise<ConflictResponse[]> {
    const round = await this.db.getRepository(Round).findOneByOrFail({ id: roundId });
    const entryIds = (await this.db.getRepository(RoundEntry).findBy({ roundId })).map((row) => row.entryId);
    return (await this.conflictPairs(this.db.manager, round.awardId, roundId))
      .filter((pair) => entryIds.includes(pair.entryId))
      .map((pair) => ({ judgeId: pair.judgeId, entryId: pair.entryId, reasons: pair.reasons }));
  }

  async listAssignments(roundId: string): Promise<AssignmentResponse[]> {
    const assignments = await this.db.getRepository(Assignment).find({ where: { roundId }, relations: { entry: { category: true }, judge: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    return assignments.map(toAssignmentResponse);
  }

  async assign(roundId: string, input: CreateAssignmentDto, actorId: string): Promise<AssignmentResponse> {
    const id = await this.db.transaction(async (manager) => {
      const round = await this.lockRound(manager, roundId);
      await this.assertJudges(manager, round.awardId, [input.judgeId]);
      if (!(await manager.getRepository(RoundEntry).existsBy({ roundId, entryId: input.entryId }))) {
        throw new AppException('ENTRY_NOT_IN_ROUND', [{ field: 'entryId', code: 'ENTRY_NOT_IN_ROUND', message: 'Not in this round' }]);
      }
      const conflict = (await this.conflictPairs(manager, round.awardId, roundId)).find((pair) => pair.judgeId === input.judgeId && pair.entryId === input.entryId);
      // The secretariat sees why; the reasons name agencies, so they never reach judges.
      if (conflict) throw new AppException('CONFLICT_OF_INTEREST', conflict.reasons.map((reason) => ({ field: 'judgeId', code: reason, message: reason })));
      try {
        const saved = await manager.getRepository(Assignment).save({ roundId, entryId: input.entryId, judgeId: input.judgeId, status: 'active' as const, recusalReason: null, createdBy: actorId });
        await this.audit.append(manager, { awardId: round.awardId, actorId, action: 'assignment.created', targetType: 'assignment', targetId: saved.id, after: { roundId, entryId: input.entryId, judgeId: input.judgeId } });
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
      const round = await this.lockRound(manager, roundId);
      const assignment = await manager.getRepository(Assignment).findOneBy({ id: assignmentId, roundId });
      if (!assignment) throw new AppException('ASSIGNMENT_NOT_FOUND');
      await manager.getRepository(Assignment).delete({ id: assignmentId });
      await this.audit.append(manager, { awardId: round.awardId, actorId, action: 'assignment.removed', targetType: 'assignment', targetId: assignmentId, before: { roundId, entryId: assignment.entryId, judgeId: assignment.judgeId, status: assignment.status } });
    });
  }

  /**
   * Balanced, conflict-free assignment of every entry of the round to `judgesPerEntry` judges of its
   * panel, keeping existing assignments. All or nothing: when some entry cannot be covered, nothing is
   * saved and the answer names each such entry and why.
   */
  async autoAssign(roundId: string, input: AutoAssignDto, actorId: string): Promise<AutoAssignResponse> {
    return this.db.transaction(async (manager) => {
      const round = await this.lockRound(manager, roundId);
      const entries = await manager.getRepository(Entry).createQueryBuilder('entry').innerJoin(RoundEntry, 'roundEntry', 'roundEntry.entry_id = entry.id AND roundEntry.round_id = :roundId', { roundId }).getMany();
      const panels = await manager.getRepository(Panel).findBy({ roundId });
      const judges = await this.judgeIds(manager, round.awardId);
      const existing = await manager.getRepository(Assignment).findBy({ roundId, status: 'active' });
      const conflicts = await this.conflictPairs(manager, round.awardId, roundId);
      const codeOf = new Map(entries.map((entry) => [entry.id, entry.code ?? '']));
      const result = solveAssignments({
        entries: entries.map((entry) => ({ id: entry.id, categoryId: entry.categoryId })),
        panels: panels.map((panel) => ({ id: panel.id, categoryIds: panel.categoryIds, judgeIds: panel.judgeIds })),
        judgeIds: judges,
        judgesPerEntry: round.judgesPerEntry,
        conflicts,
        fixed: existing.map((assignment) => ({ judgeId: assignment.judgeId, entryId: assignment.entryId })),
        seed: input.seed ?? 2020,
      });
      if (!result.feasible) {
        const uncovered = result.uncovered.map((item) => ({ entryId: item.entryId, entryCode: codeOf.get(item.entryId) ?? '', reason: item.reason, eligibleJudges: item.eligibleJudges, needed: item.needed }));
        const fixedProblems = result.invalidFixed.map((item) => ({ entryId: item.entryId, entryCode: codeOf.get(item.entryId) ?? '', reason: `FIXED_${item.problem}`, eligibleJudges: 0, needed: round.judgesPerEntry }));
        return { saved: false, feasible: false, added: [], loads: {}, balance: [], uncovered: [...uncovered, ...fixedProblems] };
      }
      const added = result.assignments.filter((assignment) => !assignment.fixed);
      if (!input.dryRun && added.length) {
        await manager.getRepository(Assignment).insert(added.map((pair) => ({ roundId, entryId: pair.entryId, judgeId: pair.judgeId, status: 'active' as const, recusalReason: null, createdBy: actorId })));
        await this.audit.append(manager, { awardId: round.awardId, actorId, action: 'assignments.auto', targetType: 'round', targetId: roundId, after: { added: added.map(({ judgeId, entryId }) => ({ judgeId, entryId })) } });
      }
      return {
        saved: !input.dryRun,
        feasible: true,
        added: added.map((pair) => ({ judgeId: pair.judgeId, entryId: pair.entryId, entryCode: codeOf.get(pair.entryId) ?? '' })),
        loads: result.loads,
        balance: result.balance,
        uncovered: [],
      };
    });
  }

  private async assignment(id: string): Promise<AssignmentResponse> {
    return toAssignmentResponse(await this.db.getRepository(Assignment).findOneOrFail({ where: { id }, relations: { entry: { category: true }, judge: true } }));
  }

  private async lockRound(manager: EntityManager, roundId: string): Promise<Round> {
    const round = await manager.getRepository(Round).findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
    if (!round) throw new AppException('ROUND_NOT_FOUND');
    if (round.status === 'closed') throw new AppException('ROUND_NOT_EDITABLE');
    return round;
  }

  private async judgeIds(manager: EntityManager, awardId: string): Promise<string[]> {
    return (await manager.getRepository(AwardMember).find({ where: { awardId, role: 'judge' }, order: { createdAt: 'ASC' } })).map((member) => member.userId);
  }

  private async assertJudges(manager: EntityManager, awardId: string, judgeIds: string[]): Promise<void> {
    const judges = await this.judgeIds(manager, awardId);
    const strangers = judgeIds.filter((id) => !judges.includes(id));
    if (strangers.length) throw new AppException('JUDGE_NOT_MEMBER', strangers.map((id) => ({ field: 'judgeIds', code: 'JUDGE_NOT_MEMBER', message: `${id} is not a judge of this award` })));
  }

  /** Conflicts between the award's judges and all its filed entries, recusals in this round included. */
  private async conflictPairs(manager: EntityManager, awardId: string, roundId: string): Promise<ConflictOfInterest[]> {
    const members = await manager.getRepository(AwardMember).find({ where: { awardId, role: 'judge' } });
    const users = members.length ? await manager.getRepository(User).findBy({ id: In(members.map((member) => member.userId)) }) : [];
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
    const entries = await manager.getRepository(Entry).find({ where: { awardId, status: In([...FILED]) }, relations: { authors: true } });
    const recusals = await manager.getRepository(Assignment).find({ where: { roundId, status: 'recused' }, select: { judgeId: true, entryId: true } });
    return findConflicts({
      judges,
      entries: entries.map((entry) => ({
        id: entry.id,
        categoryId: entry.categoryId,
        authors: (entry.authors ?? []).map((author) => ({ userId: author.userId, fullName: author.fullName, dateOfBirth: author.dateOfBirth, organizationName: author.organizationName })),
      })),
      recusals: recusals.map((recusal) => ({ judgeId: recusal.judgeId, entryId: recusal.entryId })),
    });
  }
}

function toPanelResponse(panel: Panel): PanelResponse {
  return { id: panel.id, roundId: panel.roundId, name: panel.name, categoryIds: panel.categoryIds, judgeIds: panel.judgeIds };
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
