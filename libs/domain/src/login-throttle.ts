/**
 * Sign-in throttling. Failures are counted per (email, client address) and per client address,
 * never per email alone: a lock keyed on the email would let anyone keep its owner out by typing
 * wrong passwords, whereas these locks only hold back the address that made the failures.
 */
export interface LoginThrottlePolicy {
  /** Failures from one address for one email before that address waits `lockSeconds` for it. */
  maxFailures: number;
  lockSeconds: number;
  /** Failures from one address across every email (in `windowSeconds`) before it waits. */
  addressMaxFailures: number;
  /** A counter whose window started longer ago than this starts again from zero. */
  windowSeconds: number;
  /** Failures that are answered at once; later ones are slowed down. */
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  maxFailures: 5,
  lockSeconds: 300,
  addressMaxFailures: 30,
  windowSeconds: 900,
  freeFailures: 2,
  baseDelayMs: 250,
  maxDelayMs: 2000,
};

/** One failure counter: for an (email, address) pair or for an address. */
export interface FailureCounter {
  failures: number;
  windowStartedAt: Date | null;
  lockedUntil: Date | null;
}

export interface FailureLimit {
  maxFailures: number;
  lockSeconds: number;
  windowSeconds: number;
}

export const EMPTY_FAILURE_COUNTER: FailureCounter = {
  failures: 0,
  windowStartedAt: null,
  lockedUntil: null,
};

/** The pair limit and the address limit of a policy. */
export function pairLimit(policy: LoginThrottlePolicy): FailureLimit {
  return {
    maxFailures: policy.maxFailures,
    lockSeconds: policy.lockSeconds,
    windowSeconds: policy.windowSeconds,
  };
}

export function addressLimit(policy: LoginThrottlePolicy): FailureLimit {
  return {
    maxFailures: policy.addressMaxFailures,
    lockSeconds: policy.lockSeconds,
    windowSeconds: policy.windowSeconds,
  };
}

/**
 * The counter after one more failure. A counter starts again once its lock has run out or its
 * window has passed; reaching the limit locks it (`lockedNow` is true only for that failure, so a
 * lock is announced once). Failures during a lock do not extend it.
 */
export function counterAfterFailure(
  counter: FailureCounter,
  now: Date,
  limit: FailureLimit,
): FailureCounter & { lockedNow: boolean } {
  const lockExpired = counter.lockedUntil !== null && counter.lockedUntil <= now;
  const windowPassed =
    counter.windowStartedAt === null ||
    counter.windowStartedAt.getTime() + limit.windowSeconds * 1000 <= now.getTime();
  const fresh = lockExpired || (windowPassed && counter.lockedUntil === null);
  const failures = fresh ? 1 : counter.failures + 1;
  const windowStartedAt = fresh ? now : counter.windowStartedAt;
  const stillLocked = !fresh && counter.lockedUntil !== null;
  if (stillLocked)
    return { failures, windowStartedAt, lockedUntil: counter.lockedUntil, lockedNow: false };
  const lockedUntil =
    failures >= limit.maxFailures ? new Date(now.getTime() + limit.lockSeconds * 1000) : null;
  return { failures, windowStartedAt, lockedUntil, lockedNow: lockedUntil !== null };
}

/** Whole seconds until a lock ends (what `Retry-After` says), or 0 when there is none. */
export function lockRemainingSeconds(lockedUntil: Date | null, now: Date): number {
  const remaining = lockedUntil ? lockedUntil.getTime() - now.getTime() : 0;
  return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
}

/** How long to hold the answer to the n-th consecutive failure (1-based): exponential, capped. */
export function failureDelayMs(failures: number, policy: LoginThrottlePolicy): number {
  if (failures <= policy.freeFailures) return 0;
  const exponent = failures - policy.freeFailures - 1;
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}

/**
 * The address a throttle counts for a client. IPv4 (also IPv4-mapped IPv6) as is; IPv6 by its /64
 * prefix, because one home or cloud customer usually holds a whole /64 and could otherwise spread
 * guesses over billions of addresses.
 */
export function throttleAddressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const [withoutZone = ''] = ip.split('%');
  const address = withoutZone.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address)?.[1];
  if (mapped) return mapped;
  if (!address.includes(':')) return address.slice(0, 64);
  const [head = '', tail] = address.split('::');
  const groupsOf = (part: string) =>
    part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [];
  const headGroups = groupsOf(head);
  const tailGroups = tail === undefined ? [] : groupsOf(tail);
  const missing = Math.max(8 - headGroups.length - tailGroups.length, 0);
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  const prefix = groups.slice(0, 4).map((group) => (parseInt(group, 16) || 0).toString(16));
  return `${prefix.join(':')}::/64`;
}
