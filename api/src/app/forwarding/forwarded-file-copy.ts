import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileStorage } from '../../infra/storage/file-storage';
import type { EntryFile } from '../entries/entities/entry-file.entity';

/**
 * Copies a stored file to a new key through the storage interface (local disk or S3 alike): read,
 * hashed on the way to a staging file, then committed. A copy whose bytes no longer match the
 * recorded sha256 is refused rather than passed on.
 */
export async function copyStored(
  storage: FileStorage,
  tempDir: string,
  file: EntryFile,
  key: string,
): Promise<void> {
  await mkdir(tempDir, { recursive: true });
  const staging = join(tempDir, `forward-${randomUUID()}`);
  try {
    const hash = createHash('sha256');
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(
      await storage.read(file.storageKey),
      tap,
      createWriteStream(staging, { flags: 'wx' }),
    );
    const digest = hash.digest('hex');
    if (digest !== file.sha256)
      throw new Error(
        `Stored file ${file.storageKey} has sha256 ${digest}, recorded ${file.sha256}`,
      );
    await storage.commit(staging, key, file.mimeType);
  } finally {
    await rm(staging, { force: true });
  }
}
