import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface Planted {
  /** The project whose lint target would see the file (eslint runs from its folder). */
  project: string;
  /** Where the snippet pretends to live, from the repository root; it is never written to disk. */
  file: string;
  code: string;
}

interface Reported {
  ruleId: string | null;
  message: string;
  fatal: boolean;
}

const HELPER = join(__dirname, 'lint-planted.mjs');

/** The boundary rules' messages for each snippet, linted with the projects' real ESLint configs. */
function lint(snippets: Planted[]): Reported[][] {
  const output = execFileSync(process.execPath, [HELPER], {
    input: JSON.stringify(snippets),
    encoding: 'utf8',
  });
  return JSON.parse(output) as Reported[][];
}

const violations: Record<string, Planted & { rule: string }> = {
  'a domain rule importing node:fs': {
    project: 'libs/domain',
    file: 'libs/domain/src/planted-violation.ts',
    code: "import { readFileSync } from 'node:fs';\n\nexport const planted = readFileSync;\n",
    rule: 'no-restricted-imports',
  },
  'a domain rule importing a Node built-in without the node: prefix': {
    project: 'libs/domain',
    file: 'libs/domain/src/jury/planted-violation.ts',
    code: "import { createHash } from 'crypto';\n\nexport const planted = createHash;\n",
    rule: 'no-restricted-imports',
  },
  'a domain rule importing @nestjs/common': {
    project: 'libs/domain',
    file: 'libs/domain/src/planted-violation.ts',
    code: "import { Injectable } from '@nestjs/common';\n\nexport const planted = Injectable;\n",
    rule: 'no-restricted-imports',
  },
  'a web file importing @press-award/contracts/dto': {
    project: 'web',
    file: 'web/src/app/entries/planted-violation.ts',
    code: "import { EntryPartDto } from '@press-award/contracts/dto';\n\nexport const planted = EntryPartDto;\n",
    rule: 'no-restricted-imports',
  },
  'judge-facing code importing the Entry entity': {
    project: 'api',
    file: 'api/src/app/judging/planted-violation.ts',
    code: "import { Entry } from '../entries/entities/entry.entity';\n\nexport const planted = Entry;\n",
    rule: 'no-restricted-imports',
  },
  'judge-facing code importing the User entity': {
    project: 'api',
    file: 'api/src/app/judging/entities/planted-violation.ts',
    code: "import type { User } from '../../users/entities/user.entity';\n\nexport type Planted = User;\n",
    rule: 'no-restricted-imports',
  },
};

const allowed: Record<string, Planted> = {
  'the projection importing the Entry entity': {
    project: 'api',
    file: 'api/src/app/judging/projection/planted-clean.ts',
    code: "import { Entry } from '../../entries/entities/entry.entity';\n\nexport const planted = Entry;\n",
  },
  'a domain rule importing the contracts': {
    project: 'libs/domain',
    file: 'libs/domain/src/planted-clean.ts',
    code: "import type { MediaType } from '@press-award/contracts';\n\nexport type Planted = MediaType;\n",
  },
  'a web form using the contracts and the domain rules': {
    project: 'web',
    file: 'web/src/app/entries/planted-clean.ts',
    code: "import type { MediaType } from '@press-award/contracts';\nimport { draftIssues } from '@press-award/domain';\n\nexport type Planted = MediaType;\nexport const planted = draftIssues;\n",
  },
};

describe('module boundaries', () => {
  const violationNames = Object.keys(violations);
  const allowedNames = Object.keys(allowed);
  let reported: Map<string, Reported[]>;

  beforeAll(() => {
    const names = [...violationNames, ...allowedNames];
    const results = lint(names.map((name) => violations[name] ?? (allowed[name] as Planted)));
    reported = new Map(names.map((name, index) => [name, results[index] ?? []]));
  }, 60_000);

  it.each(violationNames)('should report %s', (name) => {
    const messages = reported.get(name) ?? [];
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(messages.map((message) => message.ruleId)).toContain(violations[name]?.rule);
  });

  it.each(allowedNames)('should allow %s', (name) => {
    expect(reported.get(name)).toEqual([]);
  });
});
