import { createHash, type Hash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';

interface RunningHash {
  hash: Hash;
  /** Bytes hashed so far: equal to the stored offset while the upload arrives in one process. */
  offset: number;
  touchedAt: number;
}

/**
 * The tus file store, hashing bytes as they are written so a finished upload needs no second read
 * of a 2 GB file. The running hash is only a cache: after a restart, or a PATCH that did not continue
 * exactly where the last one ended, or any write error, it is dropped and the file is hashed from disk.
 */
export class HashingFileStore extends FileStore {
  private readonly running = new Map<string, RunningHash>();

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    let state = this.running.get(id);
    if (offset === 0) state = { hash: createHash('sha256'), offset: 0, touchedAt: Date.now() };
    else if (!state || state.offset !== offset) state = undefined;
    this.running.delete(id);
    if (!state) return super.write(readable, id, offset);

    const running = state;
    let hashed = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        running.hash.update(chunk);
        hashed += chunk.length;
        done(null, chunk);
      },
    });
    const newOffset = await super.write(pipeline(readable, tap, () => undefined), id, offset);
    // Keep the hash only if exactly the hashed bytes reached the file.
    if (newOffset === offset + hashed) {
      running.offset = newOffset;
      running.touchedAt = Date.now();
      this.running.set(id, running);
    }
    return newOffset;
  }

  /** The sha256 of a complete upload if every byte was hashed on the way in, else null. */
  takeDigest(id: string, size: number): string | null {
    const state = this.running.get(id);
    this.running.delete(id);
    return state && state.offset === size ? state.hash.digest('hex') : null;
  }

  /** Drops hashes of uploads abandoned for longer than `ageMs`. */
  forgetOlderThan(ageMs: number): void {
    const cutoff = Date.now() - ageMs;
    for (const [id, state] of this.running) if (state.touchedAt < cutoff) this.running.delete(id);
  }
}
