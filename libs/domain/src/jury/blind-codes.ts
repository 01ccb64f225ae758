import { randomIndex } from './seeded-random';

/**
 * Blind entry codes (mã tác phẩm, số phách): category code, a dash and a number of at least four
 * digits (`IN1-0042`). Numbers are drawn at random without replacement from 1…9999 (or the next
 * wider range when a category needs more), so neither the order nor the count of entries shows
 * through. Codes already issued never change, and their numbers are never reused.
 */
export interface BlindCodeRequest {
  id: string;
  categoryCode: string;
  /** The code issued earlier, kept as is. */
  existingCode?: string | null;
}

export interface IssuedBlindCode {
  entryId: string;
  code: string;
  /** False when the code was issued earlier. */
  issued: boolean;
}

const MIN_DIGITS = 4;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function codePattern(categoryCode: string): RegExp {
  return new RegExp(`^${escapeRegExp(categoryCode)}-(\\d+)$`);
}

export function formatBlindCode(categoryCode: string, number: number): string {
  return `${categoryCode}-${String(number).padStart(MIN_DIGITS, '0')}`;
}

/**
 * A code for every entry, in input order. `random` must be backed by a CSPRNG (the codes are what
 * keeps the judging blind) and return numbers in [0, 1).
 */
export function issueBlindCodes(
  entries: readonly BlindCodeRequest[],
  random: () => number,
): IssuedBlindCode[] {
  const ids = new Set<string>();
  const existingCodes = new Set<string>();
  const usedByCategory = new Map<string, Set<number>>();
  const pendingByCategory = new Map<string, number>();
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new RangeError(`duplicate entry ${entry.id}`);
    ids.add(entry.id);
    if (!entry.categoryCode) throw new RangeError(`entry ${entry.id} has no category code`);
    const used = usedByCategory.get(entry.categoryCode) ?? new Set<number>();
    usedByCategory.set(entry.categoryCode, used);
    if (entry.existingCode) {
      if (existingCodes.has(entry.existingCode))
        throw new RangeError(`code ${entry.existingCode} is issued twice`);
      existingCodes.add(entry.existingCode);
    } else {
      pendingByCategory.set(
        entry.categoryCode,
        (pendingByCategory.get(entry.categoryCode) ?? 0) + 1,
      );
    }
  }
  // Existing codes reserve their number in every category whose shape they match.
  usedByCategory.forEach((used, categoryCode) => {
    const pattern = codePattern(categoryCode);
    for (const code of existingCodes) {
      const match = pattern.exec(code);
      if (match) used.add(Number(match[1]));
    }
  });

  const drawers = new Map<string, () => number>();
  pendingByCategory.forEach((pending, categoryCode) => {
    const used = usedByCategory.get(categoryCode) as Set<number>;
    let digits = MIN_DIGITS;
    while (10 ** digits - 1 - countBelow(used, 10 ** digits) < pending) digits++;
    drawers.set(categoryCode, numberDrawer(10 ** digits - 1, used, pending, random));
  });

  return entries.map((entry) => {
    if (entry.existingCode) return { entryId: entry.id, code: entry.existingCode, issued: false };
    const draw = drawers.get(entry.categoryCode) as () => number;
    return { entryId: entry.id, code: formatBlindCode(entry.categoryCode, draw()), issued: true };
  });
}

/**
 * Uniform draws without replacement from the numbers 1…max not in `used` (which it extends): by
 * rejection while the range is at most half full, else from an explicit pool (swap and drop).
 */
function numberDrawer(
  max: number,
  used: Set<number>,
  pending: number,
  random: () => number,
): () => number {
  if ((used.size + pending) * 2 <= max) {
    return () => {
      for (;;) {
        const number = 1 + randomIndex(random, max);
        if (!used.has(number)) {
          used.add(number);
          return number;
        }
      }
    };
  }
  const pool: number[] = [];
  for (let number = 1; number <= max; number++) if (!used.has(number)) pool.push(number);
  return () => {
    const drawn = randomIndex(random, pool.length);
    const number = pool[drawn] as number;
    pool[drawn] = pool[pool.length - 1] as number;
    pool.pop();
    used.add(number);
    return number;
  };
}

function countBelow(numbers: ReadonlySet<number>, bound: number): number {
  let count = 0;
  numbers.forEach((number) => {
    if (number >= 1 && number < bound) count++;
  });
  return count;
}
