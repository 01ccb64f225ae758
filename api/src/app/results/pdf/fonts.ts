import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * Noto Serif: full Vietnamese coverage (every tone mark on every vowel), OFL-licensed, and the formal
 * look of printed results lists and certificates. (Noto Sans sits in the same folder, unused so far:
 * every face embedded costs each document a font parse.)
 */
export const FONT_FILES = {
  serif: 'NotoSerif-Regular.ttf',
  serifBold: 'NotoSerif-Bold.ttf',
  serifItalic: 'NotoSerif-Italic.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;
export type FontBytes = Readonly<Record<FontName, Uint8Array>>;

/**
 * Where the fonts may be, most specific first. The built server (`node dist/api/main.js`, from any
 * working directory) finds them beside its bundle, where webpack copies `api/src/assets`; Jest runs the
 * sources as ES modules, where `__dirname` does not exist, so the working directory and its parents are
 * searched for the source folder (and, last, a build).
 */
export function fontFolderCandidates(cwd: string, moduleDir: string | undefined): string[] {
  const candidates: string[] = [];
  if (moduleDir) {
    candidates.push(join(moduleDir, 'assets', 'fonts'));
    // Compiled beside the sources (ts-node, tsc): api/src/app/results/pdf → api/src/assets/fonts.
    candidates.push(resolve(moduleDir, '..', '..', '..', 'assets', 'fonts'));
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    candidates.push(
      join(dir, 'api', 'src', 'assets', 'fonts'),
      join(dir, 'src', 'assets', 'fonts'),
      join(dir, 'dist', 'api', 'assets', 'fonts'),
    );
    if (dirname(dir) === dir) break;
  }
  return [...new Set(candidates)];
}

/** The first folder that holds every font file; otherwise an error naming each folder searched. */
export function findFontFolder(
  candidates: string[],
  exists: (path: string) => boolean = existsSync,
): string {
  const found = candidates.find((folder) =>
    Object.values(FONT_FILES).every((file) => exists(join(folder, file))),
  );
  if (found) return found;
  throw new Error(
    `PDF fonts not found: none of these folders holds ${Object.values(FONT_FILES).join(', ')}:\n  ${candidates.join('\n  ')}\n` +
      'Build the API (webpack copies api/src/assets to dist/api/assets) or run it from the repository root.',
  );
}

let cached: Promise<FontBytes> | undefined;

/** Reads the fonts once per process; a failed read is not cached, so fixing the files needs no restart. */
export function loadFonts(): Promise<FontBytes> {
  cached ??= readFonts().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function readFonts(): Promise<FontBytes> {
  const folder = findFontFolder(
    fontFolderCandidates(process.cwd(), typeof __dirname === 'string' ? __dirname : undefined),
  );
  const entries = await Promise.all(
    Object.entries(FONT_FILES).map(
      async ([name, file]) => [name, new Uint8Array(await readFile(join(folder, file)))] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<FontName, Uint8Array>;
}
