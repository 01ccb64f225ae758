import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  FileKind,
  JudgeAssignmentResponse,
  MediaType,
  Rubric,
  SheetResponse,
  SheetStatus,
} from '@press-award/contracts';
import { scoreIssues, weightedTotal } from '@press-award/domain';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../../infra/http/app-exception';
import { extensionFor } from '../../infra/media/anonymizer';
import { FileStorage, type ByteRange } from '../../infra/storage/file-storage';
import { Sheet } from './entities/sheet.entity';
import { Clock } from '../../infra/clock/clock';

interface SheetRow {
  scores: Record<string, number>;
  comment: string | null;
  total: number | string | null;
  status: SheetStatus;
  version: number;
  updated_at: Date | string;
  submitted_at: Date | string | null;
}

function toSheetResponse(assignmentId: string, row: SheetRow): SheetResponse {
  return {
    assignmentId,
    scores: row.scores,
    comment: row.comment,
    total: row.total === null ? null : Number(row.total),
    status: row.status,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
  };
}

interface AssignmentRow {
  id: string;
  status: 'active' | 'recused';
  round_id: string;
  round_name: string;
  rubric: Rubric;
  sheet: SheetRow | null;
  code: string;
  title: string;
  category_name: string;
  media_type: MediaType;
  parts: { title: string; publishedAt: string }[];
  files: { id: string; kind: FileKind; mimeType: string; size: number }[] | null;
  files_preparing: number;
  files_unavailable: number;
}

/**
 * Everything judges reach. Reads only the judging read model (judging_entries, judging_files) joined
 * with the judge's own assignments — never the entries, authors or original files. Filling that read
 * model is JudgingProjection's job (projection/); a lint rule keeps the entries and users entities
 * out of this file and the rest of the judge-facing code.
 */
@Injectable()
export class JudgingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The judge's own active assignments in open rounds, newest round first, entries by code. */
  async assignments(judgeId: string, assignmentId?: string): Promise<JudgeAssignmentResponse[]> {
    const rows: AssignmentRow[] = await this.db.query(
      `SELECT a.id, a.status, a.round_id, r.name AS round_name, r.rubric, j.code, j.title, j.category_name, j.media_type, j.parts,
              (SELECT row_to_json(s) FROM (SELECT scores, comment, total, status, version, updated_at, submitted_at FROM sheets WHERE assignment_id = a.id) s) AS sheet,
              (SELECT json_agg(json_build_object('id', f.id, 'kind', f.kind, 'mimeType', f.mime_type, 'size', f.size) ORDER BY f.seq)
                 FROM judging_files f WHERE f.entry_id = j.entry_id AND f.status = 'ready') AS files,
              (SELECT count(*)::int FROM judging_files f WHERE f.entry_id = j.entry_id AND f.status = 'pending') AS files_preparing,
              (SELECT count(*)::int FROM judging_files f WHERE f.entry_id = j.entry_id AND f.status IN ('flagged', 'failed')) AS files_unavailable
         FROM assignments a
         JOIN rounds r ON r.id = a.round_id AND r.status = 'open'
         JOIN judging_entries j ON j.entry_id = a.entry_id
        WHERE a.judge_id = $1 AND a.status IN ('active', 'recused') AND ($2::uuid IS NULL OR a.id = $2::uuid)
        ORDER BY r."order" DESC, j.code`,
      [judgeId, assignmentId ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      roundId: row.round_id,
      roundName: row.round_name,
      rubric: row.rubric,
      entryCode: row.code,
      title: row.title,
      categoryName: row.category_name,
      mediaType: row.media_type,
      parts: row.parts,
      // A recused judge no longer receives the work.
      files:
        row.status === 'recused'
          ? []
          : (row.files ?? []).map((file) => ({ ...file, size: Number(file.size) })),
      filesPreparing: row.status === 'recused' ? 0 : row.files_preparing,
      filesUnavailable: row.status === 'recused' ? 0 : row.files_unavailable,
      sheet: row.sheet ? toSheetResponse(row.id, row.sheet) : null,
    }));
  }

  async assignment(judgeId: string, assignmentId: string): Promise<JudgeAssignmentResponse> {
    const [assignment] = await this.assignments(judgeId, assignmentId);
    if (!assignment) throw new AppException('NOT_FOUND');
    return assignment;
  }

  /**
   * Saves the judge's sheet: partial while a draft, complete to submit. Optimistic concurrency: the
   * client sends the version it last saw; a stale one is refused, so two tabs never overwrite each
   * other silently. Every save is appended to the audit chain.
   */
  async saveSheet(
    judgeId: string,
    assignmentId: string,
    input: {
      scores: Record<string, number>;
      comment?: string | null;
      submit?: boolean;
      version?: number;
    },
  ): Promise<SheetResponse> {
    return this.db.transaction(async (manager) => {
      const rows: {
        round_id: string;
        entry_id: string;
        award_id: string;
        round_status: string;
        rubric: Rubric;
      }[] = await manager.query(
        `SELECT a.round_id, a.entry_id, r.award_id, r.status AS round_status, r.rubric
           FROM assignments a JOIN rounds r ON r.id = a.round_id
          WHERE a.id = $1 AND a.judge_id = $2 AND a.status = 'active'
          FOR UPDATE OF a`,
        [assignmentId, judgeId],
      );
      const assignment = rows[0];
      if (!assignment) throw new AppException('NOT_FOUND');
      if (assignment.round_status !== 'open') throw new AppException('ROUND_NOT_OPEN');
      const sheets = manager.getRepository(Sheet);
      const sheet = await sheets.findOne({
        where: { assignmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (sheet?.status === 'submitted') throw new AppException('SHEET_ALREADY_SUBMITTED');
      const expected = input.version ?? 0;
      if ((sheet?.version ?? 0) !== expected) {
        throw new AppException('SHEET_VERSION_CONFLICT', [
          {
            field: 'version',
            code: 'SHEET_VERSION_CONFLICT',
            message: 'Stale version',
            params: { currentVersion: sheet?.version ?? 0 },
          },
        ]);
      }
      const issues = scoreIssues(assignment.rubric, input.scores, input.submit === true);
      if (issues.length) {
        throw new AppException(
          'SCORE_INVALID',
          issues.map((issue) => ({
            field: issue.path,
            code: issue.code,
            message: issue.code,
            ...(issue.params ? { params: issue.params } : {}),
          })),
        );
      }
      const now = this.clock.now();
      const values = {
        assignmentId,
        roundId: assignment.round_id,
        judgeId,
        entryId: assignment.entry_id,
        scores: input.scores,
        comment: input.comment !== undefined ? input.comment || null : (sheet?.comment ?? null),
        total: weightedTotal(assignment.rubric, input.scores),
        status: input.submit ? ('submitted' as const) : ('draft' as const),
        version: (sheet?.version ?? 0) + 1,
        submittedAt: input.submit ? now : null,
      };
      const saved = sheet ? await sheets.save({ ...sheet, ...values }) : await sheets.save(values);
      await this.audit.append(manager, {
        awardId: assignment.award_id,
        actorId: judgeId,
        action: input.submit ? 'sheet.submitted' : 'sheet.saved',
        targetType: 'sheet',
        targetId: saved.id,
        before: sheet ? { scores: sheet.scores, total: sheet.total, version: sheet.version } : null,
        after: {
          scores: saved.scores,
          total: saved.total,
          status: saved.status,
          version: saved.version,
        },
      });
      return toSheetResponse(assignmentId, {
        scores: saved.scores,
        comment: saved.comment,
        total: saved.total,
        status: saved.status,
        version: saved.version,
        updated_at: saved.updatedAt,
        submitted_at: saved.submittedAt,
      });
    });
  }

  /** A file of the judge's own assignment: the anonymised copy, under its neutral name. */
  async file(
    judgeId: string,
    assignmentId: string,
    fileId: string,
  ): Promise<{
    name: string;
    mimeType: string;
    size: number;
    open: (range?: ByteRange) => Promise<Readable>;
  }> {
    const rows: {
      code: string;
      mime_type: string;
      size: string;
      storage_key: string;
      seq: number;
    }[] = await this.db.query(
      `SELECT j.code, f.mime_type, f.size, f.storage_key, f.seq
         FROM assignments a
         JOIN rounds r ON r.id = a.round_id AND r.status = 'open'
         JOIN judging_entries j ON j.entry_id = a.entry_id
         JOIN judging_files f ON f.entry_id = a.entry_id AND f.id = $3 AND f.status = 'ready'
        WHERE a.id = $2 AND a.judge_id = $1 AND a.status = 'active'`,
      [judgeId, assignmentId, fileId],
    );
    const row = rows[0];
    if (!row) throw new AppException('NOT_FOUND');
    return {
      name: `${row.code}-${row.seq}.${extensionFor(row.mime_type)}`,
      mimeType: row.mime_type,
      size: Number(row.size),
      open: (range) => this.storage.read(row.storage_key, range),
    };
  }

  /** The agencies the judge declared for this award; changes are audited. */
  async setRelationships(
    awardId: string,
    judgeId: string,
    declaredOrganizations: string[],
  ): Promise<{ declaredOrganizations: string[] }> {
    const clean = [...new Set(declaredOrganizations.map((name) => name.trim()))];
    await this.db.transaction(async (manager) => {
      const [rows]: [{ id: string }[], number] = await manager.query(
        `UPDATE award_members SET declared_organizations = $3 WHERE award_id = $1 AND user_id = $2 AND role = 'judge' RETURNING id`,
        [awardId, judgeId, JSON.stringify(clean)],
      );
      const member = rows[0];
      if (!member) throw new AppException('NOT_FOUND');
      await this.audit.append(manager, {
        awardId,
        actorId: judgeId,
        action: 'judge.relationships',
        targetType: 'member',
        targetId: member.id,
        after: { declaredOrganizations: clean },
      });
    });
    return { declaredOrganizations: clean };
  }

  async relationships(
    awardId: string,
    judgeId: string,
  ): Promise<{ declaredOrganizations: string[] }> {
    const rows: { declared_organizations: string[] }[] = await this.db.query(
      `SELECT declared_organizations FROM award_members WHERE award_id = $1 AND user_id = $2 AND role = 'judge'`,
      [awardId, judgeId],
    );
    if (!rows[0]) throw new AppException('NOT_FOUND');
    return { declaredOrganizations: rows[0].declared_organizations };
  }

  /** The judge declares a conflict: the assignment is released (and kept as a recusal) for reassignment. */
  async recuse(judgeId: string, assignmentId: string, reason: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      // For UPDATE … RETURNING, TypeORM's postgres driver answers [rows, affected].
      const [rows]: [{ award_id: string }[], number] = await manager.query(
        `UPDATE assignments a SET status = 'recused', recusal_reason = $3
           FROM rounds r
          WHERE a.id = $2 AND a.judge_id = $1 AND a.status = 'active' AND r.id = a.round_id AND r.status <> 'closed'
          RETURNING r.award_id`,
        [judgeId, assignmentId, reason],
      );
      const row = rows[0];
      if (!row) throw new AppException('NOT_FOUND');
      await this.audit.append(manager, {
        awardId: row.award_id,
        actorId: judgeId,
        action: 'assignment.recused',
        targetType: 'assignment',
        targetId: assignmentId,
        after: { reason },
      });
    });
  }
}
