import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Upload } from '@tus/utils';
import { HashingFileStore } from './hashing-file-store';

const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

describe(HashingFileStore.name, () => {
  let dir: string;
  let store: HashingFileStore;
  const content = Buffer.from('Giải Búa liềm vàng – '.repeat(1000));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hashing-store-'));
    store = new HashingFileStore({ directory: dir });
    await store.create(new Upload({ id: 'u1', size: content.length, offset: 0 }));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('should hash an upload that arrives in order, across several PATCHes', async () => {
    const half = Math.floor(content.length / 2);
    expect(await store.write(Readable.from([content.subarray(0, half)]), 'u1', 0)).toBe(half);
    expect(await store.write(Readable.from([content.subarray(half)]), 'u1', half)).toBe(
      content.length,
    );
    expect(store.takeDigest('u1', content.length)).toBe(sha256(content));
    // Taken once: the cache is emptied.
    expect(store.takeDigest('u1', content.length)).toBeNull();
  });

  it('should give up (and let the caller read the file) when a PATCH does not continue where the last ended', async () => {
    await store.write(Readable.from([content.subarray(0, 100)]), 'u1', 0);
    // A restarted process, or a client that re-sent from an older offset.
    await store.write(Readable.from([content.subarray(50)]), 'u1', 50);
    expect(store.takeDigest('u1', content.length)).toBeNull();
  });

  it('should not offer a digest for an incomplete upload', async () => {
    await store.write(Readable.from([content.subarray(0, 100)]), 'u1', 0);
    expect(store.takeDigest('u1', content.length)).toBeNull();
  });

  it('should show the first bytes to the check once they are in, across PATCHes, and stop the write when it refuses', async () => {
    const seen: Buffer[] = [];
    const refusal = new Error('not a video');
    const checking = new HashingFileStore({
      directory: dir,
      firstBytes: { length: 1000, check: async (_id, head) => void seen.push(head) },
    });
    await checking.create(new Upload({ id: 'u2', size: content.length, offset: 0 }));
    expect(await checking.write(Readable.from([content.subarray(0, 300)]), 'u2', 0)).toBe(300);
    expect(seen).toEqual([]);
    expect(await checking.write(Readable.from([content.subarray(300, 2000)]), 'u2', 300)).toBe(
      2000,
    );
    expect(seen).toEqual([content.subarray(0, 1000)]);

    const refusing = new HashingFileStore({
      directory: dir,
      firstBytes: { length: 1000, check: () => Promise.reject(refusal) },
    });
    await refusing.create(new Upload({ id: 'u3', size: content.length, offset: 0 }));
    await expect(refusing.write(Readable.from([content]), 'u3', 0)).rejects.toBe(refusal);
    await refusing.discard('u3');
    expect((await readdir(dir)).sort()).toEqual(['u1', 'u1.json', 'u2', 'u2.json']);
  });
});
