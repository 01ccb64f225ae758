import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The project runs and is tested on the Node of its `node` devDependency (24 LTS), whatever the
 * system's Node is: npm puts node_modules/.bin first on the PATH of every script it runs.
 */
describe('runtime', () => {
  it('is the Node major the package declares', () => {
    const manifest = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as {
      engines: { node: string };
      devDependencies: Record<string, string>;
    };
    const declared = /\d+/.exec(manifest.devDependencies['node'] ?? '')?.[0];
    expect(declared).toBe('24');
    expect(manifest.engines.node).toContain(`>=${declared}`);
    expect(process.versions.node.split('.')[0]).toBe(declared);
  });
});
