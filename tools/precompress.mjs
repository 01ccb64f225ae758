// Writes a brotli (.br) and a gzip (.gz) copy beside every text asset of the web build, at build
// time and at the highest levels, so the server sends compressed bytes without compressing them on
// each request. A copy that would not be smaller than the file is not written.
// Usage: node tools/precompress.mjs [dist/web/browser]
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.webmanifest',
  '.ico',
]);
/** Below this the headers cost more than the bytes saved. */
const MIN_BYTES = 1024;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

async function precompress(root) {
  let written = 0;
  let before = 0;
  let after = 0;
  for await (const path of files(root)) {
    if (path.endsWith('.br') || path.endsWith('.gz')) continue;
    if (!COMPRESSIBLE.has(extname(path).toLowerCase())) continue;
    const bytes = await readFile(path);
    // A copy left from an earlier build of another file of the same name must not survive.
    for (const suffix of ['.br', '.gz']) await unlink(path + suffix).catch(() => undefined);
    if (bytes.length < MIN_BYTES) continue;
    const copies = {
      '.br': brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
      '.gz': gzipSync(bytes, { level: 9 }),
    };
    before += bytes.length;
    for (const [suffix, copy] of Object.entries(copies)) {
      if (copy.length >= bytes.length) continue;
      await writeFile(path + suffix, copy);
      written++;
      if (suffix === '.br') after += copy.length;
    }
  }
  return { written, before, after };
}

const root = resolve(process.argv[2] ?? 'dist/web/browser');
if (!(await stat(root).catch(() => null))?.isDirectory()) {
  process.stderr.write(`precompress: no folder ${root}\n`);
  process.exit(1);
}
const { written, before, after } = await precompress(root);
process.stdout.write(
  `precompress: ${written} copies in ${root} (${Math.round(before / 1024)} KiB of text, ${Math.round(after / 1024)} KiB as brotli)\n`,
);
