import { DEFAULT_LOGIN_THROTTLE, failureDelayMs, lockUntilAfterFailure } from './login-throttle';

describe(failureDelayMs.name, () => {
  it('should answer the first failures at once, then back off exponentially up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((failures) => failureDelayMs(failures, DEFAULT_LOGIN_THROTTLE))).toEqual([0, 0, 250, 500, 1000, 2000, 2000]);
  });
});

describe(lockUntilAfterFailure.name, () => {
  it('should lock at the maximum failures for the lock period', () => {
    const now = new Date('2020-11-10T10:00:00Z');
    expect(lockUntilAfterFailure(4, now, DEFAULT_LOGIN_THROTTLE)).toBeNull();
    expect(lockUntilAfterFailure(5, now, DEFAULT_LOGIN_THROTTLE)?.toISOString()).toBe('2020-11-10T10:05:00.000Z');
  });
});
