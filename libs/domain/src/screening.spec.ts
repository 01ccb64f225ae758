import type { AwardRules } from '@press-award/contracts';
import { screeningFindings, titleSimilarity, type ScreenedEntry } from './screening';

const rules: AwardRules = {
  publicationFrom: '2019-11-01',
  publicationTo: '2020-10-31',
  submissionDeadline: '2020-11-10T17:00:00+07:00',
  maxEntriesPerAuthor: 1,
  maxCoAuthors: 3,
  maxSeriesParts: 3,
  languages: ['vi'],
  files: {},
};

let sequence = 0;
const entry = (overrides: Partial<ScreenedEntry> = {}): ScreenedEntry => ({
  id: `e${++sequence}`,
  title: `Tác phẩm số ${sequence}`,
  language: 'vi',
  parts: [{ publishedAt: '2020-05-19' }],
  authors: [{ fullName: `Tác giả ${sequence}`, dateOfBirth: '1980-01-01' }],
  files: [{ kind: 'work', partIndex: 0, sha256: `hash-${sequence}` }],
  submittedAt: new Date(2020, 10, sequence),
  status: 'submitted',
  ...overrides,
});
const codes = (findings: { code: string }[]) => findings.map((finding) => finding.code);

describe(titleSimilarity.name, () => {
  it('should see the same title through diacritics, case and punctuation', () => {
    expect(titleSimilarity('Đảng bộ xã vùng cao', 'DANG BO XA VUNG CAO!')).toBe(1);
    expect(
      titleSimilarity(
        'Đảng bộ xã vùng cao và cuộc chiến với đói nghèo',
        'Đảng bộ xã vùng cao và cuộc chiến với đói nghèo (kỳ 1)',
      ),
    ).toBeGreaterThan(0.9);
    expect(
      titleSimilarity('Đảng bộ xã vùng cao', 'Học tập và làm theo tấm gương Bác Hồ'),
    ).toBeLessThan(0.5);
    expect(titleSimilarity('', 'x')).toBe(0);
  });
});

describe(screeningFindings.name, () => {
  it('should find nothing in a clean entry', () => {
    expect(screeningFindings(entry(), rules, [entry(), entry()])).toEqual([]);
  });

  it('should flag a part outside the window, missing work and translation, and caps', () => {
    const findings = screeningFindings(
      entry({
        language: 'km',
        parts: [
          { publishedAt: '2019-01-01' },
          { publishedAt: '2020-01-01' },
          { publishedAt: '2020-02-01' },
          { publishedAt: '2020-03-01' },
        ],
        files: [],
        authors: [1, 2, 3, 4].map((n) => ({ fullName: `A ${n}` })),
      }),
      rules,
      [],
    );
    expect(codes(findings)).toEqual([
      'PUBLICATION_OUTSIDE_WINDOW',
      'TOO_MANY_PARTS',
      'TOO_MANY_AUTHORS',
      'WORK_FILE_REQUIRED',
      'TRANSLATION_REQUIRED',
    ]);
    expect(findings[0]!.params).toMatchObject({ parts: 1 });
  });

  it('should flag the later of two entries by one author over the cap, not the earlier', () => {
    const author = { fullName: 'Trương Minh Đức', dateOfBirth: '1990-02-03' };
    const first = entry({ authors: [author], submittedAt: new Date('2020-11-01T00:00:00Z') });
    const second = entry({
      authors: [{ fullName: 'truong minh duc', dateOfBirth: '1990-02-03' }],
      submittedAt: new Date('2020-11-02T00:00:00Z'),
    });
    expect(codes(screeningFindings(first, rules, [first, second]))).toEqual([]);
    const findings = screeningFindings(second, rules, [first, second]);
    expect(findings).toEqual([
      { code: 'AUTHOR_ENTRY_LIMIT_REACHED', params: { max: 1 }, relatedEntryIds: [first.id] },
    ]);
  });

  it('should point at entries sharing a file or a near-identical title', () => {
    const original = entry({
      title: 'Chuyện những đảng viên cắm bản',
      files: [{ kind: 'work', partIndex: 0, sha256: 'same' }],
    });
    const copy = entry({
      title: 'Chuyen nhung dang vien cam ban',
      files: [{ kind: 'work', partIndex: 0, sha256: 'same' }],
    });
    expect(screeningFindings(copy, rules, [original, copy])).toEqual([
      { code: 'DUPLICATE_FILE', relatedEntryIds: [original.id] },
      { code: 'SIMILAR_TITLE', relatedEntryIds: [original.id] },
    ]);
  });

  it('should count earlier entries that are eligible or sent back for revision, not ineligible ones', () => {
    const author = { fullName: 'Trương Minh Đức', dateOfBirth: '1990-02-03' };
    const later = entry({ authors: [author], submittedAt: new Date('2020-11-05T00:00:00Z') });
    for (const status of ['eligible', 'needs_revision'] as const) {
      const earlier = entry({
        authors: [author],
        status,
        submittedAt: new Date('2020-11-01T00:00:00Z'),
      });
      expect(screeningFindings(later, rules, [earlier, later])).toEqual([
        { code: 'AUTHOR_ENTRY_LIMIT_REACHED', params: { max: 1 }, relatedEntryIds: [earlier.id] },
      ]);
    }
    const refused = entry({
      authors: [author],
      status: 'ineligible',
      submittedAt: new Date('2020-11-01T00:00:00Z'),
    });
    expect(screeningFindings(later, rules, [refused, later])).toEqual([]);
  });

  it('should flag a name-only match that would reach the cap as possibly the same author', () => {
    const earlier = entry({
      authors: [{ fullName: 'Nguyễn Văn An', dateOfBirth: null }],
      submittedAt: new Date('2020-11-01T00:00:00Z'),
    });
    const differentBirth = entry({
      authors: [{ fullName: 'Nguyễn Văn An', dateOfBirth: '1975-06-01' }],
      submittedAt: new Date('2020-11-02T00:00:00Z'),
    });
    const later = entry({
      authors: [{ fullName: 'nguyen van an', dateOfBirth: '1980-01-01' }],
      submittedAt: new Date('2020-11-03T00:00:00Z'),
    });
    const others = [earlier, differentBirth, later];
    expect(screeningFindings(later, rules, others)).toEqual([
      {
        code: 'POSSIBLY_SAME_AUTHOR',
        params: { max: 1 },
        relatedEntryIds: [earlier.id, differentBirth.id],
      },
    ]);
    // The earliest is within the cap whoever the author is; a withdrawn-or-refused match is no match.
    expect(screeningFindings(earlier, rules, others)).toEqual([]);
    expect(
      screeningFindings(later, rules, [
        { ...earlier, status: 'ineligible' },
        { ...differentBirth, status: 'withdrawn' },
        later,
      ]),
    ).toEqual([]);
  });

  it('should not flag a name-only match that stays within the cap, nor repeat a certain match', () => {
    const earlier = entry({
      authors: [{ fullName: 'Nguyễn Văn An', dateOfBirth: '1975-06-01' }],
      submittedAt: new Date('2020-11-01T00:00:00Z'),
    });
    const later = entry({
      authors: [{ fullName: 'Nguyễn Văn An', dateOfBirth: '1980-01-01' }],
      submittedAt: new Date('2020-11-02T00:00:00Z'),
    });
    expect(
      screeningFindings(later, { ...rules, maxEntriesPerAuthor: 2 }, [earlier, later]),
    ).toEqual([]);
    const sameAccount = entry({
      authors: [{ fullName: 'Nguyễn Văn An', userId: 'u1' }],
      submittedAt: new Date('2020-11-03T00:00:00Z'),
    });
    const again = entry({
      authors: [{ fullName: 'Nguyễn Văn An', userId: 'u1', dateOfBirth: '1975-06-01' }],
      submittedAt: new Date('2020-11-04T00:00:00Z'),
    });
    // `again` is surely the author of `earlier` (birth date) and of `sameAccount` (account): the cap says it all.
    expect(
      codes(
        screeningFindings(again, { ...rules, maxEntriesPerAuthor: 2 }, [
          earlier,
          sameAccount,
          again,
        ]),
      ),
    ).toEqual(['AUTHOR_ENTRY_LIMIT_REACHED']);
    // One certain and one name-only match reach a cap of 2 only if they are the same person.
    const other = entry({
      authors: [{ fullName: 'Nguyễn Văn An', dateOfBirth: '1990-09-09' }],
      submittedAt: new Date('2020-11-03T00:00:00Z'),
    });
    expect(
      screeningFindings(again, { ...rules, maxEntriesPerAuthor: 2 }, [earlier, other, again]),
    ).toEqual([{ code: 'POSSIBLY_SAME_AUTHOR', params: { max: 2 }, relatedEntryIds: [other.id] }]);
  });
});
