import type { PrizeTier, PublicResultResponse } from '@press-award/contracts';

export interface PublicCategoryGroup {
  categoryName: string;
  rows: PublicResultResponse[];
}

export interface PublicTierGroup {
  /** The tier code; null for works that won only topic prizes. */
  tierCode: string | null;
  /** The tier's label; null for the topic-prizes-only group (the page names it). */
  tierLabel: string | null;
  count: number;
  categories: PublicCategoryGroup[];
}

function rankOf(
  index: ReadonlyMap<string, number>,
  key: string,
  firstSeen: ReadonlyMap<string, number>,
): number {
  // Known keys in their declared order, unknown ones after them in the order they came.
  return index.get(key) ?? index.size + (firstSeen.get(key) ?? 0);
}

/**
 * Results as a newspaper announces them: by tier in the award's own order (Đặc biệt, A, B, …), then
 * by category in the award's order, titles as the API sorted them. Works with only a topic prize
 * come last in a group of their own.
 */
export function groupPublicResults(
  rows: readonly PublicResultResponse[],
  tiers: readonly Pick<PrizeTier, 'code' | 'label'>[],
  categoryNames: readonly string[],
): PublicTierGroup[] {
  const tierIndex = new Map(tiers.map((tier, index) => [tier.code, index]));
  const categoryIndex = new Map(categoryNames.map((name, index) => [name, index]));
  const tierSeen = new Map<string, number>();
  const categorySeen = new Map<string, number>();
  const byTier = new Map<
    string,
    {
      tierCode: string | null;
      tierLabel: string | null;
      byCategory: Map<string, PublicResultResponse[]>;
    }
  >();

  for (const row of rows) {
    const tierKey = row.tierCode ?? '';
    if (row.tierCode !== null && !tierSeen.has(tierKey)) tierSeen.set(tierKey, tierSeen.size);
    if (!categorySeen.has(row.categoryName)) categorySeen.set(row.categoryName, categorySeen.size);
    let group = byTier.get(tierKey);
    if (!group) {
      const label =
        row.tierCode === null
          ? null
          : (tiers.find((tier) => tier.code === row.tierCode)?.label ??
            row.tierLabel ??
            row.tierCode);
      group = { tierCode: row.tierCode, tierLabel: label, byCategory: new Map() };
      byTier.set(tierKey, group);
    }
    const list = group.byCategory.get(row.categoryName) ?? [];
    list.push(row);
    group.byCategory.set(row.categoryName, list);
  }

  const tierRank = (code: string | null): number =>
    code === null ? Number.MAX_SAFE_INTEGER : rankOf(tierIndex, code, tierSeen);
  const categoryRank = (name: string): number => rankOf(categoryIndex, name, categorySeen);

  return [...byTier.values()]
    .sort((a, b) => tierRank(a.tierCode) - tierRank(b.tierCode))
    .map((group) => {
      const categories = [...group.byCategory.entries()]
        .sort(([a], [b]) => categoryRank(a) - categoryRank(b))
        .map(([categoryName, list]) => ({ categoryName, rows: list }));
      return {
        tierCode: group.tierCode,
        tierLabel: group.tierLabel,
        count: categories.reduce((sum, category) => sum + category.rows.length, 0),
        categories,
      };
    });
}

/**
 * "Nguyễn Văn A (bút danh Hồng Lĩnh)": the pen name only when there is one that differs from the
 * real name (many authors sign with their own name).
 */
export function authorLine(
  author: { fullName: string; penName: string | null },
  withPenName: (name: string, penName: string) => string,
): string {
  const penName = author.penName?.trim();
  return penName && penName !== author.fullName.trim()
    ? withPenName(author.fullName, penName)
    : author.fullName;
}

/** Topic prize codes as the award labels them (an unknown code stays visible as itself). */
export function topicLabels(
  codes: readonly string[],
  topics: readonly { code: string; label: string }[],
): string[] {
  return codes.map((code) => topics.find((topic) => topic.code === code)?.label ?? code);
}
