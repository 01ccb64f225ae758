import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FILE_KINDS,
  type EntryFileResponse,
  type FileKind,
  type MediaType,
} from '@press-award/contracts';
import { UploadEntryFileDto } from '@press-award/contracts/dto';
import {
  contentLimitsFor,
  SUPPORTED_DOCUMENT_TYPES,
  type ContentLimits,
} from '@press-award/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { fileTypeFromFile } from 'file-type';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../infra/config/app-config';
import { AppException } from '../../../infra/http/app-exception';
import { flattenValidationErrors } from '../../../infra/http/validation';
import { MediaProbe } from '../../../infra/media/media-probe';
import { FileStorage, type ByteRange } from '../../../infra/storage/file-storage';
import { Award } from '../../awards/entities/award.entity';
import { Category } from '../../awards/entities/category.entity';
import { EntriesService } from '../entries.service';
import { EntryFile } from '../entities/entry-file.entity';
import { EntryPart } from '../entities/entry-part.entity';
import { toEntryFileResponse } from '../entries.presenter';
import { assertIntactContent } from './content-checks';
import type { ReceivedFile } from './multipart-receiver';
import { Metrics } from '../../../infra/observability/metrics';

const ZIP = 'application/zip';

export interface UploadPolicy {
  mediaType: MediaType;
  /** Per kind: the largest file and the content types accepted. */
  limits: Record<FileKind, { maxBytes: number; types: readonly string[]; content: ContentLimits }>;
  /** The most any kind allows: where reading stops when the kind is not yet known. */
  maxBytes: number;
  acceptableMimes: string[];
}

/**
 * Turns a received temp file into a stored entry file, or refuses it and leaves nothing behind.
 * Shared by the multipart endpoint and the resumable (tus) uploads.
 */
@Injectable()
export class EntryFilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly entries: EntriesService,
    private readonly storage: FileStorage,
    private readonly probe: MediaProbe,
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  get tempDir(): string {
    return join(resolve(this.config.STORAGE_ROOT), 'tmp');
  }

  /** Checked before a byte of the upload is read: the entry may take files now, and which. */
  async policyFor(entryId: string): Promise<UploadPolicy> {
    return this.db.transaction(async (manager) => {
      const { entry, award } = await this.entries.lockChangeable(manager, entryId);
      const category = await manager
        .getRepository(Category)
        .findOneByOrFail({ id: entry.categoryId });
      return this.policy(award, category.mediaType);
    });
  }

  /** What the award takes for a media type; forwarding checks copied files against it too. */
  policy(award: Award, mediaType: MediaType): UploadPolicy {
    const work = award.rules.files[mediaType] ?? { maxBytes: 0, types: [] };
    const documents = {
      maxBytes: Math.min(this.config.DOCUMENT_MAX_BYTES, this.config.UPLOAD_MAX_BYTES),
      types: SUPPORTED_DOCUMENT_TYPES,
      content: contentLimitsFor(undefined, this.config.IMAGE_MAX_PIXELS),
    };
    const workLimit = {
      maxBytes: Math.min(work.maxBytes, this.config.UPLOAD_MAX_BYTES),
      types: work.types,
      content: contentLimitsFor(work, this.config.IMAGE_MAX_PIXELS),
    };
    const limits = Object.fromEntries(
      FILE_KINDS.map((kind) => [kind, kind === 'work' ? workLimit : documents]),
    ) as UploadPolicy['limits'];
    return {
      mediaType,
      limits,
      maxBytes: Math.max(...Object.values(limits).map((limit) => limit.maxBytes)),
      acceptableMimes: [...new Set(Object.values(limits).flatMap((limit) => [...limit.types]))],
    };
  }

  async parseFields(fields: Record<string, string | undefined>): Promise<UploadEntryFileDto> {
    const dto = plainToInstance(UploadEntryFileDto, fields);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw new AppException('VALIDATION_FAILED', flattenValidationErrors(errors));
    return dto;
  }

  /**
   * Checks the received file against the entry's rules and stores it. The temp file is always gone
   * afterwards: moved into storage, or removed with the refusal.
   */
  async ingest(
    entryId: string,
    received: ReceivedFile,
    input: UploadEntryFileDto,
  ): Promise<{ file: EntryFileResponse; created: boolean }> {
    let committedKey: string | null = null;
    try {
      if (received.size === 0)
        throw new AppException('FILE_EMPTY', [
          { field: 'file', code: 'FILE_EMPTY', message: 'The file is empty.' },
        ]);
      const result = await this.db.transaction(async (manager) => {
        const { entry, award } = await this.entries.lockChangeable(manager, entryId);
        const category = await manager
          .getRepository(Category)
          .findOneByOrFail({ id: entry.categoryId });
        const { limits } = this.policy(award, category.mediaType);
        const limit = limits[input.kind];

        if (input.partIndex !== undefined) {
          const parts = await manager.getRepository(EntryPart).countBy({ entryId });
          if (input.partIndex >= parts)
            throw new AppException('VALIDATION_FAILED', [
              {
                field: 'partIndex',
                code: 'PART_NOT_FOUND',
                message: `The entry has ${parts} part(s).`,
                params: { parts },
              },
            ]);
        }
        if (received.size > limit.maxBytes) {
          throw new AppException('FILE_TOO_LARGE', [
            {
              field: 'file',
              code: 'FILE_TOO_LARGE',
              message: `Larger than ${limit.maxBytes} bytes`,
              params: { maxBytes: limit.maxBytes },
            },
          ]);
        }
        let mimeType = received.sniffedMime;
        // Zip-based documents are told apart by their inner parts, which may lie past the first bytes.
        if (mimeType === ZIP || mimeType === null)
          mimeType = (await fileTypeFromFile(received.tempPath))?.mime ?? mimeType;
        if (!mimeType || !limit.types.includes(mimeType)) {
          throw new AppException('FILE_TYPE_NOT_ALLOWED', [
            {
              field: 'file',
              code: 'FILE_TYPE_NOT_ALLOWED',
              message: `Content is ${mimeType ?? 'not a recognised type'}; allowed: ${limit.types.join(', ')}`,
              params: { detected: mimeType ?? 'unknown' },
            },
          ]);
        }

        const existing = await manager
          .getRepository(EntryFile)
          .findOneBy({ entryId, sha256: received.sha256 });
        if (existing) return { file: existing, created: false };

        const facts = await this.probe.probe(received.tempPath, mimeType);
        // Refused from the headers, before anything decodes the pixels or walks the pages.
        assertIntactContent(facts, mimeType, limit.content);

        const id = randomUUID();
        const storageKey = `entries/${entryId}/${id}`;
        const file = await manager.getRepository(EntryFile).save({
          id,
          entryId,
          kind: input.kind,
          partIndex: input.partIndex ?? null,
          storageKey,
          originalName: sanitizeName(received.originalName),
          mimeType,
          size: received.size,
          sha256: received.sha256,
          pageCount: facts.pageCount,
          width: facts.width,
          height: facts.height,
          durationSeconds: facts.durationSeconds,
          missingTools: facts.missingTools,
        });
        // Stored before the row commits: if storing fails the row rolls back; if the commit fails
        // afterwards, the stored copy is removed below.
        await this.storage.commit(received.tempPath, storageKey, mimeType);
        committedKey = storageKey;
        return { file, created: true };
      });
      if (result.created) this.metrics.uploadBytes.inc({ kind: input.kind }, received.size);
      return { file: toEntryFileResponse(result.file), created: result.created };
    } catch (error) {
      if (committedKey) await this.storage.remove(committedKey).catch(() => undefined);
      throw error;
    } finally {
      await rm(received.tempPath, { force: true });
    }
  }

  async remove(entryId: string, fileId: string): Promise<void> {
    const key = await this.db.transaction(async (manager) => {
      await this.entries.lockChangeable(manager, entryId);
      const file = await manager.getRepository(EntryFile).findOneBy({ id: fileId, entryId });
      if (!file) throw new AppException('FILE_NOT_FOUND');
      await manager.getRepository(EntryFile).delete({ id: file.id });
      return file.storageKey;
    });
    await this.entries.removeStored([key]);
  }

  async find(entryId: string, fileId: string): Promise<EntryFile> {
    const file = await this.db.getRepository(EntryFile).findOneBy({ id: fileId, entryId });
    if (!file) throw new AppException('FILE_NOT_FOUND');
    return file;
  }

  open(file: EntryFile, range?: ByteRange): Promise<Readable> {
    return this.storage.read(file.storageKey, range);
  }
}

/** The client's name, kept for people who may see it (never judges): no paths, no control characters. */
export function sanitizeName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // Control and format characters go: C0/C1 controls, and the bidirectional overrides and invisible
  // marks (U+202E, U+2066…, U+200B…) that make "invoice\u202efdp.exe" display as "invoiceexe.pdf".
  const clean = base
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .trim()
    .slice(0, 255);
  return clean || 'file';
}
