/**
 * The PDF worker's entry when the API runs from its TypeScript sources (Jest, ts-node). A worker
 * thread is a plain Node.js context: Jest's transform and module mapper do not reach it. So this shim
 * registers ts-node (transpile only, CommonJS: api/tsconfig.tools.json, as `npm run backup` does) and
 * the @press-award/* paths of tsconfig.base.json, then loads pdf-render.worker.ts. The built API
 * never uses it: webpack bundles the worker as dist/api/pdf-render.worker.js (api/webpack.config.js).
 * Only the PDF code is compiled here (no decorators, no NestJS), a second or so once per worker.
 */
const { join, resolve } = require('node:path');

const api = resolve(__dirname, '..', '..', '..', '..');
const root = resolve(api, '..');
require('ts-node').register({
  project: join(api, 'tsconfig.tools.json'),
  transpileOnly: true,
  compilerOptions: { module: 'commonjs', moduleResolution: 'node10' },
});
const { compilerOptions } = require(join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
require('./pdf-render.worker.ts');
