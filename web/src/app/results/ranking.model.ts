import type {
  CategoryResponse,
  PrizeResponse,
  PrizesResponse,
  RoundResultResponse,
} from '@press-award/contracts';

export interface RankingGroup {
  categoryId: string;
  /** Null when the category is not (or no longer) one of the award's. */
  category: Pick<CategoryResponse, 'code' | 'name'> | null;
  rows: RoundResultResponse[];
}

/** What the organizer decides for one entry. */
export interface PrizeChoice {
  tierCode: string | null;
  topicPrizes: readonly string[];
}

export const NO_PRIZE: PrizeChoice = { tierCode: null, topicPrizes: [] };

/**
 * One ranking table per category, in the award's category order; inside, best rank first, entries
 * without a score (no sheets) last, by code.
 */
export function groupRanking(
  results: readonly RoundResultResponse[],
  categories: readonly CategoryResponse[],
): RankingGroup[] {
  const ordered = [...categories].sort((a, b) => a.sortOrder - b.sortOrder);
  const position = new Map(ordered.map((category, index) => [category.id, index]));
  const groups = new Map<string, RoundResultResponse[]>();
  for (const result of results) {
    const list = groups.get(result.categoryId) ?? [];
    list.push(result);
    groups.set(result.categoryId, list);
  }
  const byRank = (a: RoundResultResponse, b: RoundResultResponse): number =>
    (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
    a.entryCode.localeCompare(b.entryCode);
  return [...groups.entries()]
    .sort(
      ([a], [b]) =>
        (position.get(a) ?? Number.MAX_SAFE_INTEGER) - (position.get(b) ?? Number.MAX_SAFE_INTEGER),
    )
    .map(([categoryId, rows]) => {
      const category = ordered.find((candidate) => candidate.id === categoryId);
      return {
        categoryId,
        category: category ? { code: category.code, name: category.name } : null,
        rows: [...rows].sort(byRank),
      };
    });
}

/** The decision saved on the server for an entry (none yet: no prize). */
export function decidedChoice(decision: PrizeResponse | undefined): PrizeChoice {
  return decision ? { tierCode: decision.tierCode, topicPrizes: decision.topicPrizes } : NO_PRIZE;
}

/** Same tier and the same topic prizes, in whatever order they were picked. */
export function sameChoice(a: PrizeChoice, b: PrizeChoice): boolean {
  if (a.tierCode !== b.tierCode || a.topicPrizes.length !== b.topicPrizes.length) return false;
  const topics = new Set(a.topicPrizes);
  return b.topicPrizes.every((code) => topics.has(code));
}

/** How many prizes of each tier go beyond its planned count (0 when within). */
export function overTarget(tier: PrizesResponse['tiers'][number]): number {
  return Math.max(0, tier.current - tier.targetCount);
}
