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
  ...overrides,
});
const codes = (findings: { code: string }[]) => findings.map((finding) => finding.code);

describe(titleSimilarity.name, () => {
  it('should see the same title through diacritics, case and punctuation', () => {
    expect(titleSimilarity('Đảng bộ xã vùng cao', 'DANG BO XA VUNG CAO!')).toBe(1);
    expect(titleSimilarity('Đảng bộ xã vùng cao và cuộc chiến với đói nghèo', 'Đảng bộ xã vùng cao và cuộc chiến với đói nghèo (kỳ 1)')).toBeGreaterThan(0.9);
    expect(titleSimilarity('Đảng bộ xã vùng cao', 'Học tập và làm theo tấm gương Bác Hồ')).toBeLessThan(0.5);
    expect(titleSimilarity('', 'x')).toBe(0);
  });
});

describe(screeningFindings.name, () => {
  it('should find nothing in a clean entry', () => {
    expect(screeningFindings(entry(), rules, [entry(), entry()])).toEqual([]);
  });

  it('should flag a part outside the window, missing work and translation, and caps', () => {
    const findings = screeningFindings(
      entry({ language: 'km', parts: [{ publishedAt: '2019-01-01' }, { publishedAt: '2020-01-01' }, { publishedAt: '2020-02-01' }, { publishedAt: '2020-03-01' }], files: [], authors: [1, 2, 3, 4].map((n) => ({ fullName: `A ${n}` })) }),
      rules,
      [],
    );
    expect(codes(findings)).toEqual(['PUBLICATION_OUTSIDE_WINDOW', 'TOO_MANY_PARTS', 'TOO_MANY_AUTHORS', 'WORK_FILE_REQUIRED', 'TRANSLATION_REQUIRED']);
    expect(findings[0]!.params).toMatchObject({ parts: 1 });
  });

  it('should flag the later of two entries by one author over the cap, not the earlier', () => {
    const author = { fullName: 'Trương Minh Đức', dateOfBirth: '1990-02-03' };
    const first = entry({ authors: [author], submittedAt: new Date('2020-11-01T00:00:00Z') });
    const second = entry({ authors: [{ fullName: 'truong minh duc', dateOfBirth: '1990-02-03' }], submittedAt: new Date('2020-11-02T00:00:00Z') });
    expect(codes(screeningFindings(first, rules, [first, second]))).toEqual([]);
    const findings = screeningFindings(second, rules, [first, second]);
    expect(findings).toEqual([{ code: 'AUTHOR_ENTRY_LIMIT_REACHED', params: { max: 1 }, relatedEntryIds: [first.id] }]);
  });

  it('should point at entries sharing a file or a near-identical title', () => {
    const original = entry({ title: 'Chuyện những đảng viên cắm bản', files: [{ kind: 'work', partIndex: 0, sha256: 'same' }] });
    const copy = entry({ title: 'Chuyen nhung dang vien cam ban', files: [{ kind: 'work', partIndex: 0, sha256: 'same' }] });
    expect(screeningFindings(copy, rules, [original, copy])).toEqual([
      { code: 'DUPLICATE_FILE', relatedEntryIds: [original.id] },
      { code: 'SIMILAR_TITLE', relatedEntryIds: [original.id] },
    ]);
  });
});
