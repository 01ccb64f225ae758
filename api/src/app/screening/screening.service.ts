import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  BulkScreeningResponse,
  EntryStatus,
  FileKind,
  MediaType,
  Page,
  ScreeningDecision,
  ScreeningEntryResponse,
  ScreeningFinding,
} from '@press-award/contracts';
import type {
  AwardEntriesQueryDto,
  BulkScreeningDto,
  ScreeningDecisionDto,
} from '@press-award/contracts/dto';
import {
  awardTitle,
  type ScreenedEntry,
  ScreeningIndex,
  screeningFindings,
} from '@press-award/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { MailService } from '../../infra/mail/mail.service';
import { screeningMail } from '../../infra/mail/templates';
import { Award } from '../awards/entities/award.entity';
import { Entry } from '../entries/entities/entry.entity';
import { toEntryResponse } from '../entries/entries.presenter';
import { ScreeningDecisionRecord } from './entities/screening-decision.entity';

/** Entries the secretariat may decide on; drafts and withdrawn works are the reporter's own. */
const SCREENABLE: EntryStatus[] = ['submitted', 'eligible', 'ineligible', 'needs_revision'];
/** Once judging starts, eligibility is settled (codes are issued to eligible entries only). */
const SCREENING_AWARD_STATUSES = ['open', 'closed'];
const DEFAULT_REVISION_DAYS = 7;

@Injectable()
export class ScreeningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** The screening queue: submitted and screened entries with authors, findings and history. */
  async list(awardId: string, query: AwardEntriesQueryDto): Promise<Page<ScreeningEntryResponse>> {
    const statuses = query.status ? [query.status] : SCREENABLE;
    return this.load(
      awardId,
      { status: In(statuses), ...(query.categoryId ? { categoryId: query.categoryId } : {}) },
      query.page,
      query.pageSize,
    );
  }

  private async load(
    awardId: string,
    filter: Record<string, unknown>,
    page: number,
    pageSize: number,
  ): Promise<Page<ScreeningEntryResponse>> {
    const award = await this.db.getRepository(Award).findOneByOrFail({ id: awardId });
    const [entries, total] = await this.db.getRepository(Entry).findAndCount({
      where: { awardId, ...filter },
      relations: { parts: true, authors: true, files: true, category: true, submitter: true },
      order: { submittedAt: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const others = await this.screenedEntries(awardId);
    // Indexed once for the page: each entry's findings look only at entries sharing a key with it.
    const index = new ScreeningIndex(others);
    const byId = new Map(others.map((other) => [other.id, other]));
    const decisions = entries.length
      ? await this.db.getRepository(ScreeningDecisionRecord).find({
          where: { entryId: In(entries.map((entry) => entry.id)) },
          relations: { decider: true },
          order: { decidedAt: 'ASC' },
        })
      : [];
    const unavailable = await this.unavailableJudgeCopies(entries.map((entry) => entry.id));
    const items = entries.map((entry): ScreeningEntryResponse => {
      const screened = byId.get(entry.id) ?? toScreened(entry);
      return {
        ...toEntryResponse(entry, entry.category?.mediaType as MediaType),
        categoryCode: entry.category?.code ?? '',
        code: entry.code,
        submitter: {
          id: entry.submitterId,
          fullName: entry.submitter?.fullName ?? '',
          email: entry.submitter?.email ?? '',
        },
        findings: [
          ...screeningFindings(screened, award.rules, index),
          ...(unavailable.get(entry.id) ?? []),
        ],
        decisions: decisions
          .filter((record) => record.entryId === entry.id)
          .map((record) => ({
            decision: record.decision,
            reason: record.reason,
            revisionDeadline: record.revisionDeadline?.toISOString() ?? null,
            decidedBy: { id: record.decidedBy, fullName: record.decider?.fullName ?? '' },
            decidedAt: record.decidedAt.toISOString(),
          })),
      };
    });
    return { items, total, page, pageSize };
  }

  /**
   * Files whose judge copy could not be made (a bomb, a damaged file, a missing tool): judges see
   * them as unavailable, so the secretariat must see which and why — never a silent empty list.
   */
  private async unavailableJudgeCopies(
    entryIds: string[],
  ): Promise<Map<string, ScreeningFinding[]>> {
    const findings = new Map<string, ScreeningFinding[]>();
    if (!entryIds.length) return findings;
    const rows: { entry_id: string; reason: string | null; file_name: string; file_id: string }[] =
      await this.db.query(
        `SELECT j.entry_id, j.flag_reason AS reason, e.original_name AS file_name, e.id AS file_id
         FROM judging_files j JOIN entry_files e ON e.id = j.source_file_id
        WHERE j.entry_id = ANY($1::uuid[]) AND j.status IN ('flagged', 'failed')
        ORDER BY j.seq`,
        [entryIds],
      );
    for (const row of rows) {
      const list = findings.get(row.entry_id) ?? [];
      list.push({
        code: 'JUDGE_COPY_UNAVAILABLE',
        params: {
          reason: row.reason ?? 'ANONYMIZE_FAILED',
          fileName: row.file_name,
          fileId: row.file_id,
        },
      });
      findings.set(row.entry_id, list);
    }
    return findings;
  }

  async decide(
    entryId: string,
    input: ScreeningDecisionDto,
    deciderId: string,
  ): Promise<ScreeningEntryResponse> {
    const awardId = await this.db.transaction(async (manager) => {
      const entry = await manager
        .getRepository(Entry)
        .findOne({ where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
      if (!entry) throw new AppException('ENTRY_NOT_FOUND');
      await this.apply(manager, [entry], input, deciderId);
      return entry.awardId;
    });
    await this.notify([entryId], input);
    const [decided] = (await this.load(awardId, { id: entryId }, 1, 1)).items;
    if (!decided) throw new AppException('ENTRY_NOT_FOUND');
    return decided;
  }

  /** One decision for many entries, confirmed by count; all or nothing. */
  async decideMany(
    awardId: string,
    input: BulkScreeningDto,
    deciderId: string,
  ): Promise<BulkScreeningResponse> {
    if (input.confirmCount !== input.entryIds.length)
      throw new AppException('BULK_COUNT_MISMATCH', [
        {
          field: 'confirmCount',
          code: 'BULK_COUNT_MISMATCH',
          message: 'confirmCount must equal the number of entryIds',
          params: { selected: input.entryIds.length },
        },
      ]);
    await this.db.transaction(async (manager) => {
      const entries = await manager.getRepository(Entry).find({
        where: { id: In(input.entryIds), awardId },
        lock: { mode: 'pessimistic_write' },
        order: { id: 'ASC' },
      });
      // An id from another award, or one that does not exist, fails the whole batch — not revealed which.
      if (entries.length !== input.entryIds.length) throw new AppException('ENTRY_NOT_FOUND');
      await this.apply(manager, entries, input, deciderId);
    });
    await this.notify(input.entryIds, input);
    return { decided: input.entryIds.length, entryIds: input.entryIds };
  }

  private async apply(
    manager: EntityManager,
    entries: Entry[],
    input: ScreeningDecisionDto,
    deciderId: string,
  ): Promise<void> {
    if (input.decision !== 'eligible' && !input.reason) {
      throw new AppException('SCREENING_REASON_REQUIRED', [
        { field: 'reason', code: 'SCREENING_REASON_REQUIRED', message: 'A reason is required.' },
      ]);
    }
    const now = this.clock.now();
    const revisionDeadline =
      input.decision === 'needs_revision'
        ? input.revisionDeadline
          ? new Date(input.revisionDeadline)
          : new Date(now.getTime() + DEFAULT_REVISION_DAYS * 86_400_000)
        : null;
    if (revisionDeadline && revisionDeadline <= now) {
      throw new AppException('VALIDATION_FAILED', [
        {
          field: 'revisionDeadline',
          code: 'DEADLINE_PASSED',
          message: 'The revision deadline must be in the future.',
        },
      ]);
    }
    const awardIds = [...new Set(entries.map((entry) => entry.awardId))];
    const awards = await manager.getRepository(Award).findBy({ id: In(awardIds) });
    for (const entry of entries) {
      const award = awards.find((candidate) => candidate.id === entry.awardId);
      if (
        !SCREENABLE.includes(entry.status) ||
        !award ||
        !SCREENING_AWARD_STATUSES.includes(award.status)
      ) {
        throw new AppException('SCREENING_NOT_ALLOWED', [
          {
            field: 'entryIds',
            code: 'SCREENING_NOT_ALLOWED',
            message: `Entry ${entry.id} is ${entry.status}`,
            params: { entryId: entry.id },
          },
        ]);
      }
    }
    const ids = entries.map((entry) => entry.id);
    await manager
      .getRepository(Entry)
      .update(
        { id: In(ids) },
        { status: input.decision, screeningReason: input.reason ?? null, revisionDeadline },
      );
    for (const entry of entries) {
      await this.audit.append(manager, {
        awardId: entry.awardId,
        actorId: deciderId,
        action: 'screening.decided',
        targetType: 'entry',
        targetId: entry.id,
        before: { status: entry.status },
        after: {
          status: input.decision,
          reason: input.reason ?? null,
          revisionDeadline: revisionDeadline?.toISOString() ?? null,
        },
      });
    }
    await manager.getRepository(ScreeningDecisionRecord).insert(
      ids.map((entryId) => ({
        entryId,
        decision: input.decision as ScreeningDecision,
        reason: input.reason ?? null,
        revisionDeadline,
        decidedBy: deciderId,
      })),
    );
  }

  /** Reporters hear of decisions that ask something of them or end their entry. */
  private async notify(entryIds: string[], input: ScreeningDecisionDto): Promise<void> {
    if (input.decision === 'eligible') return;
    const entries = await this.db
      .getRepository(Entry)
      .find({ where: { id: In(entryIds) }, relations: { submitter: true, award: true } });
    for (const entry of entries) {
      if (!entry.submitter || !entry.award) continue;
      await this.mail.send(
        screeningMail({
          to: entry.submitter.email,
          fullName: entry.submitter.fullName,
          awardName: awardTitle(entry.award),
          entryTitle: entry.title,
          decision: input.decision,
          reason: input.reason ?? '',
          revisionDeadline: entry.revisionDeadline,
          link: `${this.config.publicUrl}/entries/${entry.id}`,
        }),
      );
    }
  }

  /**
   * Every submitted or screened entry of the award, in the shape the findings need: four flat
   * queries (entries, parts, authors, files) put together by entry, in the order of submission —
   * not one joined query whose rows multiply parts by authors by files.
   */
  private async screenedEntries(awardId: string): Promise<ScreenedEntry[]> {
    const scope = `FROM entries e WHERE e.award_id = $1 AND e.status = ANY($2::text[])`;
    const params = [awardId, SCREENABLE];
    const [entries, parts, authors, files] = await Promise.all([
      this.db.query(
        `SELECT e.id, e.title, e.language, e.submitted_at, e.status ${scope} ORDER BY e.submitted_at, e.id`,
        params,
      ) as Promise<
        {
          id: string;
          title: string;
          language: string;
          submitted_at: Date | null;
          status: EntryStatus;
        }[]
      >,
      this.db.query(
        `SELECT p.entry_id, p.published_at::text AS published_at FROM entry_parts p
          WHERE p.entry_id IN (SELECT e.id ${scope}) ORDER BY p.entry_id, p.index`,
        params,
      ) as Promise<{ entry_id: string; published_at: string }[]>,
      this.db.query(
        `SELECT a.entry_id, a.user_id, a.full_name, a.date_of_birth::text AS date_of_birth FROM entry_authors a
          WHERE a.entry_id IN (SELECT e.id ${scope}) ORDER BY a.entry_id, a.index`,
        params,
      ) as Promise<
        {
          entry_id: string;
          user_id: string | null;
          full_name: string;
          date_of_birth: string | null;
        }[]
      >,
      this.db.query(
        `SELECT f.entry_id, f.kind, f.part_index, f.sha256 FROM entry_files f
          WHERE f.entry_id IN (SELECT e.id ${scope}) ORDER BY f.entry_id, f.created_at, f.id`,
        params,
      ) as Promise<
        { entry_id: string; kind: FileKind; part_index: number | null; sha256: string }[]
      >,
    ]);
    const screened = new Map<string, ScreenedEntry>(
      entries.map((entry) => [
        entry.id,
        {
          id: entry.id,
          title: entry.title,
          language: entry.language,
          parts: [],
          authors: [],
          files: [],
          submittedAt: entry.submitted_at,
          status: entry.status,
        },
      ]),
    );
    for (const part of parts)
      screened.get(part.entry_id)?.parts.push({ publishedAt: part.published_at });
    for (const author of authors)
      screened.get(author.entry_id)?.authors.push({
        userId: author.user_id,
        fullName: author.full_name,
        dateOfBirth: author.date_of_birth,
      });
    for (const file of files)
      screened
        .get(file.entry_id)
        ?.files.push({ kind: file.kind, partIndex: file.part_index, sha256: file.sha256 });
    return [...screened.values()];
  }
}

function toScreened(entry: Entry): ScreenedEntry {
  return {
    id: entry.id,
    title: entry.title,
    language: entry.language,
    parts: (entry.parts ?? []).map((part) => ({ publishedAt: part.publishedAt })),
    authors: (entry.authors ?? []).map((author) => ({
      userId: author.userId,
      fullName: author.fullName,
      dateOfBirth: author.dateOfBirth,
    })),
    files: (entry.files ?? []).map((file) => ({
      kind: file.kind,
      partIndex: file.partIndex,
      sha256: file.sha256,
    })),
    submittedAt: entry.submittedAt,
    status: entry.status,
  };
}
