import type { AwardRules, TopicPrizeCondition } from '@press-award/contracts';
import { isCalendarDate } from './award-rules';
import { vietnamCalendarDate } from './formal-date';

/** What a topic prize condition reads of an author, as the registration form declares it. */
export interface TopicPrizeAuthor {
  fullName: string;
  /** YYYY-MM-DD. */
  dateOfBirth?: string | null;
  /** Declared as living abroad; absent or null reads as not. */
  overseas?: boolean | null;
}

export type TopicPrizeCheck =
  | { outcome: 'met' }
  | { outcome: 'unmet' }
  /** No author with a birth date qualifies, and these authors have none: the decision must wait for it. */
  | { outcome: 'missingData'; authors: { index: number; fullName: string }[] };

/**
 * Whole years from a birth date to a day (both YYYY-MM-DD calendar dates). The birthday counts on
 * the day itself; someone born on 29 February turns a year older on 1 March of other years.
 */
export function ageOn(dateOfBirth: string, on: string): number {
  const [bornYear, bornMonthDay] = [Number(dateOfBirth.slice(0, 4)), dateOfBirth.slice(5)];
  const [year, monthDay] = [Number(on.slice(0, 4)), on.slice(5)];
  // "MM-DD" strings compare in calendar order.
  return year - bornYear - (monthDay < bornMonthDay ? 1 : 0);
}

/**
 * The day authors' ages are counted at for the age prizes: the day entries close, in Vietnam (the
 * rules' "tính đến hạn nhận tác phẩm"). It is fixed per award, so a decision does not change with
 * the day the council happens to meet.
 */
export function topicPrizeReferenceDate(rules: Pick<AwardRules, 'submissionDeadline'>): string {
  return vietnamCalendarDate(new Date(rules.submissionDeadline));
}

/**
 * Whether a work's authors meet a topic prize's condition: one author meeting it is enough. Age
 * conditions need birth dates: when no author with one qualifies and some have none, the answer is
 * `missingData` naming them, never a guess.
 */
export function checkTopicPrizeCondition(
  condition: TopicPrizeCondition | null | undefined,
  authors: readonly TopicPrizeAuthor[],
  referenceDate: string,
): TopicPrizeCheck {
  if (!condition) return { outcome: 'met' };
  if (condition.kind === 'overseasAuthor') {
    return authors.some((author) => author.overseas === true)
      ? { outcome: 'met' }
      : { outcome: 'unmet' };
  }
  const qualifies = (age: number) =>
    condition.kind === 'authorAgeAtLeast' ? age >= condition.years : age < condition.years;
  const missing: { index: number; fullName: string }[] = [];
  for (const [index, author] of authors.entries()) {
    if (!isCalendarDate(author.dateOfBirth)) {
      missing.push({ index, fullName: author.fullName });
      continue;
    }
    if (qualifies(ageOn(author.dateOfBirth, referenceDate))) return { outcome: 'met' };
  }
  return missing.length ? { outcome: 'missingData', authors: missing } : { outcome: 'unmet' };
}
