import { DEFAULT_FILE_RULES } from './media-files';
import {
  cleanTopicPrizeCondition,
  isCalendarDate,
  isDateTimeWithOffset,
  openingIssues,
  prizeTierIssues,
  startOfVietnamDay,
  topicPrizeIssues,
  validateAwardRules,
} from './award-rules';

const valid = {
  publicationFrom: '2019-11-01',
  publicationTo: '2020-10-31',
  submissionDeadline: '2020-11-10T17:00:00+07:00',
  maxEntriesPerAuthor: 2,
  maxCoAuthors: 5,
  maxSeriesParts: 5,
  languages: ['vi', 'km'],
  files: { print: DEFAULT_FILE_RULES.print },
};

const codes = (input: unknown) => {
  const result = validateAwardRules(input);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.code}`);
};

describe(validateAwardRules.name, () => {
  it('should accept the 2020 national rules and return a clean copy', () => {
    const result = validateAwardRules({ ...valid, languages: ['vi', 'vi', 'km'] });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.rules.languages).toEqual(['vi', 'km']);
      expect(result.rules).not.toBe(valid);
    }
  });

  it('should refuse a window that ends before it starts', () => {
    expect(
      codes({ ...valid, publicationFrom: '2020-10-31', publicationTo: '2019-11-01' }),
    ).toContain('publicationTo:PUBLICATION_WINDOW_INVERTED');
  });

  it('should accept a one-day window', () => {
    expect(codes({ ...valid, publicationFrom: '2020-10-31', publicationTo: '2020-10-31' })).toEqual(
      [],
    );
  });

  it('should refuse a deadline at or before the moment the window opens (Vietnam midnight)', () => {
    expect(codes({ ...valid, submissionDeadline: '2019-10-31T16:59:59Z' })).toEqual([
      'submissionDeadline:DEADLINE_BEFORE_WINDOW_OPENS',
    ]);
    expect(codes({ ...valid, submissionDeadline: '2019-10-31T17:00:00Z' })).toEqual([
      'submissionDeadline:DEADLINE_BEFORE_WINDOW_OPENS',
    ]);
    expect(codes({ ...valid, submissionDeadline: '2019-10-31T17:00:01Z' })).toEqual([]);
  });

  it('should refuse negative, zero, fractional and absurd caps', () => {
    expect(
      codes({ ...valid, maxEntriesPerAuthor: -1, maxCoAuthors: 0, maxSeriesParts: 2.5 }),
    ).toEqual([
      'maxEntriesPerAuthor:OUT_OF_RANGE',
      'maxCoAuthors:OUT_OF_RANGE',
      'maxSeriesParts:OUT_OF_RANGE',
    ]);
    expect(codes({ ...valid, maxSeriesParts: 90 })).toEqual([]);
    expect(codes({ ...valid, maxCoAuthors: '5' })).toEqual(['maxCoAuthors:OUT_OF_RANGE']);
  });

  it('should refuse unknown media types and file types the system cannot recognise', () => {
    expect(codes({ ...valid, files: { video: { maxBytes: 1, types: ['video/mp4'] } } })).toEqual([
      'files.video:UNKNOWN_MEDIA_TYPE',
    ]);
    expect(
      codes({ ...valid, files: { radio: { maxBytes: 1, types: ['audio/mpeg', 'video/mp4'] } } }),
    ).toEqual(['files.radio.types.1:FILE_TYPE_NOT_SUPPORTED']);
    expect(codes({ ...valid, files: { tv: { maxBytes: 0, types: [] } } })).toEqual([
      'files.tv.maxBytes:OUT_OF_RANGE',
      'files.tv.types:NOT_A_LIST',
    ]);
    expect(codes({ ...valid, files: { tv: { types: ['video/mp4'], extra: 1 } } })).toEqual([
      'files.tv.extra:UNKNOWN_FIELD',
      'files.tv.maxBytes:REQUIRED',
    ]);
  });

  it('should take optional content limits per media type within the system ceilings', () => {
    expect(
      codes({
        ...valid,
        files: {
          tv: { maxBytes: 1, types: ['video/mp4'], maxDurationSeconds: 3600 },
          print: { maxBytes: 1, types: ['application/pdf'], maxPages: 40, maxPixels: 50_000_000 },
        },
      }),
    ).toEqual([]);
    expect(
      codes({
        ...valid,
        files: {
          tv: { maxBytes: 1, types: ['video/mp4'], maxDurationSeconds: 0 },
          print: { maxBytes: 1, types: ['application/pdf'], maxPages: 1_000_000 },
        },
      }),
    ).toEqual(['files.tv.maxDurationSeconds:OUT_OF_RANGE', 'files.print.maxPages:OUT_OF_RANGE']);
  });

  it('should require Vietnamese among known languages', () => {
    expect(codes({ ...valid, languages: ['en'] })).toEqual(['languages:LANGUAGE_REQUIRED']);
    expect(codes({ ...valid, languages: ['vi', 'klingon'] })).toEqual([
      'languages.1:UNKNOWN_LANGUAGE',
    ]);
    expect(codes({ ...valid, languages: [] })).toEqual(['languages:LANGUAGE_REQUIRED']);
  });

  it('should name every missing field and refuse unknown ones', () => {
    expect(codes({ surprise: true })).toEqual([
      'surprise:UNKNOWN_FIELD',
      'publicationFrom:REQUIRED',
      'publicationTo:REQUIRED',
      'submissionDeadline:REQUIRED',
      'maxEntriesPerAuthor:REQUIRED',
      'maxCoAuthors:REQUIRED',
      'maxSeriesParts:REQUIRED',
      'languages:REQUIRED',
      'files:REQUIRED',
    ]);
    expect(codes(null)).toEqual([':NOT_AN_OBJECT']);
    expect(codes([])).toEqual([':NOT_AN_OBJECT']);
  });
});

describe('date helpers', () => {
  it('should accept only real calendar dates', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2019-02-29')).toBe(false);
    expect(isCalendarDate('2020-13-01')).toBe(false);
    expect(isCalendarDate('01/11/2019')).toBe(false);
  });

  it('should demand an offset on moments', () => {
    expect(isDateTimeWithOffset('2020-11-10T17:00:00+07:00')).toBe(true);
    expect(isDateTimeWithOffset('2020-11-10T10:00:00Z')).toBe(true);
    expect(isDateTimeWithOffset('2020-11-10T17:00:00')).toBe(false);
    expect(isDateTimeWithOffset('2020-11-10')).toBe(false);
  });

  it('should start a Vietnam day at 17:00 UTC the day before', () => {
    expect(startOfVietnamDay('2019-11-01').toISOString()).toBe('2019-10-31T17:00:00.000Z');
  });
});

describe(openingIssues.name, () => {
  it('should ask for a file rule for every media type a category uses', () => {
    const result = validateAwardRules(valid);
    if (!result.ok) throw new Error('fixture invalid');
    expect(openingIssues(result.rules, ['print', 'tv', 'tv'])).toEqual([
      { path: 'files.tv', code: 'MEDIA_TYPE_HAS_NO_FILE_RULE' },
    ]);
    expect(openingIssues(result.rules, ['print'])).toEqual([]);
  });
});

describe(prizeTierIssues.name, () => {
  const tier = (code: string, minScore?: unknown) => ({
    code,
    label: `Giải ${code}`,
    targetCount: 1,
    ...(minScore === undefined ? {} : { minScore }),
  });
  const issues = (tiers: unknown) =>
    prizeTierIssues(tiers).map((issue) => `${issue.path}:${issue.code}`);

  it('should accept tiers without thresholds, with null ones and with thresholds that never rise', () => {
    expect(issues([tier('A'), tier('B')])).toEqual([]);
    expect(issues([tier('NHAT', null), tier('NHI', null)])).toEqual([]);
    expect(
      issues([tier('DB', 9.5), tier('A', 9), tier('B', 8.25), tier('C', 8.25), tier('KK', 0)]),
    ).toEqual([]);
    // A tier without a threshold is skipped: the next one is compared with the tiers that have one.
    expect(issues([tier('NHAT', 9), tier('NHI'), tier('BA', 7)])).toEqual([]);
    expect(issues([tier('A', 10), tier('B', 0.29), tier('C', 0.01)])).toEqual([]);
    expect(issues([])).toEqual([]);
  });

  it('should keep thresholds on the 10-point scale', () => {
    expect(issues([tier('A', 10.01)])).toEqual(['0.minScore:TIER_MIN_SCORE_OUT_OF_RANGE']);
    expect(issues([tier('A', 13.5)])).toEqual(['0.minScore:TIER_MIN_SCORE_OUT_OF_RANGE']);
    expect(issues([tier('A', 9), tier('B', -0.25)])).toEqual([
      '1.minScore:TIER_MIN_SCORE_OUT_OF_RANGE',
    ]);
    for (const bad of ['9', Number.NaN, Number.POSITIVE_INFINITY, true, {}]) {
      expect(issues([tier('A', bad)])).toEqual(['0.minScore:TIER_MIN_SCORE_OUT_OF_RANGE']);
    }
  });

  it('should allow at most two decimals', () => {
    expect(issues([tier('A', 8.875)])).toEqual(['0.minScore:TIER_MIN_SCORE_TOO_PRECISE']);
    expect(issues([tier('A', 9), tier('B', 8.001)])).toEqual([
      '1.minScore:TIER_MIN_SCORE_TOO_PRECISE',
    ]);
    expect(issues([tier('A', 8.75)])).toEqual([]);
  });

  it('should refuse a later tier that requires more than an earlier one, on that tier', () => {
    expect(issues([tier('NHAT', 8), tier('NHI', 8.5)])).toEqual([
      '1.minScore:TIER_MIN_SCORE_ABOVE_EARLIER_TIER',
    ]);
    expect(issues([tier('NHAT', 9), tier('NHI'), tier('BA', 9.25)])).toEqual([
      '2.minScore:TIER_MIN_SCORE_ABOVE_EARLIER_TIER',
    ]);
    // Every tier above counts, not only the nearest: 8 is above the 7 two rows up.
    expect(issues([tier('A', 9), tier('B', 7), tier('C', 8), tier('KK', 6)])).toEqual([
      '2.minScore:TIER_MIN_SCORE_ABOVE_EARLIER_TIER',
    ]);
    expect(issues([tier('A', 7), tier('B', 9), tier('C', 8)])).toEqual([
      '1.minScore:TIER_MIN_SCORE_ABOVE_EARLIER_TIER',
      '2.minScore:TIER_MIN_SCORE_ABOVE_EARLIER_TIER',
    ]);
  });

  it('should not compare with a threshold that is itself refused', () => {
    expect(issues([tier('A', 12), tier('B', 9)])).toEqual([
      '0.minScore:TIER_MIN_SCORE_OUT_OF_RANGE',
    ]);
    expect(issues([tier('A', 8.125), tier('B', 9)])).toEqual([
      '0.minScore:TIER_MIN_SCORE_TOO_PRECISE',
    ]);
  });

  it('should leave the shape of the list to the DTO', () => {
    expect(issues(undefined)).toEqual([]);
    expect(issues([null, 'A', tier('B', 5)])).toEqual([]);
  });
});

describe(topicPrizeIssues.name, () => {
  const topic = (condition?: unknown) => ({
    code: 'CAO_TUOI',
    label: 'Tác giả cao tuổi',
    ...(condition === undefined ? {} : { condition }),
  });
  const issues = (topics: unknown) =>
    topicPrizeIssues(topics).map((issue) => `${issue.path}:${issue.code}`);

  it('should accept topic prizes without a condition and the three conditions of the rules', () => {
    expect(issues([topic(), topic(null)])).toEqual([]);
    expect(
      issues([
        topic({ kind: 'authorAgeAtLeast', years: 70 }),
        topic({ kind: 'authorYoungerThan', years: 18 }),
        topic({ kind: 'overseasAuthor' }),
      ]),
    ).toEqual([]);
    expect(issues(undefined)).toEqual([]);
  });

  it('should refuse an unknown kind, a missing one and a condition that is not an object', () => {
    expect(issues([topic({ kind: 'oldestAuthor', years: 70 })])).toEqual([
      '0.condition.kind:TOPIC_PRIZE_CONDITION_UNKNOWN',
    ]);
    expect(issues([topic(), topic({ years: 70 })])).toEqual(['1.condition.kind:REQUIRED']);
    expect(issues([topic('authorAgeAtLeast'), topic([])])).toEqual([
      '0.condition:NOT_AN_OBJECT',
      '1.condition:NOT_AN_OBJECT',
    ]);
  });

  it('should require whole years within a human life for the age conditions', () => {
    expect(issues([topic({ kind: 'authorAgeAtLeast' })])).toEqual(['0.condition.years:REQUIRED']);
    for (const bad of [0, -18, 70.5, 151, '70', null]) {
      expect(issues([topic({ kind: 'authorYoungerThan', years: bad })])).toEqual([
        '0.condition.years:OUT_OF_RANGE',
      ]);
    }
    expect(
      issues([
        topic({ kind: 'authorAgeAtLeast', years: 1 }),
        topic({ kind: 'authorAgeAtLeast', years: 150 }),
      ]),
    ).toEqual([]);
  });

  it('should refuse keys the condition does not have, years on the overseas condition included', () => {
    expect(issues([topic({ kind: 'overseasAuthor', years: 18 })])).toEqual([
      '0.condition.years:UNKNOWN_FIELD',
    ]);
    expect(issues([topic({ kind: 'authorAgeAtLeast', years: 70, inclusive: true })])).toEqual([
      '0.condition.inclusive:UNKNOWN_FIELD',
    ]);
  });
});

describe(cleanTopicPrizeCondition.name, () => {
  it('should return a fresh copy of a valid condition and null for none', () => {
    const condition = { kind: 'authorAgeAtLeast', years: 70 };
    const clean = cleanTopicPrizeCondition(condition);
    expect(clean).toEqual(condition);
    expect(clean).not.toBe(condition);
    expect(cleanTopicPrizeCondition({ kind: 'overseasAuthor' })).toEqual({
      kind: 'overseasAuthor',
    });
    expect(cleanTopicPrizeCondition(null)).toBeNull();
    expect(cleanTopicPrizeCondition(undefined)).toBeNull();
  });

  it('should return null for an invalid one (callers refuse it first with topicPrizeIssues)', () => {
    expect(cleanTopicPrizeCondition({ kind: 'authorAgeAtLeast', years: 0 })).toBeNull();
    expect(cleanTopicPrizeCondition({ kind: 'overseasAuthor', years: 1 })).toBeNull();
  });
});
