import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The project runs and is tested on the Node of its `node` devDependency (24 LTS), whatever the
 * system's Node is: npm puts node_modules/.bin first on the PATH of every script it runs.
 */
describe('runtime', () => {
  it('is the Node major the package declares', () => {
    const manifest = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as {
      engines: { node: string };
      devDependencies: Record<string, string>;
    };
    const declared = /\d+/.exec(manifest.devDependencies['node'] ?? '')?.[0];
    expect(declared).toBe('24');
    expect(manifest.engines.node).toContain(`>=${declared}`);
    expect(process.versions.node.split('.')[0]).toBe(declared);
  });

  /**
   * Node 24.16 to 24.21 corrupt the heap when an unaligned buffer of Latin-1-range UTF-16 is decoded
   * (`buf.subarray(1).toString('utf16le')`, which the judges' leak search does on every file): the
   * process aborts later with "double free or corruption". The pinned 24.15.0 does not. This guards
   * any bump of the `node` devDependency.
   */
  it('decodes unaligned UTF-16 without corrupting its heap', () => {
    const script = `
      for (let round = 0; round < 5; round++)
        for (const n of [9, 1001, 2_000_001])
          for (const offset of [0, 1]) {
            const bytes = Buffer.alloc(n + 4);
            for (let i = 0; i < bytes.length; i += 2) bytes[i] = 0x41;
            bytes.subarray(offset, offset + n).toString('utf16le');
          }
      globalThis.gc();
      process.stdout.write('done');`;
    const run = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
    expect({ status: run.status, signal: run.signal, stdout: run.stdout }).toEqual({
      status: 0,
      signal: null,
      stdout: 'done',
    });
  });
});
