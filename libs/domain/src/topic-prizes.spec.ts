import type { TopicPrizeCondition } from '@press-award/contracts';
import {
  ageOn,
  checkTopicPrizeCondition,
  topicPrizeReferenceDate,
  type TopicPrizeAuthor,
} from './topic-prizes';

const author = (overrides: Partial<TopicPrizeAuthor> = {}): TopicPrizeAuthor => ({
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1980-05-01',
  ...overrides,
});
const oldest: TopicPrizeCondition = { kind: 'authorAgeAtLeast', years: 70 };
const youngest: TopicPrizeCondition = { kind: 'authorYoungerThan', years: 18 };
const overseas: TopicPrizeCondition = { kind: 'overseasAuthor' };
/** The 2020 deadline's day. */
const ON = '2020-11-10';

describe(ageOn.name, () => {
  it('should count whole years, the birthday counting on the day itself', () => {
    expect(ageOn('1950-11-10', ON)).toBe(70);
    expect(ageOn('1950-11-11', ON)).toBe(69);
    expect(ageOn('1950-10-11', ON)).toBe(70);
    expect(ageOn('2002-11-10', ON)).toBe(18);
    expect(ageOn('2002-11-11', ON)).toBe(17);
  });

  it('should count someone born on 29 February a year older on 1 March of other years', () => {
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });
});

describe(topicPrizeReferenceDate.name, () => {
  it("should be the Vietnam calendar day of the award's submission deadline", () => {
    expect(topicPrizeReferenceDate({ submissionDeadline: '2020-11-10T17:00:00+07:00' })).toBe(
      '2020-11-10',
    );
    // 23:30 on the 10th in UTC is already the 11th in Vietnam.
    expect(topicPrizeReferenceDate({ submissionDeadline: '2020-11-10T23:30:00Z' })).toBe(
      '2020-11-11',
    );
  });
});

describe(checkTopicPrizeCondition.name, () => {
  it('should meet a prize without a condition, whatever the authors', () => {
    expect(checkTopicPrizeCondition(null, [], ON)).toEqual({ outcome: 'met' });
    expect(checkTopicPrizeCondition(undefined, [author({ dateOfBirth: null })], ON)).toEqual({
      outcome: 'met',
    });
  });

  it('should meet the oldest-author prize from the 70th birthday on, with one author old enough', () => {
    expect(
      checkTopicPrizeCondition(
        oldest,
        [author(), author({ fullName: 'Lê Văn Bình', dateOfBirth: '1950-11-10' })],
        ON,
      ),
    ).toEqual({ outcome: 'met' });
    expect(checkTopicPrizeCondition(oldest, [author({ dateOfBirth: '1950-11-11' })], ON)).toEqual({
      outcome: 'unmet',
    });
  });

  it('should meet the youngest-author prize only under 18 (the 18th birthday is too late)', () => {
    expect(
      checkTopicPrizeCondition(
        youngest,
        [author(), author({ fullName: 'Phạm Thị Cúc', dateOfBirth: '2002-11-11' })],
        ON,
      ),
    ).toEqual({ outcome: 'met' });
    expect(checkTopicPrizeCondition(youngest, [author({ dateOfBirth: '2002-11-10' })], ON)).toEqual(
      { outcome: 'unmet' },
    );
  });

  it('should name the authors without a birth date when no author with one qualifies', () => {
    const authors = [
      author(),
      author({ fullName: 'Lê Văn Bình', dateOfBirth: null }),
      author({ fullName: 'Trần Ỷ Lan', dateOfBirth: undefined }),
    ];
    expect(checkTopicPrizeCondition(oldest, authors, ON)).toEqual({
      outcome: 'missingData',
      authors: [
        { index: 1, fullName: 'Lê Văn Bình' },
        { index: 2, fullName: 'Trần Ỷ Lan' },
      ],
    });
  });

  it('should not ask for a birth date when another author already qualifies', () => {
    expect(
      checkTopicPrizeCondition(
        oldest,
        [author({ dateOfBirth: null }), author({ dateOfBirth: '1940-01-01' })],
        ON,
      ),
    ).toEqual({ outcome: 'met' });
  });

  it('should treat a birth date that is not a real calendar date as missing', () => {
    expect(checkTopicPrizeCondition(youngest, [author({ dateOfBirth: '2010-02-30' })], ON)).toEqual(
      { outcome: 'missingData', authors: [{ index: 0, fullName: 'Nguyễn Văn An' }] },
    );
  });

  it('should meet the overseas prize only with an author declared as living abroad', () => {
    expect(checkTopicPrizeCondition(overseas, [author(), author({ overseas: true })], ON)).toEqual({
      outcome: 'met',
    });
    expect(
      checkTopicPrizeCondition(
        overseas,
        [author({ overseas: false }), author({ overseas: null }), author()],
        ON,
      ),
    ).toEqual({ outcome: 'unmet' });
    // The birth date plays no part in it.
    expect(
      checkTopicPrizeCondition(overseas, [author({ dateOfBirth: null, overseas: true })], ON),
    ).toEqual({ outcome: 'met' });
  });

  it('should not meet an author condition for a work without authors', () => {
    expect(checkTopicPrizeCondition(oldest, [], ON)).toEqual({ outcome: 'unmet' });
    expect(checkTopicPrizeCondition(overseas, [], ON)).toEqual({ outcome: 'unmet' });
  });
});
