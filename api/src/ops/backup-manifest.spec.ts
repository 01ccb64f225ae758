import { describe, expect, it } from '@jest/globals';
import {
  defaultBackupDir,
  foreignKeyOrder,
  integrityProblems,
  manifestProblems,
  migrationsToReplay,
  parseOptions,
  safeKey,
} from './backup-manifest';

describe('foreignKeyOrder', () => {
  it('should put every table after the tables it references, ties alphabetical', () => {
    expect(
      foreignKeyOrder(
        ['entry_files', 'entries', 'awards', 'users', 'audit_log'],
        [
          { from: 'entries', to: 'awards' },
          { from: 'entries', to: 'users' },
          { from: 'entry_files', to: 'entries' },
        ],
      ),
    ).toEqual(['audit_log', 'awards', 'users', 'entries', 'entry_files']);
  });

  it('should ignore a table referencing itself and tables outside the list', () => {
    expect(
      foreignKeyOrder(
        ['categories', 'awards'],
        [
          { from: 'categories', to: 'categories' },
          { from: 'categories', to: 'awards' },
          { from: 'awards', to: 'pgboss_job' },
        ],
      ),
    ).toEqual(['awards', 'categories']);
  });

  it('should refuse a cycle between tables', () => {
    expect(() =>
      foreignKeyOrder(
        ['a', 'b', 'c'],
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
        ],
      ),
    ).toThrow(/cycle between a, b/);
  });
});

describe('migrationsToReplay', () => {
  const code = ['Foundation1', 'Entries2', 'Audit3'];
  it('should replay the backup migrations when they start the code list', () => {
    expect(migrationsToReplay(['Foundation1', 'Entries2'], code)).toEqual({ ok: true, count: 2 });
    expect(migrationsToReplay(code, code)).toEqual({ ok: true, count: 3 });
  });
  it('should refuse a backup from newer code or another branch', () => {
    expect(migrationsToReplay([...code, 'Later4'], code)).toMatchObject({ ok: false });
    expect(migrationsToReplay(['Foundation1', 'Other2'], code)).toEqual({
      ok: false,
      reason: "the backup's migration #2 is Other2, this code's is Entries2",
    });
  });
});

describe('integrityProblems', () => {
  it('should name each missing or changed file', () => {
    const expected = [
      { path: 'tables/a.copy', sha256: 'a'.repeat(64), bytes: 3 },
      { path: 'tables/b.copy', sha256: 'b'.repeat(64), bytes: 3 },
      { path: 'files/x', sha256: 'c'.repeat(64), bytes: 5 },
    ];
    const actual = new Map([
      ['tables/a.copy', { sha256: 'a'.repeat(64), bytes: 3 }],
      ['tables/b.copy', { sha256: 'f'.repeat(64), bytes: 3 }],
      ['files/x', null],
    ]);
    expect(integrityProblems(expected, actual)).toEqual([
      expect.stringMatching(/^tables\/b\.copy: sha256 ffffffffffff/),
      'files/x: missing',
    ]);
  });
});

describe('manifestProblems', () => {
  it('should refuse what is not a manifest of this format', () => {
    expect(manifestProblems(null)).toEqual(['manifest.json is not a JSON object']);
    expect(manifestProblems({ format: 'x', formatVersion: 9 })).toEqual(
      expect.arrayContaining(['not a press-award-backup manifest', 'no table list']),
    );
  });
  it('should refuse file names that leave the backup folder', () => {
    const manifest = {
      format: 'press-award-backup',
      formatVersion: 1,
      migrations: [{ timestamp: '1', name: 'A1' }],
      tables: [{ name: 'awards', file: '../awards.copy' }],
      sequences: [],
      storage: { driver: 'local', copied: true, files: [{ key: '../../etc/passwd' }] },
    };
    expect(manifestProblems(manifest)).toEqual([
      'unexpected table entry "awards"',
      'unsafe stored-file key "../../etc/passwd"',
    ]);
  });
  it('should accept keys with folders', () => {
    expect(safeKey('entries/abc/def-1')).toBe(true);
    expect(safeKey('entries//x')).toBe(false);
    expect(safeKey('/abs')).toBe(false);
  });
});

describe('parseOptions', () => {
  it('should read --name value and --name=value', () => {
    expect(parseOptions(['--from', 'b/1', '--data-dir=.data/new'], ['from', 'data-dir'])).toEqual({
      from: 'b/1',
      'data-dir': '.data/new',
    });
  });
  it('should refuse unknown options and missing values', () => {
    expect(() => parseOptions(['--form', 'x'], ['from'])).toThrow(/Unknown argument --form/);
    expect(() => parseOptions(['--from'], ['from'])).toThrow(/--from needs a value/);
  });
});

it('should name the default folder by time, without colons', () => {
  expect(defaultBackupDir(new Date('2026-12-04T19:25:14.123Z'))).toBe(
    'backups/2026-12-04T19-25-14Z',
  );
});
