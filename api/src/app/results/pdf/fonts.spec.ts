import { join, resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { FONT_FILES, findFontFolder, fontFolderCandidates } from './fonts';

describe(fontFolderCandidates.name, () => {
  it('should look beside the server bundle first, then from the working directory up to the root', () => {
    const candidates = fontFolderCandidates('/srv/app', '/srv/app/dist/api');
    expect(candidates[0]).toBe(join('/srv/app/dist/api', 'assets', 'fonts'));
    expect(candidates).toContain(resolve('/srv/app/api/src/assets/fonts'));
    expect(candidates).toContain(resolve('/srv/app/dist/api/assets/fonts'));
    expect(candidates).toContain(resolve('/api/src/assets/fonts'));
    expect(new Set(candidates).size).toBe(candidates.length);
  });

  it('should find the sources from the api folder when there is no module folder (ES modules under Jest)', () => {
    const candidates = fontFolderCandidates('/repo/api', undefined);
    expect(candidates[0]).toBe(resolve('/repo/api/api/src/assets/fonts'));
    expect(candidates[1]).toBe(resolve('/repo/api/src/assets/fonts'));
    expect(candidates).toContain(resolve('/repo/dist/api/assets/fonts'));
  });
});

describe(findFontFolder.name, () => {
  it('should take the first folder holding every font', () => {
    const present = new Set(
      Object.values(FONT_FILES).flatMap((file) => [join('/b', file), join('/c', file)]),
    );
    present.add(join('/a', FONT_FILES.serif));
    expect(findFontFolder(['/a', '/b', '/c'], (path) => present.has(path))).toBe('/b');
  });

  it('should name every folder searched when none has the fonts', () => {
    expect(() => findFontFolder(['/x/assets/fonts', '/y/src/assets/fonts'], () => false)).toThrow(
      /PDF fonts not found[\s\S]*\/x\/assets\/fonts[\s\S]*\/y\/src\/assets\/fonts/,
    );
  });
});
