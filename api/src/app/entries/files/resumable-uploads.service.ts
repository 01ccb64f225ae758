import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Server, type Upload } from '@tus/server';
import { ERROR_MESSAGES, type ApiError } from '@press-award/contracts';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { fileTypeFromFile } from 'file-type';
import { AppConfig } from '../../../infra/config/app-config';
import { AppException, statusForCode } from '../../../infra/http/app-exception';
import { languageOf } from '../../../infra/http/language';
import { localizeFieldError } from '../../../infra/http/validation';
import type { AuthenticatedRequest } from '../../auth/auth.types';
import { AwardAccessService } from '../../auth/award-access.service';
import { EntryFilesService } from './entry-files.service';
import { HashingFileStore } from './hashing-file-store';

export const TUS_PATH = '/api/v1/uploads/tus';
/** Abandoned partial uploads are removed after a day. */
const EXPIRY_MS = 24 * 3600 * 1000;

interface TusRequest {
  headers: Headers;
  runtime?: { node?: { req?: AuthenticatedRequest } };
}

/**
 * Resumable uploads (the tus protocol) for large works — a 2 GB TV file over a provincial
 * connection resumes where it stopped. Upload state is the partial file and its JSON sidecar on
 * disk (no memory state), so a restarted API resumes too. A finished upload goes through the same
 * checks as a multipart one (`EntryFilesService.ingest`) and is refused the same way.
 */
@Injectable()
export class ResumableUploadsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ResumableUploadsService.name);
  readonly directory: string;
  private readonly store: HashingFileStore;
  readonly server: Server;
  private cleanup?: NodeJS.Timeout;

  constructor(
    config: AppConfig,
    private readonly files: EntryFilesService,
    private readonly access: AwardAccessService,
  ) {
    this.directory = join(resolve(config.STORAGE_ROOT), 'tus');
    this.store = new HashingFileStore({ directory: this.directory, expirationPeriodInMilliseconds: EXPIRY_MS });
    this.server = new Server({
      path: TUS_PATH,
      datastore: this.store,
      relativeLocation: true,
      respectForwardedHeaders: true,
      maxSize: config.UPLOAD_MAX_BYTES,
      exposedHeaders: ['X-Entry-File-Id'],
      onIncomingRequest: (request, uploadId) => this.authorize(request as unknown as TusRequest, uploadId),
      onUploadCreate: (request, upload) => this.create(request as unknown as TusRequest, upload),
      onUploadFinish: (request, upload) => this.finish(request as unknown as TusRequest, upload),
    });
  }

  async onModuleInit(): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    this.cleanup = setInterval(() => {
      this.server.cleanUpExpiredUploads().catch((error: unknown) => this.logger.warn(`tus clean-up: ${(error as Error).message}`));
      this.store.forgetOlderThan(EXPIRY_MS);
    }, 3600 * 1000).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanup);
  }

  handle(request: ExpressRequest, response: ExpressResponse): Promise<void> {
    return this.server.handle(request, response);
  }

  private userOf(request: TusRequest): { id: string; isAdmin: boolean } {
    const user = request.runtime?.node?.req?.user;
    if (!user) throw this.reject(request, new AppException('AUTH_REQUIRED'));
    return user;
  }

  /** Every request after creation: only the uploader may see or continue an upload. */
  private async authorize(request: TusRequest, uploadId: string): Promise<void> {
    const user = this.userOf(request);
    const method = request.runtime?.node?.req?.method;
    if (method === 'POST' || method === 'OPTIONS') return;
    const upload = await this.store.getUpload(uploadId).catch(() => null);
    if (!upload || upload.metadata?.['userId'] !== user.id) throw this.reject(request, new AppException('NOT_FOUND'));
  }

  private async create(request: TusRequest, upload: Upload): Promise<{ metadata: Record<string, string | null> }> {
    const user = this.userOf(request);
    const metadata = upload.metadata ?? {};
    const entryId = metadata['entryId'] ?? '';
    const standing = await this.access.entryStanding(entryId, user.id);
    if (!standing || (!user.isAdmin && standing.submitterId !== user.id)) throw this.reject(request, new AppException('ENTRY_NOT_FOUND'));
    try {
      const input = await this.files.parseFields({ kind: metadata['kind'] ?? undefined, partIndex: metadata['partIndex'] ?? undefined });
      if (upload.size === undefined) throw new AppException('VALIDATION_FAILED', [{ field: 'Upload-Length', code: 'REQUIRED', message: 'Upload-Length is required.' }]);
      if (!metadata['filename']) throw new AppException('VALIDATION_FAILED', [{ field: 'filename', code: 'REQUIRED', message: 'The filename metadata is required.' }]);
      const policy = await this.files.policyFor(entryId);
      const limit = policy.limits[input.kind].maxBytes;
      if (upload.size === 0) throw new AppException('FILE_EMPTY', [{ field: 'file', code: 'FILE_EMPTY', message: 'The file is empty.' }]);
      if (upload.size > limit) throw new AppException('FILE_TOO_LARGE', [{ field: 'file', code: 'FILE_TOO_LARGE', message: `Larger than ${limit} bytes`, params: { maxBytes: limit } }]);
    } catch (error) {
      throw this.reject(request, error);
    }
    return { metadata: { ...metadata, userId: user.id } };
  }

  /** The last byte arrived: check the file like any upload, store it, and drop the tus copy. */
  private async finish(request: TusRequest, upload: Upload): Promise<{ headers: Record<string, string> }> {
    const path = join(this.directory, upload.id);
    const metadata = upload.metadata ?? {};
    const started = Date.now();
    try {
      const size = upload.size ?? upload.offset;
      const sha256 =
        this.store.takeDigest(upload.id, size) ??
        (await new Promise<string>((done, fail) => {
          const hash = createHash('sha256');
          createReadStream(path).on('data', (chunk) => hash.update(chunk)).on('end', () => done(hash.digest('hex'))).on('error', fail);
        }));
      const input = await this.files.parseFields({ kind: metadata['kind'] ?? undefined, partIndex: metadata['partIndex'] ?? undefined });
      const result = await this.files.ingest(
        metadata['entryId'] ?? '',
        { tempPath: path, size, sha256, sniffedMime: (await fileTypeFromFile(path))?.mime ?? null, originalName: metadata['filename'] ?? 'file' },
        input,
      );
      this.logger.debug(`tus upload ${upload.id} checked and stored in ${Date.now() - started} ms`);
      return { headers: { 'X-Entry-File-Id': result.file.id } };
    } catch (error) {
      throw this.reject(request, error);
    } finally {
      // ingest moved or removed the data; the sidecar describes an upload that no longer exists.
      await rm(path, { force: true });
      await rm(`${path}.json`, { force: true });
    }
  }

  /** Our error shape as a tus rejection (the tus server writes `body` with `status_code`). */
  private reject(request: TusRequest, error: unknown): { status_code: number; body: string } {
    const exception = error instanceof AppException ? error : null;
    if (!exception) {
      this.logger.error(`tus upload failed: ${(error as Error)?.stack ?? String(error)}`);
    }
    const code = exception?.code ?? 'INTERNAL_ERROR';
    const language = languageOf(request.headers.get('accept-language') ?? undefined);
    const body: ApiError = { statusCode: statusForCode(code), code, message: ERROR_MESSAGES[code][language] };
    if (exception?.details?.length) body.details = exception.details.map((detail) => localizeFieldError(detail, language));
    return { status_code: body.statusCode, body: JSON.stringify(body) };
  }
}
