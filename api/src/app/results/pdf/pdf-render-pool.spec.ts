import { join, resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { pdfWorkerCandidates } from './pdf-render-pool';

describe('pdfWorkerCandidates', () => {
  it('looks beside the module first: the bundle (built), then the shim (ts-node)', () => {
    const candidates = pdfWorkerCandidates('/srv/app', '/srv/app/dist/api');
    expect(candidates.slice(0, 2)).toEqual([
      join('/srv/app/dist/api', 'pdf-render.worker.js'),
      join('/srv/app/dist/api', 'pdf-render-worker.cjs'),
    ]);
  });

  it('without __dirname (Jest, ES modules) searches the working directory and its parents', () => {
    const candidates = pdfWorkerCandidates(resolve('/work/repo/api'), undefined);
    expect(candidates).toContain(
      join(resolve('/work/repo'), 'api', 'src', 'app', 'results', 'pdf', 'pdf-render-worker.cjs'),
    );
    expect(candidates.at(-1)).toBe(
      join(resolve('/'), 'api', 'src', 'app', 'results', 'pdf', 'pdf-render-worker.cjs'),
    );
  });
});
