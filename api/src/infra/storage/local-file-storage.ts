import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat, realpath } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStorage, type ByteRange } from './file-storage';

const KEY_PATTERN = /^[a-z0-9][a-z0-9/_-]{0,250}[a-z0-9]$/;

/** Files on local disk below the storage root; keys are server-generated and checked again here. */
export class LocalFileStorage extends FileStorage {
  readonly driver = 'local' as const;
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  /** The absolute path of a key, refusing anything that would leave the storage root. */
  async pathOf(key: string): Promise<string> {
    if (!KEY_PATTERN.test(key) || key.includes('..') || key.includes('//'))
      throw new Error(`Invalid storage key: ${key}`);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key escapes the root: ${key}`);
    // The real path of the deepest existing parent must also stay inside (no symlink escape).
    const realRoot = await realpath(this.root).catch(() => this.root);
    let parent = dirname(path);
    for (;;) {
      const real = await realpath(parent).catch(() => null);
      if (real !== null) {
        if (real !== realRoot && !real.startsWith(realRoot + sep))
          throw new Error(`Storage path escapes the root: ${key}`);
        break;
      }
      parent = dirname(parent);
    }
    return path;
  }

  async commit(tempPath: string, key: string): Promise<void> {
    const target = await this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    try {
      await rename(tempPath, target);
    } catch (error) {
      // A temp folder on another device: copy, then remove the temp file.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyFile(tempPath, target);
      await rm(tempPath, { force: true });
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    return createReadStream(
      await this.pathOf(key),
      range ? { start: range.start, end: range.end } : undefined,
    );
  }

  async remove(key: string): Promise<void> {
    await rm(await this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return stat(await this.pathOf(key)).then(
      (stats) => stats.isFile(),
      () => false,
    );
  }

  /** Where uploads are streamed before they are checked and committed. */
  tempDir(): string {
    return join(this.root, 'tmp');
  }
}
