import type {
  AwardResponse,
  AwardSummary,
  CategoryResponse,
  PublicAwardResponse,
} from '@press-award/contracts';
import { allowedAwardTransitions } from '@press-award/domain';
import type { Award } from './entities/award.entity';
import type { Category } from './entities/category.entity';

export function toCategoryResponse(category: Category): CategoryResponse {
  return {
    id: category.id,
    awardId: category.awardId,
    code: category.code,
    name: category.name,
    mediaType: category.mediaType,
    genres: category.genres,
    sortOrder: category.sortOrder,
  };
}

export function toAwardSummary(award: Award): AwardSummary {
  return {
    id: award.id,
    name: award.name,
    edition: award.edition,
    year: award.year,
    level: award.level,
    status: award.status,
    organizerName: award.organizerName,
  };
}

function sortedCategories(award: Award): Category[] {
  return [...(award.categories ?? [])].sort(
    (a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code),
  );
}

export function toAwardResponse(award: Award): AwardResponse {
  return {
    ...toAwardSummary(award),
    description: award.description,
    place: award.place,
    rules: award.rules,
    categories: sortedCategories(award).map(toCategoryResponse),
    prizeTiers: award.prizeTiers,
    topicPrizes: award.topicPrizes,
    institution: award.institution,
    rounds: [],
    allowedTransitions: [...allowedAwardTransitions(award.status)],
    publishedAt: award.publishedAt?.toISOString() ?? null,
    resultsSnapshotHash: award.resultsSnapshotHash,
    verificationAccess: award.verificationAccess,
    createdAt: award.createdAt.toISOString(),
    updatedAt: award.updatedAt.toISOString(),
  };
}

export function toPublicAwardResponse(award: Award): PublicAwardResponse {
  return {
    ...toAwardSummary(award),
    description: award.description,
    rules: award.rules,
    categories: sortedCategories(award).map(({ id, code, name, mediaType, genres }) => ({
      id,
      code,
      name,
      mediaType,
      genres,
    })),
    prizeTiers: award.prizeTiers,
    topicPrizes: award.topicPrizes,
  };
}
