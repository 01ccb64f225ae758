import { builtinModules } from 'node:module';
import baseConfig from '../../eslint.config.mjs';

const PURE_RULES = 'libs/domain holds pure rules that run in the browser and the API alike';

export default [
  ...baseConfig,
  {
    // The web runs these rules in its forms, so they may not touch Node or a framework.
    // tools/boundaries plants violations here to prove the rule bites.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...builtinModules.map((name) => ({
              name,
              message: `${PURE_RULES}: no Node built-ins.`,
            })),
            {
              name: '@press-award/contracts/dto',
              message: `${PURE_RULES}: use the plain types of @press-award/contracts, not the DTO classes.`,
            },
          ],
          patterns: [
            { regex: '^node:', message: `${PURE_RULES}: no Node built-ins.` },
            {
              group: [
                '@nestjs/*',
                '@angular/*',
                'typeorm',
                'typeorm/*',
                'express',
                'pg',
                'rxjs',
                'rxjs/*',
                'class-validator',
                'class-transformer',
              ],
              message: `${PURE_RULES}: no framework, database or validation-decorator imports.`,
            },
          ],
        },
      ],
    },
  },
];
