import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** Packages that tie code to one side (server or browser) or to the database. */
const FRAMEWORKS = ['@nestjs/*', '@angular/*', 'typeorm', 'express', 'pg', 'rxjs'];

/**
 * Type-aware linting for every project. Module boundaries are real rules: web, api, e2e and tools
 * may use the two shared libs only; domain may use contracts; contracts use nothing of ours and
 * neither uses a framework. File-level walls live in the projects' own configs (api: judge-facing
 * code; libs/domain: no Node built-ins; web: no DTO classes); docs/architecture.md lists them all.
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/node_modules',
      '**/.angular',
      '**/test-results',
      '**/*.cjs',
      '**/*.mjs',
      '**/jest.config.cts',
      '**/webpack.config.js',
    ],
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
            {
              sourceTag: 'scope:tools',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'],
            },
            // Contracts are the vocabulary both sides share: they depend on nothing of ours.
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: [],
              bannedExternalImports: FRAMEWORKS,
            },
            // Domain rules speak the contracts' vocabulary; the web runs them too (docs/architecture.md).
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:contracts'],
              bannedExternalImports: [...FRAMEWORKS, 'class-validator', 'class-transformer'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/test/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
];
