import { createHash, type Hash } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline, Transform, type Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';

interface RunningHash {
  hash: Hash;
  /** Bytes hashed so far: equal to the stored offset while the upload arrives in one process. */
  offset: number;
  touchedAt: number;
}

/** A look at the first bytes of an upload as soon as they are in; rejecting refuses the upload. */
export interface FirstBytesCheck {
  /** How many bytes to look at (all of them when the upload is shorter). */
  length: number;
  check(id: string, head: Buffer): Promise<void>;
}

type StoreOptions = ConstructorParameters<typeof FileStore>[0] & { firstBytes?: FirstBytesCheck };

/**
 * The tus file store, hashing bytes as they are written so a finished upload needs no second read
 * of a 2 GB file. The running hash is only a cache: after a restart, or a PATCH that did not continue
 * exactly where the last one ended, or any write error, it is dropped and the file is hashed from disk.
 *
 * With `firstBytes`, the head of the upload is checked as soon as it has arrived — across PATCH
 * requests if the client sends tiny chunks — and a rejection stops the write with that error
 * instead of letting a wrong-format video run to its last byte.
 */
export class HashingFileStore extends FileStore {
  private readonly running = new Map<string, RunningHash>();
  private readonly firstBytes?: FirstBytesCheck;

  constructor({ firstBytes, ...options }: StoreOptions) {
    super(options);
    this.firstBytes = firstBytes;
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    let refusal: unknown;
    let source = readable;
    const firstBytes = this.firstBytes;
    if (firstBytes && offset < firstBytes.length) {
      const upload = await this.getUpload(id);
      const wanted = Math.min(firstBytes.length, upload.size ?? firstBytes.length);
      const inspector = this.headInspector(
        id,
        offset,
        (head) => firstBytes.check(id, head.subarray(0, wanted)),
        wanted,
        (error) => (refusal = error),
      );
      source = pipeline(source, inspector, () => undefined);
    }
    const hashing = this.hashingTap(id, offset);
    if (hashing) source = pipeline(source, hashing.tap, () => undefined);
    try {
      const newOffset = await super.write(source, id, offset);
      hashing?.keepIf(newOffset);
      return newOffset;
    } catch (error) {
      // The file store reports every stream error as a write error: give the refusal back instead.
      throw refusal ?? error;
    }
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

  /** Removes every trace of an upload — partial file, JSON sidecar, running hash — if any is left. */
  async discard(id: string): Promise<void> {
    this.running.delete(id);
    const path = join(this.directory, id);
    await rm(path, { force: true });
    await rm(`${path}.json`, { force: true });
  }

  private hashingTap(
    id: string,
    offset: number,
  ): { tap: Transform; keepIf(newOffset: number): void } | null {
    let state = this.running.get(id);
    if (offset === 0) state = { hash: createHash('sha256'), offset: 0, touchedAt: Date.now() };
    else if (!state || state.offset !== offset) state = undefined;
    this.running.delete(id);
    if (!state) return null;

    const running = state;
    let hashed = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        running.hash.update(chunk);
        hashed += chunk.length;
        done(null, chunk);
      },
    });
    return {
      tap,
      // Keep the hash only if exactly the hashed bytes reached the file.
      keepIf: (newOffset) => {
        if (newOffset !== offset + hashed) return;
        running.offset = newOffset;
        running.touchedAt = Date.now();
        this.running.set(id, running);
      },
    };
  }

  /** Passes bytes through, holding the one that completes the head until the check has passed. */
  private headInspector(
    id: string,
    offset: number,
    check: (head: Buffer) => Promise<void>,
    wanted: number,
    refuse: (error: unknown) => void,
  ): Transform {
    const path = join(this.directory, id);
    const pieces: Buffer[] = [];
    let have = offset;
    let checked = false;
    const inspect = async (): Promise<void> => {
      checked = true;
      // Bytes of earlier requests are on disk already.
      const earlier = offset > 0 ? await readStart(path, offset) : Buffer.alloc(0);
      await check(Buffer.concat([earlier, ...pieces]));
    };
    return new Transform({
      transform(chunk: Buffer, _encoding, done) {
        if (checked) return done(null, chunk);
        pieces.push(chunk);
        have += chunk.length;
        if (have < wanted) return done(null, chunk);
        inspect().then(
          () => done(null, chunk),
          (error: unknown) => {
            refuse(error);
            done(error as Error);
          },
        );
      },
    });
  }
}

async function readStart(path: string, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(length), 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
