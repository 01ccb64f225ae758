/**
 * A small seeded pseudo-random generator (mulberry32) for reproducible tie-breaking. Not for
 * secrets: blind codes take a CSPRNG-backed `random` from the caller instead.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, bound) from `random`, refusing generators that leave [0, 1). */
export function randomIndex(random: () => number, bound: number): number {
  const value = random();
  if (!(value >= 0 && value < 1))
    throw new RangeError(`random() must return a number in [0, 1), got ${value}`);
  return Math.floor(value * bound);
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    const swap = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = swap;
  }
  return copy;
}
