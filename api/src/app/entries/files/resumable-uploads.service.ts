import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { Server, type Upload } from '@tus/server';
import type { ApiError } from '@press-award/contracts';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { fileTypeFromFile } from 'file-type';
import { NodeRequest, sendNodeResponse } from 'srvx/node';
import { AppConfig } from '../../../infra/config/app-config';
import { AppException } from '../../../infra/http/app-exception';
import { DATABASE_URL } from '../../../infra/jobs/job-queue';
import { apiErrorBody } from '../../../infra/http/app-exception.filter';
import { languageOf } from '../../../infra/http/language';
import type { AuthenticatedRequest } from '../../auth/auth.types';
import { AwardAccessService } from '../../auth/award-access.service';
import { assertPossibleType, SNIFF_BYTES, sniffMime } from './content-sniff';
import { EntryFilesService } from './entry-files.service';
import { HashingFileStore } from './hashing-file-store';
import { PgAdvisoryLocker } from './pg-advisory-locker';
import { codeForTusError, protocolHeadersFor, refusalForTusResponse } from './tus-errors';

export const TUS_PATH = '/api/v1/uploads/tus';
/** Abandoned partial uploads are removed after a day. */
const EXPIRY_MS = 24 * 3600 * 1000;

interface TusRequest {
  headers: Headers;
  method: string;
  runtime?: { node?: { req?: AuthenticatedRequest } };
}

type TusRejection = { status_code: number; body: string };

/**
 * Resumable uploads (the tus protocol) for large works — a 2 GB TV file over a provincial
 * connection resumes where it stopped. Upload state is the partial file and its JSON sidecar on
 * disk (no memory state), so a restarted API resumes too, and — with `STORAGE_ROOT/tus` on a volume
 * every instance mounts — so does another instance: the lock on an upload is a PostgreSQL advisory
 * lock ({@link PgAdvisoryLocker}), not the tus library's per-process one. A finished upload goes through the same
 * checks as a multipart one (`EntryFilesService.ingest`) and is refused the same way.
 *
 * Every refusal — ours or the tus library's — is answered in the API's error shape, localised, with
 * the protocol headers the client needs; the first bytes are sniffed as soon as they arrive; and a
 * refused upload leaves nothing behind (no partial file, no sidecar, no row).
 */
@Injectable()
export class ResumableUploadsService
  implements OnModuleInit, OnModuleDestroy, OnApplicationShutdown
{
  private readonly logger = new Logger(ResumableUploadsService.name);
  readonly directory: string;
  private readonly store: HashingFileStore;
  private readonly locker: PgAdvisoryLocker;
  readonly server: Server;
  private cleanup?: NodeJS.Timeout;
  /** The upload a request may change, known once it is authorised: what a refusal cleans up. */
  private readonly authorised = new WeakMap<object, string>();

  constructor(
    config: AppConfig,
    private readonly files: EntryFilesService,
    private readonly access: AwardAccessService,
    @Inject(DATABASE_URL) databaseUrl: string,
  ) {
    this.locker = new PgAdvisoryLocker({ databaseUrl });
    this.directory = join(resolve(config.STORAGE_ROOT), 'tus');
    this.store = new HashingFileStore({
      directory: this.directory,
      expirationPeriodInMilliseconds: EXPIRY_MS,
      firstBytes: { length: SNIFF_BYTES, check: (id, head) => this.checkFirstBytes(id, head) },
    });
    this.server = new Server({
      path: TUS_PATH,
      datastore: this.store,
      locker: this.locker,
      relativeLocation: true,
      respectForwardedHeaders: true,
      maxSize: config.UPLOAD_MAX_BYTES,
      exposedHeaders: ['X-Entry-File-Id'],
      onIncomingRequest: (request, uploadId) =>
        this.authorize(request as unknown as TusRequest, uploadId),
      onUploadCreate: (request, upload) => this.create(request as unknown as TusRequest, upload),
      onUploadFinish: (request, upload) => this.finish(request as unknown as TusRequest, upload),
      onResponseError: (request, error) => this.refuse(request as unknown as TusRequest, error),
    });
  }

  async onModuleInit(): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    await this.locker.start();
    this.cleanup = setInterval(() => {
      this.server
        .cleanUpExpiredUploads()
        .catch((error: unknown) => this.logger.warn(`tus clean-up: ${(error as Error).message}`));
      this.store.forgetOlderThan(EXPIRY_MS);
    }, 3600 * 1000).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanup);
  }

  /** After the HTTP server has closed: a lock let go earlier could let another instance write too. */
  async onApplicationShutdown(): Promise<void> {
    await this.locker.stop();
  }

  /** `Server.handle`, with the refusals the tus server writes as plain text put in our error shape. */
  async handle(request: ExpressRequest, response: ExpressResponse): Promise<void> {
    const tusRequest = new NodeRequest({ req: request, res: response });
    const answer = await this.server.handleWeb(tusRequest);
    await sendNodeResponse(
      response,
      answer.status < 400 ? answer : await this.inErrorShape(tusRequest, answer),
    );
  }

  private async inErrorShape(request: Request, answer: Response): Promise<Response> {
    const text = await answer.text();
    const headers = new Headers(answer.headers);
    let body: ApiError;
    try {
      body = JSON.parse(text) as ApiError; // already shaped by `refuse`
    } catch {
      const refusal = refusalForTusResponse(answer.status, text);
      body = apiErrorBody(
        refusal.code,
        refusal.details,
        languageOf(request.headers.get('accept-language') ?? undefined),
      );
    }
    for (const [name, value] of Object.entries(protocolHeadersFor(body.code)))
      headers.set(name, value);
    // On a conflict, say where to continue: saves the client a HEAD.
    const uploadId = this.authorised.get(request);
    const held =
      body.code === 'UPLOAD_OFFSET_CONFLICT' && uploadId
        ? await this.store.getUpload(uploadId).catch(() => null)
        : null;
    if (held) headers.set('Upload-Offset', String(held.offset));
    const json = JSON.stringify(body);
    headers.set('Content-Type', 'application/json; charset=utf-8');
    headers.set('Content-Length', String(Buffer.byteLength(json)));
    return new Response(request.method === 'HEAD' ? null : json, {
      status: body.statusCode,
      headers,
    });
  }

  private userOf(request: TusRequest): { id: string; isAdmin: boolean } {
    const user = request.runtime?.node?.req?.user;
    if (!user) throw new AppException('AUTH_REQUIRED');
    return user;
  }

  /** Every request after creation: only the uploader may see or continue an upload. */
  private async authorize(request: TusRequest, uploadId: string): Promise<void> {
    const user = this.userOf(request);
    const method = request.runtime?.node?.req?.method;
    if (method === 'POST' || method === 'OPTIONS') return;
    const upload = await this.store.getUpload(uploadId).catch(() => null);
    if (!upload || upload.metadata?.['userId'] !== user.id)
      throw new AppException('UPLOAD_NOT_FOUND');
    this.authorised.set(request, uploadId);
  }

  private async create(
    request: TusRequest,
    upload: Upload,
  ): Promise<{ metadata: Record<string, string | null> }> {
    const user = this.userOf(request);
    const metadata = upload.metadata ?? {};
    const entryId = metadata['entryId'] ?? '';
    const standing = await this.access.entryStanding(entryId, user.id);
    if (!standing || (!user.isAdmin && standing.submitterId !== user.id))
      throw new AppException('ENTRY_NOT_FOUND');
    const input = await this.files.parseFields({
      kind: metadata['kind'] ?? undefined,
      partIndex: metadata['partIndex'] ?? undefined,
    });
    // A deferred length would let a client stream without a limit checked up front.
    if (upload.size === undefined)
      throw new AppException('UPLOAD_LENGTH_INVALID', [
        { field: 'Upload-Length', code: 'REQUIRED', message: 'Upload-Length is required.' },
      ]);
    if (!metadata['filename'])
      throw new AppException('VALIDATION_FAILED', [
        { field: 'filename', code: 'REQUIRED', message: 'The filename metadata is required.' },
      ]);
    const policy = await this.files.policyFor(entryId);
    const limit = policy.limits[input.kind].maxBytes;
    if (upload.size === 0)
      throw new AppException('FILE_EMPTY', [
        { field: 'file', code: 'FILE_EMPTY', message: 'The file is empty.' },
      ]);
    if (upload.size > limit)
      throw new AppException('FILE_TOO_LARGE', [
        {
          field: 'file',
          code: 'FILE_TOO_LARGE',
          message: `Larger than ${limit} bytes`,
          params: { maxBytes: limit },
        },
      ]);
    // From here the store creates the upload: a refusal of this request (bytes sent with the creation) removes it.
    this.authorised.set(request, upload.id);
    return { metadata: { ...metadata, userId: user.id } };
  }

  /** The first bytes arrived: refuse now what can never be an acceptable type for this file. */
  private async checkFirstBytes(id: string, head: Buffer): Promise<void> {
    const metadata = (await this.store.getUpload(id)).metadata ?? {};
    const input = await this.files.parseFields({
      kind: metadata['kind'] ?? undefined,
      partIndex: metadata['partIndex'] ?? undefined,
    });
    const policy = await this.files.policyFor(metadata['entryId'] ?? '');
    assertPossibleType(await sniffMime(head), policy.limits[input.kind].types);
  }

  /** The last byte arrived: check the file like any upload, store it, and drop the tus copy. */
  private async finish(
    _request: TusRequest,
    upload: Upload,
  ): Promise<{ headers: Record<string, string> }> {
    const path = join(this.directory, upload.id);
    const metadata = upload.metadata ?? {};
    const started = Date.now();
    try {
      const size = upload.size ?? upload.offset;
      const sha256 =
        this.store.takeDigest(upload.id, size) ??
        (await new Promise<string>((done, fail) => {
          const hash = createHash('sha256');
          createReadStream(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => done(hash.digest('hex')))
            .on('error', fail);
        }));
      const input = await this.files.parseFields({
        kind: metadata['kind'] ?? undefined,
        partIndex: metadata['partIndex'] ?? undefined,
      });
      const result = await this.files.ingest(
        metadata['entryId'] ?? '',
        {
          tempPath: path,
          size,
          sha256,
          sniffedMime: (await fileTypeFromFile(path))?.mime ?? null,
          originalName: metadata['filename'] ?? 'file',
        },
        input,
      );
      this.logger.debug(`tus upload ${upload.id} checked and stored in ${Date.now() - started} ms`);
      return { headers: { 'X-Entry-File-Id': result.file.id } };
    } finally {
      // ingest moved or removed the data; the sidecar describes an upload that no longer exists.
      await this.store.discard(upload.id);
    }
  }

  /**
   * Every error on its way to the client (`onResponseError`): ours and the tus library's become our
   * error shape. An authorised upload refused for its content or for bytes beyond its length can never
   * complete, so it is removed now rather than at expiry.
   */
  private async refuse(request: TusRequest, error: unknown): Promise<TusRejection> {
    const exception = error instanceof AppException ? error : null;
    const code = exception?.code ?? codeForTusError(error) ?? 'INTERNAL_ERROR';
    if (code === 'INTERNAL_ERROR')
      this.logger.error(
        `tus ${request.method} failed: ${(error as Error)?.stack ?? JSON.stringify(error)}`,
      );
    const uploadId = this.authorised.get(request);
    if (uploadId && (exception || code === 'UPLOAD_TOO_LARGE')) await this.store.discard(uploadId);
    const body = apiErrorBody(
      code,
      exception?.details,
      languageOf(request.headers.get('accept-language') ?? undefined),
    );
    return { status_code: body.statusCode, body: JSON.stringify(body) };
  }
}
