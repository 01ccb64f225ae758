/**
 * NestJS 12 ships as ES modules only, so the API's Jest runs in native ESM mode
 * (NODE_OPTIONS=--experimental-vm-modules, set by the Nx targets) with ts-jest's ESM transform.
 */
const { join } = require('node:path');
const root = join(__dirname, '..');

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: join(__dirname, 'tsconfig.spec.json'), useESM: true }],
  },
  moduleNameMapper: {
    '^@press-award/contracts/dto$': join(root, 'libs/contracts/src/dto/index.ts'),
    '^@press-award/contracts$': join(root, 'libs/contracts/src/index.ts'),
    '^@press-award/domain$': join(root, 'libs/domain/src/index.ts'),
  },
};
