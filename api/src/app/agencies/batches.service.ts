import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  BatchEntryResponse,
  BatchResponse,
  BatchSummary,
  CoveringLetterResponse,
  EntryStatus,
  MediaType,
} from '@press-award/contracts';
import { CoveringLetterFieldsDto, type CreateBatchDto } from '@press-award/contracts/dto';
import { contentLimitsFor, submissionWindowIssues, vietnamCalendarDate } from '@press-award/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { flattenValidationErrors } from '../../infra/http/validation';
import { MediaProbe } from '../../infra/media/media-probe';
import { FileStorage } from '../../infra/storage/file-storage';
import type { AuthUser } from '../auth/auth.types';
import { Award } from '../awards/entities/award.entity';
import { eligibilityException } from '../entries/eligibility-errors';
import { assertIntactContent } from '../entries/files/content-checks';
import { sanitizeName } from '../entries/files/entry-files.service';
import type { ReceivedFile } from '../entries/files/multipart-receiver';
import { asciiToken, safeDisplayName, type DownloadFile } from '../results/export-format';
import { PdfRenderPool } from '../results/pdf/pdf-render-pool';
import { User } from '../users/entities/user.entity';
import { readableBatch } from './batch-access';
import { batchListInput } from './batch-list-pdf';
import { Batch } from './entities/batch.entity';

/** A covering letter is a signed and sealed PDF (the scan of the công văn); nothing else. */
export const COVERING_LETTER_TYPES: readonly string[] = ['application/pdf'];

/** Statuses that count as sent in a batch's progress. */
const SENT: readonly EntryStatus[] = ['submitted', 'eligible', 'ineligible', 'needs_revision'];

interface SummaryRow {
  id: string;
  award_id: string;
  award_name: string;
  owner_id: string;
  owner_name: string;
  owner_email: string;
  entry_count: string;
  submitted_count: string;
}

/**
 * Batches of organization accounts (docs/agencies.md): opened for an award by a press agency or a
 * committee, holding the entries it files for its reporters and its covering letter (công văn).
 */
@Injectable()
export class BatchesService {
  private readonly logger = new Logger(BatchesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly storage: FileStorage,
    private readonly probe: MediaProbe,
    private readonly config: AppConfig,
    private readonly pdf: PdfRenderPool,
  ) {}

  get tempDir(): string {
    return join(resolve(this.config.STORAGE_ROOT), 'tmp');
  }

  /** The most a covering letter may weigh: the documents' limit. */
  get letterMaxBytes(): number {
    return Math.min(this.config.DOCUMENT_MAX_BYTES, this.config.UPLOAD_MAX_BYTES);
  }

  async create(awardId: string, input: CreateBatchDto, userId: string): Promise<BatchResponse> {
    const batchId = await this.db.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOneByOrFail({ id: userId });
      if (user.accountKind !== 'organization' || !user.organizationName)
        throw new AppException('ORGANIZATION_ACCOUNT_REQUIRED');
      await this.openAward(manager, awardId);
      const batch = await manager.getRepository(Batch).save({
        awardId,
        ownerId: user.id,
        title: input.title,
        organizationName: user.organizationName,
        letterNumber: null,
        letterIssuedOn: null,
        letterStorageKey: null,
        letterOriginalName: null,
        letterSize: null,
        letterSha256: null,
        letterPageCount: null,
        letterUploadedAt: null,
      });
      return batch.id;
    });
    return this.get(batchId, { id: userId, isAdmin: false });
  }

  /** The caller's batches, newest first, across awards. */
  listMine(userId: string): Promise<BatchSummary[]> {
    return this.summaries('b.owner_id = $1', [userId]);
  }

  /** Every batch of the award, for its staff. */
  listForAward(awardId: string): Promise<BatchSummary[]> {
    return this.summaries('b.award_id = $1', [awardId]);
  }

  async get(batchId: string, user: Pick<AuthUser, 'id' | 'isAdmin'>): Promise<BatchResponse> {
    await readableBatch(this.db, batchId, user);
    const [summary] = await this.summaries('b.id = $1', [batchId]);
    if (!summary) throw new AppException('BATCH_NOT_FOUND');
    const rows: {
      id: string;
      title: string;
      status: EntryStatus;
      category_name: string;
      media_type: MediaType;
      receipt_number: string | null;
      submitted_at: Date | null;
      authors: { fullName: string; penName: string | null }[] | null;
    }[] = await this.db.query(
      `SELECT e.id, e.title, e.status, c.name AS category_name, c.media_type, e.receipt_number,
              e.submitted_at,
              (SELECT json_agg(json_build_object('fullName', au.full_name, 'penName', au.pen_name)
                               ORDER BY au."index")
                 FROM entry_authors au WHERE au.entry_id = e.id) AS authors
         FROM entries e JOIN categories c ON c.id = e.category_id
        WHERE e.batch_id = $1
        ORDER BY e.created_at, e.id`,
      [batchId],
    );
    const entries: BatchEntryResponse[] = rows.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      categoryName: row.category_name,
      mediaType: row.media_type,
      authors: row.authors ?? [],
      receiptNumber: row.receipt_number,
      submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
    }));
    return { ...summary, entries };
  }

  /** Checked before a byte of the letter is read: the caller owns the batch and may change it now. */
  async assertLetterWritable(batchId: string, userId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.lockOwn(manager, batchId, userId);
    });
  }

  async parseLetterFields(
    fields: Record<string, string | undefined>,
  ): Promise<CoveringLetterFieldsDto> {
    const dto = plainToInstance(CoveringLetterFieldsDto, fields);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw new AppException('VALIDATION_FAILED', flattenValidationErrors(errors));
    return dto;
  }

  /**
   * Stores the covering letter (replacing an earlier one), judged by its content like an entry's
   * documents: a PDF, whole, nothing after its end, within the page and object limits. The temp
   * file is always gone afterwards; a refused letter leaves no file and changes no row.
   */
  async ingestLetter(
    batchId: string,
    userId: string,
    received: ReceivedFile,
    fields: CoveringLetterFieldsDto,
  ): Promise<BatchResponse> {
    let committedKey: string | null = null;
    let replacedKey: string | null = null;
    try {
      if (received.size === 0)
        throw new AppException('FILE_EMPTY', [
          { field: 'file', code: 'FILE_EMPTY', message: 'The file is empty.' },
        ]);
      if (fields.issuedOn > vietnamCalendarDate(this.clock.now()))
        throw new AppException('VALIDATION_FAILED', [
          {
            field: 'issuedOn',
            code: 'LETTER_DATE_IN_FUTURE',
            message: "The letter's date cannot be later than today.",
          },
        ]);
      const mimeType = received.sniffedMime;
      if (!mimeType || !COVERING_LETTER_TYPES.includes(mimeType))
        throw new AppException('FILE_TYPE_NOT_ALLOWED', [
          {
            field: 'file',
            code: 'FILE_TYPE_NOT_ALLOWED',
            message: `Content is ${mimeType ?? 'not a recognised type'}; allowed: application/pdf`,
            params: { detected: mimeType ?? 'unknown' },
          },
        ]);
      const facts = await this.probe.probe(received.tempPath, mimeType);
      assertIntactContent(
        facts,
        mimeType,
        contentLimitsFor(undefined, this.config.IMAGE_MAX_PIXELS),
      );

      await this.db.transaction(async (manager) => {
        const batch = await this.lockOwn(manager, batchId, userId);
        const storageKey = `batches/${batchId}/${randomUUID()}`;
        await manager.getRepository(Batch).update(
          { id: batchId },
          {
            letterNumber: fields.number,
            letterIssuedOn: fields.issuedOn,
            letterStorageKey: storageKey,
            letterOriginalName: sanitizeName(received.originalName),
            letterSize: received.size,
            letterSha256: received.sha256,
            letterPageCount: facts.pageCount,
            letterUploadedAt: this.clock.now(),
          },
        );
        // Stored before the row commits: a failed store rolls the row back; a failed commit
        // afterwards removes the stored copy below.
        await this.storage.commit(received.tempPath, storageKey, mimeType);
        committedKey = storageKey;
        replacedKey = batch.letterStorageKey;
      });
    } catch (error) {
      if (committedKey) await this.storage.remove(committedKey).catch(() => undefined);
      throw error;
    } finally {
      await rm(received.tempPath, { force: true });
    }
    if (replacedKey) await this.removeStored(replacedKey);
    return this.get(batchId, { id: userId, isAdmin: false });
  }

  /** The stored letter, for its owner and the award's staff. */
  async letter(
    batchId: string,
    user: Pick<AuthUser, 'id' | 'isAdmin'>,
  ): Promise<{ batch: Batch; open: () => Promise<Readable> }> {
    const { batch } = await readableBatch(this.db, batchId, user);
    const key = batch.letterStorageKey;
    if (!key) throw new AppException('FILE_NOT_FOUND');
    return { batch, open: () => this.storage.read(key) };
  }

  /** The batch list (PDF) the organization sends with its letter, built in the PDF worker. */
  async list(batchId: string, user: Pick<AuthUser, 'id' | 'isAdmin'>): Promise<DownloadFile> {
    const { batch } = await readableBatch(this.db, batchId, user);
    const body = await this.pdf.render({
      kind: 'batch-list',
      input: await batchListInput(this.db, batchId),
    });
    const reference = batch.letterNumber ?? batch.title;
    const fallback = batch.id.slice(0, 8);
    return {
      body,
      contentType: 'application/pdf',
      asciiName: `danh-sach-tac-pham-${asciiToken(reference, 60) || fallback}.pdf`,
      displayName: `Danh sách tác phẩm ${safeDisplayName(reference) || fallback}.pdf`,
    };
  }

  /**
   * The caller's own batch, locked, in an award that still takes entries: a letter may be given or
   * replaced until the deadline, like the entries it covers.
   */
  private async lockOwn(manager: EntityManager, batchId: string, userId: string): Promise<Batch> {
    const batch = await manager
      .getRepository(Batch)
      .findOne({ where: { id: batchId }, lock: { mode: 'pessimistic_write' } });
    if (!batch || batch.ownerId !== userId) throw new AppException('BATCH_NOT_FOUND');
    await this.openAward(manager, batch.awardId);
    return batch;
  }

  private async openAward(manager: EntityManager, awardId: string): Promise<Award> {
    const award = await manager
      .getRepository(Award)
      .findOne({ where: { id: awardId }, lock: { mode: 'pessimistic_read' } });
    if (!award) throw new AppException('AWARD_NOT_FOUND');
    const issues = submissionWindowIssues(award.status, award.rules, this.clock.arrival());
    if (issues.length) throw eligibilityException(issues);
    return award;
  }

  private async summaries(where: string, params: unknown[]): Promise<BatchSummary[]> {
    const rows: (SummaryRow & {
      title: string;
      organization_name: string;
      letter_number: string | null;
      letter_issued_on: string | null;
      letter_original_name: string | null;
      letter_size: string | null;
      letter_sha256: string | null;
      letter_page_count: number | null;
      letter_uploaded_at: Date | null;
      created_at: Date;
    })[] = await this.db.query(
      `SELECT b.id, b.award_id, a.name AS award_name, b.title, b.organization_name,
              b.letter_number, b.letter_issued_on::text AS letter_issued_on, b.letter_original_name,
              b.letter_size, b.letter_sha256, b.letter_page_count, b.letter_uploaded_at,
              b.created_at, u.id AS owner_id, u.full_name AS owner_name, u.email AS owner_email,
              (SELECT count(*) FROM entries e WHERE e.batch_id = b.id) AS entry_count,
              (SELECT count(*) FROM entries e
                WHERE e.batch_id = b.id AND e.status = ANY($${params.length + 1})) AS submitted_count
         FROM batches b
         JOIN awards a ON a.id = b.award_id
         JOIN users u ON u.id = b.owner_id
        WHERE ${where}
        ORDER BY b.created_at DESC, b.id`,
      [...params, SENT],
    );
    return rows.map((row) => ({
      id: row.id,
      awardId: row.award_id,
      awardName: row.award_name,
      title: row.title,
      organizationName: row.organization_name,
      owner: { id: row.owner_id, fullName: row.owner_name, email: row.owner_email },
      coveringLetter: toLetter(row),
      entryCount: Number(row.entry_count),
      submittedCount: Number(row.submitted_count),
      createdAt: new Date(row.created_at).toISOString(),
    }));
  }

  private async removeStored(key: string): Promise<void> {
    await this.storage
      .remove(key)
      .catch((error: unknown) =>
        this.logger.error(`Could not remove stored file ${key}: ${(error as Error).message}`),
      );
  }
}

function toLetter(row: {
  letter_number: string | null;
  letter_issued_on: string | null;
  letter_original_name: string | null;
  letter_size: string | null;
  letter_sha256: string | null;
  letter_page_count: number | null;
  letter_uploaded_at: Date | null;
}): CoveringLetterResponse | null {
  if (!row.letter_number || !row.letter_issued_on || !row.letter_sha256 || !row.letter_uploaded_at)
    return null;
  return {
    number: row.letter_number,
    issuedOn: row.letter_issued_on,
    originalName: row.letter_original_name ?? '',
    size: Number(row.letter_size),
    sha256: row.letter_sha256,
    pageCount: row.letter_page_count,
    uploadedAt: new Date(row.letter_uploaded_at).toISOString(),
  };
}
