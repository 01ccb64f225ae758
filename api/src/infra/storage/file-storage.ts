import type { Readable } from 'node:stream';

export interface ByteRange {
  start: number;
  /** Inclusive, as in HTTP Range. */
  end: number;
}

/**
 * Where entry files live. Uploads are first streamed to a local temp file (hashed and sniffed while
 * written); `commit` then moves them under a server-generated key. Two drivers: local disk and
 * S3-compatible object storage, chosen by configuration.
 */
export abstract class FileStorage {
  abstract readonly driver: 'local' | 's3';
  /** Takes ownership of the temp file: it is gone after commit, whether moved or uploaded. */
  abstract commit(tempPath: string, key: string, contentType: string): Promise<void>;
  abstract read(key: string, range?: ByteRange): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
}
