import {
  addressLimit,
  counterAfterFailure,
  DEFAULT_LOGIN_THROTTLE,
  EMPTY_FAILURE_COUNTER,
  failureDelayMs,
  lockRemainingSeconds,
  pairLimit,
  throttleAddressKey,
  type FailureCounter,
} from './login-throttle';

const at = (minutes: number) => new Date(Date.UTC(2020, 10, 10, 10, minutes));

function failRepeatedly(
  times: number,
  from: FailureCounter,
  now: Date,
  limit = pairLimit(DEFAULT_LOGIN_THROTTLE),
) {
  let counter = { ...from, lockedNow: false };
  const locks: number[] = [];
  for (let attempt = 1; attempt <= times; attempt++) {
    counter = counterAfterFailure(counter, now, limit);
    if (counter.lockedNow) locks.push(attempt);
  }
  return { counter, locks };
}

describe(failureDelayMs.name, () => {
  it('should answer the first failures at once, then back off exponentially up to the cap', () => {
    expect(
      [1, 2, 3, 4, 5, 6, 10].map((failures) => failureDelayMs(failures, DEFAULT_LOGIN_THROTTLE)),
    ).toEqual([0, 0, 250, 500, 1000, 2000, 2000]);
  });
});

describe(counterAfterFailure.name, () => {
  it('should lock on the fifth failure, announce the lock once and not extend it', () => {
    const { counter, locks } = failRepeatedly(8, EMPTY_FAILURE_COUNTER, at(0));
    expect(locks).toEqual([5]);
    expect(counter.failures).toBe(8);
    expect(counter.lockedUntil).toEqual(at(5));
  });

  it('should start again once the lock has run out', () => {
    const { counter } = failRepeatedly(5, EMPTY_FAILURE_COUNTER, at(0));
    const after = counterAfterFailure(counter, at(5), pairLimit(DEFAULT_LOGIN_THROTTLE));
    expect(after).toEqual({
      failures: 1,
      windowStartedAt: at(5),
      lockedUntil: null,
      lockedNow: false,
    });
  });

  it('should forget failures older than the window, but keep counting inside it', () => {
    const { counter } = failRepeatedly(4, EMPTY_FAILURE_COUNTER, at(0));
    expect(counterAfterFailure(counter, at(14), pairLimit(DEFAULT_LOGIN_THROTTLE)).lockedNow).toBe(
      true,
    );
    expect(counterAfterFailure(counter, at(15), pairLimit(DEFAULT_LOGIN_THROTTLE))).toMatchObject({
      failures: 1,
      lockedNow: false,
    });
  });

  it('should give an address more room across emails than one email gets', () => {
    const limit = addressLimit(DEFAULT_LOGIN_THROTTLE);
    expect(failRepeatedly(40, EMPTY_FAILURE_COUNTER, at(0), limit).locks).toEqual([30]);
  });
});

describe(lockRemainingSeconds.name, () => {
  it('should round up to whole seconds and say 0 when there is no lock left', () => {
    expect(lockRemainingSeconds(new Date(at(5).getTime() + 1), at(5))).toBe(1);
    expect(lockRemainingSeconds(at(5), at(0))).toBe(300);
    expect(lockRemainingSeconds(at(5), at(6))).toBe(0);
    expect(lockRemainingSeconds(null, at(0))).toBe(0);
  });
});

describe(throttleAddressKey.name, () => {
  it('should count IPv4 addresses one by one and IPv6 addresses by their /64', () => {
    expect(throttleAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(throttleAddressKey('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(throttleAddressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttleAddressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(throttleAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddressKey(undefined)).toBe('unknown');
  });
});
