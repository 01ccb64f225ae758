/**
 * Lets a ts-node script import the libraries by their aliases (@press-award/domain, …): the paths
 * of tsconfig.base.json, resolved from the repository root. Import it first.
 */
import { join } from 'node:path';
import { loadConfig, register } from 'tsconfig-paths';

const base = loadConfig(join(__dirname, '..', '..', 'tsconfig.base.json'));
if (base.resultType === 'success') register({ baseUrl: base.absoluteBaseUrl, paths: base.paths });
