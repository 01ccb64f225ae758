import type { AwardRules } from '@press-award/contracts';
import {
  authorBirthDateIssues,
  authorLimitIssues,
  countsTowardAuthorCap,
  draftIssues,
  isPossiblySameAuthor,
  isSameAuthor,
  submissionFileIssues,
  submissionWindowIssues,
  type EntryDraft,
} from './eligibility';
import { normalizePersonName } from './person-name';

const rules: AwardRules = {
  publicationFrom: '2019-11-01',
  publicationTo: '2020-10-31',
  submissionDeadline: '2020-11-10T17:00:00+07:00',
  maxEntriesPerAuthor: 1,
  maxCoAuthors: 2,
  maxSeriesParts: 2,
  languages: ['vi', 'km'],
  files: {},
};

const entry = (overrides: Partial<EntryDraft> = {}): EntryDraft => ({
  language: 'vi',
  parts: [{ title: 'Kỳ 1', outlet: 'Báo Bình Định', publishedAt: '2020-05-19' }],
  authors: [{ fullName: 'Đặng Thị Hồng Nhung', dateOfBirth: '1985-03-08' }],
  priorAwards: [],
  topicPrizes: [],
  ...overrides,
});
const codes = (issues: { path: string; code: string }[]) =>
  issues.map((issue) => `${issue.path}:${issue.code}`);

describe(normalizePersonName.name, () => {
  it('should compare names without diacritics, case or spacing, reading Đ as D', () => {
    expect(normalizePersonName('  Nguyễn Văn  Đức ')).toBe('nguyen van duc');
    expect(normalizePersonName('NGUYỄN VĂN ĐỨC')).toBe(normalizePersonName('nguyen van duc'));
    expect(normalizePersonName('Nguyễn Văn Đức'.normalize('NFD'))).toBe('nguyen van duc');
  });
});

describe(submissionWindowIssues.name, () => {
  it('should accept up to the deadline second in Vietnam time and refuse after it', () => {
    expect(submissionWindowIssues('open', rules, new Date('2020-11-10T10:00:00Z'))).toEqual([]);
    expect(
      codes(submissionWindowIssues('open', rules, new Date('2020-11-10T10:00:00.001Z'))),
    ).toEqual([':SUBMISSION_DEADLINE_PASSED']);
  });

  it('should refuse when the award is not open', () => {
    expect(
      codes(submissionWindowIssues('closed', rules, new Date('2020-01-01T00:00:00Z'))),
    ).toEqual([':AWARD_NOT_OPEN']);
  });
});

describe(draftIssues.name, () => {
  it('should accept a plain entry', () => {
    expect(draftIssues(entry(), rules, [])).toEqual([]);
  });

  it('should refuse publication dates outside the window, inclusive bounds', () => {
    const parts = ['2019-10-31', '2019-11-01', '2020-10-31', '2020-11-01'].map((publishedAt) => ({
      title: 'x',
      outlet: 'y',
      publishedAt,
    }));
    expect(codes(draftIssues(entry({ parts: [parts[0]!, parts[1]!] }), rules, []))).toEqual([
      'parts.0.publishedAt:PUBLICATION_OUTSIDE_WINDOW',
    ]);
    expect(codes(draftIssues(entry({ parts: [parts[2]!, parts[3]!] }), rules, []))).toEqual([
      'parts.1.publishedAt:PUBLICATION_OUTSIDE_WINDOW',
    ]);
  });

  it('should refuse more parts or authors than the award allows', () => {
    const part = { title: 'Kỳ', outlet: 'Báo', publishedAt: '2020-01-01' };
    const issues = draftIssues(
      entry({
        parts: [part, part, part],
        authors: [{ fullName: 'A' }, { fullName: 'B' }, { fullName: 'C' }],
      }),
      rules,
      [],
    );
    expect(codes(issues)).toEqual(['parts:TOO_MANY_PARTS', 'authors:TOO_MANY_AUTHORS']);
    expect(issues[0]!.params).toEqual({ max: 2 });
  });

  it('should refuse a National Press Award winner but accept declared local prizes', () => {
    expect(
      codes(
        draftIssues(
          entry({ priorAwards: [{ kind: 'provincial', name: 'Giải báo chí tỉnh', year: 2020 }] }),
          rules,
          [],
        ),
      ),
    ).toEqual([]);
    expect(
      codes(
        draftIssues(
          entry({
            priorAwards: [
              { kind: 'national_press_award', name: 'Giải Báo chí Quốc gia', year: 2020 },
            ],
          }),
          rules,
          [],
        ),
      ),
    ).toEqual(['priorAwards.0.kind:NATIONAL_PRESS_AWARD_WINNER']);
  });

  it('should refuse languages and topic prizes the award does not have, and the same person twice', () => {
    const issues = draftIssues(
      entry({
        language: 'fr',
        topicPrizes: ['DAI_HOI', 'NOPE'],
        authors: [
          { fullName: 'Trương Minh Đức', dateOfBirth: '1990-01-01' },
          { fullName: 'truong minh duc', dateOfBirth: '1990-01-01' },
        ],
      }),
      rules,
      ['DAI_HOI'],
    );
    expect(codes(issues)).toEqual([
      'language:LANGUAGE_NOT_ALLOWED',
      'topicPrizes.1:UNKNOWN_TOPIC_PRIZE',
      'authors.1:DUPLICATE_AUTHOR',
    ]);
  });
});

describe(submissionFileIssues.name, () => {
  it('should require the work itself', () => {
    expect(
      codes(submissionFileIssues(entry(), [{ kind: 'script', partIndex: null }], false)),
    ).toEqual(['files:WORK_FILE_REQUIRED']);
    expect(submissionFileIssues(entry(), [{ kind: 'work', partIndex: 0 }], false)).toEqual([]);
  });

  it('should require a work file for each part of a series when asked', () => {
    const part = { title: 'Kỳ', outlet: 'Báo', publishedAt: '2020-01-01' };
    expect(
      codes(
        submissionFileIssues(
          entry({ parts: [part, part] }),
          [{ kind: 'work', partIndex: 0 }],
          true,
        ),
      ),
    ).toEqual(['parts.1:WORK_FILE_REQUIRED']);
    expect(
      submissionFileIssues(
        entry({ parts: [part, part] }),
        [{ kind: 'work', partIndex: null }],
        true,
      ),
    ).toEqual([]);
  });

  it('should require a Vietnamese translation for other languages', () => {
    expect(
      codes(
        submissionFileIssues(entry({ language: 'km' }), [{ kind: 'work', partIndex: 0 }], false),
      ),
    ).toEqual(['files:TRANSLATION_REQUIRED']);
    expect(
      submissionFileIssues(
        entry({ language: 'km' }),
        [
          { kind: 'work', partIndex: 0 },
          { kind: 'translation', partIndex: null },
        ],
        false,
      ),
    ).toEqual([]);
  });
});

describe(authorLimitIssues.name, () => {
  const nhung = { fullName: 'Đặng Thị Hồng Nhung', dateOfBirth: '1985-03-08' };

  it('should match authors by account, or by normalised name and birth date', () => {
    expect(isSameAuthor({ userId: 'u1', fullName: 'A' }, { userId: 'u1', fullName: 'B' })).toBe(
      true,
    );
    expect(
      isSameAuthor(nhung, { fullName: 'dang thi hong nhung', dateOfBirth: '1985-03-08' }),
    ).toBe(true);
    expect(
      isSameAuthor(nhung, { fullName: 'Đặng Thị Hồng Nhung', dateOfBirth: '1986-03-08' }),
    ).toBe(false);
    // A name alone is not enough: two reporters may share one.
    expect(isSameAuthor({ fullName: 'Nguyễn Văn An' }, { fullName: 'Nguyễn Văn An' })).toBe(false);
  });

  it('should refuse an author at the cap, whoever submitted the other entries', () => {
    const others = [
      {
        authors: [
          { fullName: 'DANG THI HONG NHUNG', dateOfBirth: '1985-03-08', userId: 'someone-else' },
        ],
      },
    ];
    expect(codes(authorLimitIssues([nhung], others, 1))).toEqual([
      'authors.0:AUTHOR_ENTRY_LIMIT_REACHED',
    ]);
    expect(authorLimitIssues([nhung], others, 2)).toEqual([]);
    expect(authorLimitIssues([nhung], [], 1)).toEqual([]);
  });
});

describe(countsTowardAuthorCap.name, () => {
  it('should count every entry the secretariat still handles or accepted, not drafts, withdrawn or ineligible ones', () => {
    expect(['submitted', 'eligible', 'needs_revision'].filter(countsTowardAuthorCap)).toEqual([
      'submitted',
      'eligible',
      'needs_revision',
    ]);
    expect(['draft', 'withdrawn', 'ineligible'].filter(countsTowardAuthorCap)).toEqual([]);
  });
});

describe(authorBirthDateIssues.name, () => {
  it('should ask for the birth date of every author, since every award caps works per author', () => {
    const authors = [
      { fullName: 'Đặng Thị Hồng Nhung', dateOfBirth: '1985-03-08' },
      { fullName: 'Trương Minh Đức' },
      { fullName: 'Lê Văn Tám', dateOfBirth: null },
    ];
    expect(codes(authorBirthDateIssues(authors))).toEqual([
      'authors.1.dateOfBirth:AUTHOR_BIRTH_DATE_REQUIRED',
      'authors.2.dateOfBirth:AUTHOR_BIRTH_DATE_REQUIRED',
    ]);
    expect(authorBirthDateIssues([authors[0]!])).toEqual([]);
  });

  it('should not ask it of a draft', () => {
    expect(draftIssues(entry({ authors: [{ fullName: 'Trương Minh Đức' }] }), rules, [])).toEqual(
      [],
    );
  });
});

describe(isPossiblySameAuthor.name, () => {
  const an = { fullName: 'Nguyễn Văn An', dateOfBirth: '1980-01-01' };

  it('should see the same name with a different or missing birth date as possibly the same person', () => {
    expect(isPossiblySameAuthor(an, { fullName: 'NGUYEN VAN AN', dateOfBirth: '1981-01-01' })).toBe(
      true,
    );
    expect(isPossiblySameAuthor(an, { fullName: 'nguyễn văn an' })).toBe(true);
    expect(isPossiblySameAuthor({ fullName: 'Nguyễn Văn An' }, { fullName: 'Nguyễn Văn An' })).toBe(
      true,
    );
  });

  it('should not call possible what is certain or what differs by name', () => {
    expect(isPossiblySameAuthor(an, { fullName: 'nguyen van an', dateOfBirth: '1980-01-01' })).toBe(
      false,
    );
    expect(
      isPossiblySameAuthor({ ...an, userId: 'u1' }, { fullName: 'Nguyễn Văn An', userId: 'u1' }),
    ).toBe(false);
    expect(
      isPossiblySameAuthor(an, { fullName: 'Nguyễn Văn Ân Hai', dateOfBirth: '1981-01-01' }),
    ).toBe(false);
    expect(isPossiblySameAuthor({ fullName: ' ' }, { fullName: '-' })).toBe(false);
  });
});
