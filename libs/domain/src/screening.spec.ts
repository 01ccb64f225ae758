import type { AwardRules } from '@press-award/contracts';
import {
  authorLimitIssues,
  countsTowardAuthorCap,
  isPossiblySameAuthor,
  isSameAuthor,
} from './eligibility';
import {
  ScreeningIndex,
  screeningFindings,
  SIMILAR_TITLE_THRESHOLD,
  titleSimilarity,
  type Finding,
  type ScreenedEntry,
} from './screening';

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

/**
 * The cross-entry findings by their definition, every entry against every other (what
 * `screeningFindings` did before the index): the index must find exactly the same.
 */
function pairwiseFindings(
  subject: ScreenedEntry,
  max: number,
  others: readonly ScreenedEntry[],
): Finding[] {
  const findings: Finding[] = [];
  const earlier = others.filter(
    (other) =>
      other.id !== subject.id &&
      countsTowardAuthorCap(other.status) &&
      other.submittedAt &&
      subject.submittedAt &&
      other.submittedAt < subject.submittedAt,
  );
  const flagged = authorLimitIssues(subject.authors, earlier, max).map(
    (issue) => subject.authors[Number(issue.path.split('.')[1])] as ScreenedEntry['authors'][0],
  );
  if (flagged.length)
    findings.push({
      code: 'AUTHOR_ENTRY_LIMIT_REACHED',
      params: { max },
      relatedEntryIds: earlier
        .filter((other) =>
          other.authors.some((candidate) =>
            flagged.some((author) => isSameAuthor(author, candidate)),
          ),
        )
        .map((other) => other.id),
    });
  const possible = new Set<string>();
  for (const author of subject.authors) {
    const certain = earlier.filter((other) =>
      other.authors.some((candidate) => isSameAuthor(author, candidate)),
    );
    if (certain.length >= max) continue;
    const nameOnly = earlier.filter(
      (other) =>
        !certain.includes(other) &&
        other.authors.some((candidate) => isPossiblySameAuthor(author, candidate)),
    );
    if (nameOnly.length && certain.length + nameOnly.length >= max)
      nameOnly.forEach((other) => possible.add(other.id));
  }
  if (possible.size)
    findings.push({
      code: 'POSSIBLY_SAME_AUTHOR',
      params: { max },
      relatedEntryIds: earlier.filter((other) => possible.has(other.id)).map((other) => other.id),
    });
  const hashes = new Set(subject.files.map((file) => file.sha256));
  const sameFile = others.filter(
    (other) => other.id !== subject.id && other.files.some((file) => hashes.has(file.sha256)),
  );
  if (sameFile.length)
    findings.push({ code: 'DUPLICATE_FILE', relatedEntryIds: sameFile.map((other) => other.id) });
  const similar = others.filter(
    (other) =>
      other.id !== subject.id &&
      titleSimilarity(subject.title, other.title) >= SIMILAR_TITLE_THRESHOLD,
  );
  if (similar.length)
    findings.push({ code: 'SIMILAR_TITLE', relatedEntryIds: similar.map((other) => other.id) });
  return findings;
}

describe(ScreeningIndex.name, () => {
  it('should find what comparing every pair finds, in the same order', () => {
    // A small world where names, birth dates, accounts, files and titles collide often.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const names = ['Nguyễn Văn An', 'nguyen van an', 'Trần Thị Bình', 'Lê Hoàng', 'Phạm Đức'];
    const titles = [
      'Đảng bộ xã vùng cao đổi mới',
      'Dang bo xa vung cao doi moi!',
      'Đảng bộ xã vùng cao đổi mới nay',
      'Chuyển đổi số trong sinh hoạt chi bộ',
      'Chuyển đổi số trong sinh hoạt chi bộ ở cơ sở',
      '',
      '!!!',
    ];
    const statuses = [
      'submitted',
      'eligible',
      'withdrawn',
      'needs_revision',
      'ineligible',
    ] as const;
    const world = Array.from({ length: 160 }, (_, n) =>
      entry({
        id: `w${random(150)}`,
        title: titles[random(titles.length)] as string,
        authors: Array.from({ length: 1 + random(3) }, () => ({
          fullName: names[random(names.length)] as string,
          dateOfBirth: random(3) ? `198${random(3)}-01-01` : null,
          userId: random(3) ? null : `u${random(4)}`,
        })),
        files: [{ kind: 'work', partIndex: 0, sha256: `sha-${random(40)}` }],
        submittedAt: random(10) ? new Date(2020, 10, 1 + random(20), n % 24) : null,
        status: statuses[random(statuses.length)],
      }),
    );
    const index = new ScreeningIndex(world);
    let found = 0;
    for (const max of [1, 2, 3])
      for (const subject of world) {
        const expected = pairwiseFindings(subject, max, world);
        const actual = screeningFindings(subject, { ...rules, maxEntriesPerAuthor: max }, index);
        expect(actual).toEqual(expected);
        found += expected.length;
      }
    expect(found).toBeGreaterThan(300);
  });
});
