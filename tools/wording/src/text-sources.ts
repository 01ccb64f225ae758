import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The repository root, whatever directory Jest was started from. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  'dist',
  '.angular',
  'test-results',
  'coverage',
]);
const TEST_FILE = /\.(spec|integration-spec|test)\.ts$/;

/** Repository-relative paths (with `/`) of the files under `directory` that `accept` keeps. */
export function filesUnder(directory: string, accept: (path: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (absolute: string): void => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(join(absolute, entry.name));
        continue;
      }
      const path = relative(REPO_ROOT, join(absolute, entry.name)).split(sep).join('/');
      if (accept(path)) found.push(path);
    }
  };
  walk(join(REPO_ROOT, directory));
  return found.sort();
}

/** Source files that ship (no tests), `.ts` and Angular templates. */
export function isShippedSource(path: string): boolean {
  return (path.endsWith('.ts') || path.endsWith('.html')) && !TEST_FILE.test(path);
}

/** A file's text in NFC, so a decomposed accent is compared like a composed one. */
export function readText(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8').normalize('NFC');
}

export interface Literal {
  text: string;
  line: number;
}

/**
 * The string literals of a TypeScript file ('…', "…", `…` without their `${…}` parts), skipping
 * comments: the words a user may read, not the ones a programmer wrote about them.
 */
export function stringLiterals(source: string): Literal[] {
  const literals: Literal[] = [];
  let line = 1;
  let index = 0;
  const advance = (): string => {
    const char = source[index++] ?? '';
    if (char === '\n') line++;
    return char;
  };
  const readQuoted = (quote: string): void => {
    const start = line;
    let text = '';
    while (index < source.length) {
      const char = advance();
      if (char === '\\') {
        text += advance();
      } else if (char === quote) {
        break;
      } else if (quote === '`' && char === '$' && source[index] === '{') {
        advance();
        literals.push({ text, line: start });
        text = '';
        skipExpression();
      } else {
        text += char;
      }
    }
    literals.push({ text, line: start });
  };
  const skipExpression = (): void => {
    let depth = 1;
    while (index < source.length && depth > 0) {
      const char = advance();
      if (char === '{') depth++;
      else if (char === '}') depth--;
      else if (char === "'" || char === '"' || char === '`') readQuoted(char);
    }
  };
  while (index < source.length) {
    const char = advance();
    if (char === '/' && source[index] === '/') {
      while (index < source.length && source[index] !== '\n') advance();
    } else if (char === '/' && source[index] === '*') {
      while (index < source.length && !(source[index] === '*' && source[index + 1] === '/'))
        advance();
      advance();
      advance();
    } else if (char === "'" || char === '"' || char === '`') {
      readQuoted(char);
    }
  }
  return literals.filter((literal) => literal.text.trim() !== '');
}
