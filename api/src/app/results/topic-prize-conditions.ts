import type { FieldError, TopicPrize } from '@press-award/contracts';
import {
  checkTopicPrizeCondition,
  type TopicPrizeAuthor,
  topicPrizeReferenceDate,
} from '@press-award/domain';
import type { EntityManager } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import type { Award } from '../awards/entities/award.entity';

/**
 * Refuses topic prizes whose condition the entry's authors do not meet (ages on the award's
 * deadline day, the overseas flag), or cannot be checked for want of a birth date; each failing
 * prize is a detail in words, the refusal's code says which case it is. Nothing is written.
 */
export async function assertTopicPrizeConditions(
  manager: EntityManager,
  award: Award,
  entryId: string,
  codes: string[],
): Promise<void> {
  const chosen = award.topicPrizes.filter(
    (topic): topic is TopicPrize & { condition: NonNullable<TopicPrize['condition']> } =>
      codes.includes(topic.code) && !!topic.condition,
  );
  if (!chosen.length) return;
  const authors: TopicPrizeAuthor[] = (
    await manager.query(
      `SELECT full_name, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, overseas FROM entry_authors WHERE entry_id = $1 ORDER BY index`,
      [entryId],
    )
  ).map((row: { full_name: string; date_of_birth: string | null; overseas: boolean }) => ({
    fullName: row.full_name,
    dateOfBirth: row.date_of_birth,
    overseas: row.overseas,
  }));
  const referenceDate = topicPrizeReferenceDate(award.rules);
  const unmet: FieldError[] = [];
  const missing: FieldError[] = [];
  for (const topic of chosen) {
    const check = checkTopicPrizeCondition(topic.condition, authors, referenceDate);
    if (check.outcome === 'missingData') {
      missing.push(
        ...check.authors.map((author) => ({
          field: 'topicPrizes',
          code: 'TOPIC_PRIZE_AUTHOR_BIRTH_DATE_MISSING',
          message: 'Birth date missing',
          params: { author: author.fullName, topic: topic.label },
        })),
      );
    } else if (check.outcome === 'unmet') {
      const condition = topic.condition;
      unmet.push(
        condition.kind === 'overseasAuthor'
          ? {
              field: 'topicPrizes',
              code: 'TOPIC_PRIZE_NEEDS_OVERSEAS_AUTHOR',
              message: 'No overseas author',
              params: { topic: topic.label },
            }
          : {
              field: 'topicPrizes',
              code:
                condition.kind === 'authorAgeAtLeast'
                  ? 'TOPIC_PRIZE_NEEDS_AUTHOR_AGE_AT_LEAST'
                  : 'TOPIC_PRIZE_NEEDS_AUTHOR_YOUNGER_THAN',
              message: 'No author of the age',
              params: { topic: topic.label, years: condition.years, date: referenceDate },
            },
      );
    }
  }
  // A definite "no" comes first; the birth dates still missing are listed with it.
  if (unmet.length) throw new AppException('TOPIC_PRIZE_CONDITION_UNMET', [...unmet, ...missing]);
  if (missing.length) throw new AppException('TOPIC_PRIZE_AUTHOR_DATA_MISSING', missing);
}
