import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ErrorCode } from '@press-award/contracts';
import type { Request, Response } from 'express';
import multer, { MulterError, type StorageEngine } from 'multer';
import { AppException } from '../../../infra/http/app-exception';
import { writeAppError } from '../../../infra/http/app-exception.filter';
import { assertPossibleType, SNIFF_BYTES, sniffMime } from './content-sniff';

export interface ReceivedFile {
  tempPath: string;
  size: number;
  sha256: string;
  /** From the content; null when no known signature matched. */
  sniffedMime: string | null;
  originalName: string;
}

export interface ReceiveOptions {
  tempDir: string;
  /** Reading stops here: 413 at once, the connection closed, nothing kept. */
  maxBytes: number;
  /** Types that can possibly be accepted; anything else is refused after the first bytes (415). */
  acceptableMimes: readonly string[];
}

const STOP_READING = new Set<ErrorCode>(['FILE_TOO_LARGE', 'FILE_TYPE_NOT_ALLOWED']);

/**
 * Streams the multipart `file` to a temp file while hashing it, counting its bytes and sniffing its
 * type. Never buffers the file; removes the temp file on any failure.
 */
class CheckingStorage implements StorageEngine {
  constructor(private readonly options: ReceiveOptions) {}

  _handleFile(
    request: Request,
    file: Express.Multer.File,
    callback: (
      error?: unknown,
      info?: Partial<Express.Multer.File> & Partial<ReceivedFile>,
    ) => void,
  ): void {
    const { tempDir, maxBytes, acceptableMimes } = this.options;
    const tempPath = join(tempDir, `upload-${randomUUID()}`);
    const hash = createHash('sha256');
    let size = 0;
    let head: Buffer[] | null = [];
    let headLength = 0;
    let sniffedMime: string | null = null;

    const sniff = async () => {
      const buffer = Buffer.concat(head ?? [], headLength);
      head = null;
      sniffedMime = await sniffMime(buffer);
      // An empty file is refused later with its own code.
      if (size > 0) assertPossibleType(sniffedMime, acceptableMimes);
    };

    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes)
          return done(
            new AppException('FILE_TOO_LARGE', [
              {
                field: 'file',
                code: 'FILE_TOO_LARGE',
                message: `Larger than ${maxBytes} bytes`,
                params: { maxBytes },
              },
            ]),
          );
        hash.update(chunk);
        if (!head) return done(null, chunk);
        head.push(chunk);
        headLength += chunk.length;
        if (headLength < SNIFF_BYTES) return done(null, chunk);
        sniff().then(() => done(null, chunk), done);
      },
      flush(done) {
        if (!head) return done();
        sniff().then(() => done(), done);
      },
    });

    pipeline(file.stream, meter, createWriteStream(tempPath, { flags: 'wx' })).then(
      () =>
        callback(null, { path: tempPath, size, tempPath, sha256: hash.digest('hex'), sniffedMime }),
      async (error: unknown) => {
        // multer does not call _removeFile for a file that failed: the temp file is ours to remove.
        await unlink(tempPath).catch(() => undefined);
        // Refused by size or by the first bytes: the rest of the body is not worth reading.
        if (error instanceof AppException && STOP_READING.has(error.code))
          stopReading(request, error);
        callback(error);
      },
    );
  }

  _removeFile(
    _request: Request,
    file: Express.Multer.File & { tempPath?: string },
    callback: (error: Error | null) => void,
  ): void {
    unlink(file.tempPath ?? file.path).then(
      () => callback(null),
      () => callback(null),
    );
  }
}

/**
 * multer would read (and discard) the rest of a refused body before answering. Answer now and
 * close the connection instead, so a 4 GB mistake costs the limit (or its first bytes), not 4 GB.
 */
function stopReading(request: Request, error: AppException): void {
  const response = request.res;
  if (!response || response.headersSent) return;
  writeAppError(request, response, error, { Connection: 'close' });
  response.once('finish', () => setTimeout(() => request.socket.destroy(), 200).unref());
}

function toAppException(error: unknown): unknown {
  if (error instanceof AppException) return error;
  if (error instanceof MulterError) {
    return new AppException('VALIDATION_FAILED', [
      { field: error.field ?? 'file', code: error.code, message: error.message },
    ]);
  }
  const message = (error as Error | undefined)?.message ?? '';
  if (/Unexpected end of form|Part terminated early|aborted/i.test(message)) {
    return new AppException('FILE_TRUNCATED', [{ field: 'file', code: 'FILE_TRUNCATED', message }]);
  }
  if (
    /Multipart: Boundary not found|Unsupported content type|Malformed part header/i.test(message)
  ) {
    return new AppException('UNSUPPORTED_MEDIA_TYPE');
  }
  return error;
}

/** Reads one multipart upload (`file` plus small text fields) from the request. */
export async function receiveMultipartFile(
  request: Request,
  response: Response,
  options: ReceiveOptions,
): Promise<{ file: ReceivedFile | null; fields: Record<string, string> }> {
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.startsWith('multipart/form-data'))
    throw new AppException('UNSUPPORTED_MEDIA_TYPE');
  const declared = Number(request.headers['content-length']);
  // Multipart framing and the small fields add a few kilobytes; anything far beyond is refused unread.
  if (Number.isFinite(declared) && declared > options.maxBytes + 64 * 1024) {
    const error = new AppException('FILE_TOO_LARGE', [
      {
        field: 'file',
        code: 'FILE_TOO_LARGE',
        message: `Larger than ${options.maxBytes} bytes`,
        params: { maxBytes: options.maxBytes },
      },
    ]);
    stopReading(request, error);
    throw error;
  }
  await mkdir(options.tempDir, { recursive: true });
  // Browsers send file names as raw UTF-8 (Vietnamese diacritics); multer's default would read latin1.
  const upload = multer({
    storage: new CheckingStorage(options),
    defParamCharset: 'utf8',
    limits: { files: 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 100 },
  }).single('file');
  await new Promise<void>((done, fail) =>
    upload(request, response, (error: unknown) => (error ? fail(toAppException(error)) : done())),
  );
  const received = request.file as (Express.Multer.File & ReceivedFile) | undefined;
  const fields = Object.fromEntries(
    Object.entries((request.body ?? {}) as Record<string, unknown>).filter(
      ([, value]) => typeof value === 'string',
    ),
  ) as Record<string, string>;
  if (!received) return { file: null, fields };
  return {
    file: {
      tempPath: received.tempPath,
      size: received.size,
      sha256: received.sha256,
      sniffedMime: received.sniffedMime,
      originalName: received.originalname,
    },
    fields,
  };
}
