import { DEFAULT_FILE_RULES } from './media-files';
import { isCalendarDate, isDateTimeWithOffset, openingIssues, startOfVietnamDay, validateAwardRules } from './award-rules';

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
    expect(codes({ ...valid, publicationFrom: '2020-10-31', publicationTo: '2019-11-01' })).toContain('publicationTo:PUBLICATION_WINDOW_INVERTED');
  });

  it('should accept a one-day window', () => {
    expect(codes({ ...valid, publicationFrom: '2020-10-31', publicationTo: '2020-10-31' })).toEqual([]);
  });

  it('should refuse a deadline at or before the moment the window opens (Vietnam midnight)', () => {
    expect(codes({ ...valid, submissionDeadline: '2019-10-31T16:59:59Z' })).toEqual(['submissionDeadline:DEADLINE_BEFORE_WINDOW_OPENS']);
    expect(codes({ ...valid, submissionDeadline: '2019-10-31T17:00:00Z' })).toEqual(['submissionDeadline:DEADLINE_BEFORE_WINDOW_OPENS']);
    expect(codes({ ...valid, submissionDeadline: '2019-10-31T17:00:01Z' })).toEqual([]);
  });

  it('should refuse negative, zero, fractional and absurd caps', () => {
    expect(codes({ ...valid, maxEntriesPerAuthor: -1, maxCoAuthors: 0, maxSeriesParts: 2.5 })).toEqual([
      'maxEntriesPerAuthor:OUT_OF_RANGE',
      'maxCoAuthors:OUT_OF_RANGE',
      'maxSeriesParts:OUT_OF_RANGE',
    ]);
    expect(codes({ ...valid, maxSeriesParts: 90 })).toEqual([]);
    expect(codes({ ...valid, maxCoAuthors: '5' })).toEqual(['maxCoAuthors:OUT_OF_RANGE']);
  });

  it('should refuse unknown media types and file types the system cannot recognise', () => {
    expect(codes({ ...valid, files: { video: { maxBytes: 1, types: ['video/mp4'] } } })).toEqual(['files.video:UNKNOWN_MEDIA_TYPE']);
    expect(codes({ ...valid, files: { radio: { maxBytes: 1, types: ['audio/mpeg', 'video/mp4'] } } })).toEqual(['files.radio.types.1:FILE_TYPE_NOT_SUPPORTED']);
    expect(codes({ ...valid, files: { tv: { maxBytes: 0, types: [] } } })).toEqual(['files.tv.maxBytes:OUT_OF_RANGE', 'files.tv.types:NOT_A_LIST']);
    expect(codes({ ...valid, files: { tv: { types: ['video/mp4'], extra: 1 } } })).toEqual(['files.tv.extra:UNKNOWN_FIELD', 'files.tv.maxBytes:REQUIRED']);
  });

  it('should require Vietnamese among known languages', () => {
    expect(codes({ ...valid, languages: ['en'] })).toEqual(['languages:LANGUAGE_REQUIRED']);
    expect(codes({ ...valid, languages: ['vi', 'klingon'] })).toEqual(['languages.1:UNKNOWN_LANGUAGE']);
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
    expect(openingIssues(result.rules, ['print', 'tv', 'tv'])).toEqual([{ path: 'files.tv', code: 'MEDIA_TYPE_HAS_NO_FILE_RULE' }]);
    expect(openingIssues(result.rules, ['print'])).toEqual([]);
  });
});
