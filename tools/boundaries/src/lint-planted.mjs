// Lints planted snippets with the real ESLint configs, the way each project's lint target does
// (eslint run from the project's folder). A separate process because ESLint loads its configs with
// import(), which Jest's module sandbox does not allow.
// stdin: [{ project, file, code }] (project and file relative to the repository root);
// stdout: for each snippet, the messages of the boundary rules.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';

/** The rules that draw the boundaries; they need no type information. */
const BOUNDARY_RULES = new Set(['no-restricted-imports', '@nx/enforce-module-boundaries']);

const root = resolve(import.meta.dirname, '..', '..', '..');
const snippets = JSON.parse(readFileSync(0, 'utf8'));
const linters = new Map();

function linterFor(project) {
  if (!linters.has(project)) {
    linters.set(
      project,
      new ESLint({
        cwd: join(root, project),
        // The planted files exist only in memory, so the type-aware parser cannot find them in a
        // tsconfig; the boundary rules read the import statements alone.
        overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
        ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId),
      }),
    );
  }
  return linters.get(project);
}

const results = [];
for (const { project, file, code } of snippets) {
  const [result] = await linterFor(project).lintText(code, { filePath: join(root, file) });
  results.push(
    result.messages.map(({ ruleId, message, fatal }) => ({
      ruleId,
      message,
      fatal: fatal === true,
    })),
  );
}
process.stdout.write(JSON.stringify(results));
