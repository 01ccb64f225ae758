export interface LoginThrottlePolicy {
  /** Failures allowed before the account is locked for `lockSeconds`. */
  maxFailures: number;
  lockSeconds: number;
  /** Failures that are answered at once; later ones are slowed down. */
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  maxFailures: 5,
  lockSeconds: 300,
  freeFailures: 2,
  baseDelayMs: 250,
  maxDelayMs: 2000,
};

/** How long to hold the answer to the n-th consecutive failure (1-based): exponential, capped. */
export function failureDelayMs(failures: number, policy: LoginThrottlePolicy): number {
  if (failures <= policy.freeFailures) return 0;
  const exponent = failures - policy.freeFailures - 1;
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}

/** When a failure should lock the account, and until when. */
export function lockUntilAfterFailure(
  failures: number,
  now: Date,
  policy: LoginThrottlePolicy,
): Date | null {
  return failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockSeconds * 1000) : null;
}
