import { describe, expect, it } from '@jest/globals';
import { ERROR_MESSAGES, type ErrorCode } from '@press-award/contracts';
import { statusForCode } from './app-exception';

describe(statusForCode.name, () => {
  it('should give every error code an HTTP status in the documented classes', () => {
    for (const code of Object.keys(ERROR_MESSAGES) as ErrorCode[]) {
      // 410, 412 and 423 are the resumable-upload (tus) protocol's own answers.
      expect([400, 401, 403, 404, 409, 410, 412, 413, 415, 423, 429, 500, 503]).toContain(
        statusForCode(code),
      );
    }
    expect(statusForCode('AWARD_STATUS_TRANSITION_INVALID')).toBe(409);
    expect(statusForCode('AUTH_TOO_MANY_ATTEMPTS')).toBe(429);
  });
});
