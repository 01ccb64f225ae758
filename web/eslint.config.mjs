import nx from '@nx/eslint-plugin';
import baseConfig from '../eslint.config.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'pa',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'pa',
          style: 'kebab-case',
        },
      ],
      // Every component is OnPush and signal-driven (zoneless); lint keeps it that way.
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/no-output-native': 'error',
    },
  },
  {
    // DTO classes (class-validator decorators) are the API's request validation; the web builds its
    // forms on the plain types of @press-award/contracts and the rules of @press-award/domain.
    // tools/boundaries plants a violation here to prove the rule bites.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@press-award/contracts/dto',
              message:
                'The web uses the types of @press-award/contracts and the rules of @press-award/domain, not the DTO classes of the API.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.html'],
    rules: {
      '@angular-eslint/template/prefer-control-flow': 'error',
      '@angular-eslint/template/button-has-type': 'error',
    },
  },
];
