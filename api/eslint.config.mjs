import baseConfig from '../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The blind wall: judge-facing code reads only the judges' read model. The projection that fills
    // it (judging/projection/) is the one place allowed to read the identifying entities.
    // tools/boundaries plants a violation here to prove the rule bites.
    files: ['src/app/judging/**/*.ts'],
    ignores: ['src/app/judging/projection/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(entries|users)/entities(/|$)',
              message:
                'Judge-facing code reads the judging read model only; reading entries or users belongs in judging/projection/.',
            },
          ],
        },
      ],
    },
  },
];
