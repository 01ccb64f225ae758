import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LOGIN_THROTTLE, failureDelayMs, type LoginThrottlePolicy } from '@press-award/domain';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';

/**
 * Consecutive failures per email, in PostgreSQL so that every API instance counts the same.
 * Failures beyond the free ones are answered slowly; `maxFailures` locks the email briefly.
 */
@Injectable()
export class LoginThrottleService {
  readonly policy: LoginThrottlePolicy;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.policy = {
      ...DEFAULT_LOGIN_THROTTLE,
      maxFailures: config.LOGIN_MAX_FAILURES,
      lockSeconds: config.LOGIN_LOCK_SECONDS,
      baseDelayMs: config.LOGIN_BASE_DELAY_MS,
      maxDelayMs: Math.max(config.LOGIN_BASE_DELAY_MS * 8, 0),
    };
  }

  /** Seconds until the email may try again, or 0 when it is not locked. */
  async lockedForSeconds(email: string): Promise<number> {
    const rows: { locked_until: Date | null }[] = await this.db.query(
      'SELECT locked_until FROM login_attempts WHERE email = $1',
      [email],
    );
    const lockedUntil = rows[0]?.locked_until;
    const remaining = lockedUntil ? lockedUntil.getTime() - this.clock.now().getTime() : 0;
    return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
  }

  /** Counts a failure atomically; returns how long to delay the answer. */
  async recordFailure(email: string): Promise<{ failures: number; delayMs: number; locked: boolean }> {
    const now = this.clock.now();
    const rows: { failures: number }[] = await this.db.query(
      `INSERT INTO login_attempts (email, failures, last_failure_at, locked_until)
       VALUES ($1, 1, $2, NULL)
       ON CONFLICT (email) DO UPDATE
         SET failures = CASE WHEN login_attempts.locked_until IS NOT NULL AND login_attempts.locked_until <= $2
                             THEN 1 ELSE login_attempts.failures + 1 END,
             last_failure_at = $2,
             locked_until = CASE WHEN login_attempts.locked_until IS NOT NULL AND login_attempts.locked_until <= $2
                                 THEN NULL ELSE login_attempts.locked_until END
       RETURNING failures`,
      [email, now],
    );
    const failures = rows[0]?.failures ?? 1;
    let locked = false;
    if (failures >= this.policy.maxFailures) {
      locked = true;
      await this.db.query('UPDATE login_attempts SET locked_until = $2 WHERE email = $1', [
        email,
        new Date(now.getTime() + this.policy.lockSeconds * 1000),
      ]);
    }
    return { failures, delayMs: failureDelayMs(failures, this.policy), locked };
  }

  async recordSuccess(email: string): Promise<void> {
    await this.db.query('DELETE FROM login_attempts WHERE email = $1', [email]);
  }
}
