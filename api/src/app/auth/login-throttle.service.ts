import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addressLimit,
  counterAfterFailure,
  DEFAULT_LOGIN_THROTTLE,
  EMPTY_FAILURE_COUNTER,
  failureDelayMs,
  lockRemainingSeconds,
  pairLimit,
  type FailureCounter,
  type FailureLimit,
  type LoginThrottlePolicy,
} from '@press-award/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';

/** Who is trying: the email typed and the client address (see `throttleAddressKey`). */
export interface SignInAttempt {
  email: string;
  clientAddress: string;
}

export type AttemptAdmission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

export interface FailureOutcome {
  delayMs: number;
  /** Seconds the address must now wait (this failure reached a limit), or 0. */
  retryAfterSeconds: number;
  /** This failure locked the address out of this email: the moment to tell the owner. */
  emailLockedNow: boolean;
}

interface CounterRow {
  failures: number;
  window_started_at: Date | null;
  locked_until: Date | null;
}

/** The two counters: rows keyed by their primary key columns. */
const PAIR = { table: 'login_attempts', key: ['email', 'client_address'] } as const;
const ADDRESS = { table: 'login_address_attempts', key: ['client_address'] } as const;
type CounterTable = typeof PAIR | typeof ADDRESS;

/**
 * Failed sign-ins per (email, client address) and per client address, in PostgreSQL so every API
 * instance counts the same. An attempt is counted *before* the password is checked (and refunded
 * when it was right), so a burst of parallel guesses cannot slip past the limit while the first
 * ones are still being verified. Nothing is ever counted per email alone: a lock holds back the
 * address that earned it, never the account's owner signing in from elsewhere.
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
      addressMaxFailures: config.LOGIN_ADDRESS_MAX_FAILURES,
      windowSeconds: config.LOGIN_WINDOW_SECONDS,
      baseDelayMs: config.LOGIN_BASE_DELAY_MS,
      maxDelayMs: Math.max(config.LOGIN_BASE_DELAY_MS * 8, 0),
    };
  }

  /**
   * Refuses an attempt while its pair or its address is locked; otherwise counts it as a failure
   * up front. Call `succeeded` or `failed` once the password has been checked.
   */
  async admit(attempt: SignInAttempt): Promise<AttemptAdmission & { outcome?: FailureOutcome }> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const pair = await this.lockRow(manager, PAIR, [attempt.email, attempt.clientAddress]);
      const address = await this.lockRow(manager, ADDRESS, [attempt.clientAddress]);
      const waitSeconds = Math.max(
        lockRemainingSeconds(pair.lockedUntil, now),
        lockRemainingSeconds(address.lockedUntil, now),
      );
      if (waitSeconds > 0) return { admitted: false as const, retryAfterSeconds: waitSeconds };

      const nextPair = await this.saveAfterFailure(
        manager,
        PAIR,
        [attempt.email, attempt.clientAddress],
        pair,
        pairLimit(this.policy),
        now,
      );
      const nextAddress = await this.saveAfterFailure(
        manager,
        ADDRESS,
        [attempt.clientAddress],
        address,
        addressLimit(this.policy),
        now,
      );
      const retryAfterSeconds = Math.max(
        lockRemainingSeconds(nextPair.lockedUntil, now),
        lockRemainingSeconds(nextAddress.lockedUntil, now),
      );
      return {
        admitted: true as const,
        outcome: {
          delayMs: failureDelayMs(nextPair.failures, this.policy),
          retryAfterSeconds,
          emailLockedNow: nextPair.lockedNow,
        },
      };
    });
  }

  /** The right password: forget this pair's failures and refund the address the attempt it was charged. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query('DELETE FROM login_attempts WHERE email = $1 AND client_address = $2', [
        attempt.email,
        attempt.clientAddress,
      ]);
      await manager.query(
        `UPDATE login_address_attempts
            SET failures = GREATEST(failures - 1, 0),
                locked_until = CASE WHEN failures - 1 < $2 THEN NULL ELSE locked_until END
          WHERE client_address = $1`,
        [attempt.clientAddress, this.policy.addressMaxFailures],
      );
    });
  }

  /** Forgets every failure for an email (a new password was set through a one-time link). */
  async forgetEmail(email: string): Promise<void> {
    await this.db.query('DELETE FROM login_attempts WHERE email = $1', [email]);
  }

  /**
   * Claims the right to tell an account's owner about a lock: true at most once per lock period
   * per email, whichever instance and address asks (an atomic upsert decides).
   */
  async claimLockNotice(email: string): Promise<boolean> {
    const now = this.clock.now();
    const rows: unknown[] = await this.db.query(
      `INSERT INTO login_lock_notices (email, notified_at) VALUES ($1, $2)
       ON CONFLICT (email) DO UPDATE SET notified_at = EXCLUDED.notified_at
         WHERE login_lock_notices.notified_at <= $3
       RETURNING email`,
      [email, now, new Date(now.getTime() - this.policy.lockSeconds * 1000)],
    );
    return rows.length > 0;
  }

  /** The counter row, created empty if missing, locked for this transaction. */
  private async lockRow(
    manager: EntityManager,
    counter: CounterTable,
    key: string[],
  ): Promise<FailureCounter> {
    const columns = counter.key.join(', ');
    const placeholders = key.map((_value, index) => `$${index + 1}`).join(', ');
    await manager.query(
      `INSERT INTO ${counter.table} (${columns}) VALUES (${placeholders}) ON CONFLICT DO NOTHING`,
      key,
    );
    const rows: CounterRow[] = await manager.query(
      `SELECT failures, window_started_at, locked_until FROM ${counter.table} WHERE ${this.whereKey(counter)} FOR UPDATE`,
      key,
    );
    const row = rows[0];
    return row
      ? {
          failures: row.failures,
          windowStartedAt: row.window_started_at,
          lockedUntil: row.locked_until,
        }
      : EMPTY_FAILURE_COUNTER;
  }

  private async saveAfterFailure(
    manager: EntityManager,
    counter: CounterTable,
    key: string[],
    current: FailureCounter,
    limit: FailureLimit,
    now: Date,
  ): Promise<ReturnType<typeof counterAfterFailure>> {
    const next = counterAfterFailure(current, now, limit);
    const offset = key.length;
    await manager.query(
      `UPDATE ${counter.table} SET failures = $${offset + 1}, window_started_at = $${offset + 2}, locked_until = $${offset + 3}
        WHERE ${this.whereKey(counter)}`,
      [...key, next.failures, next.windowStartedAt, next.lockedUntil],
    );
    return next;
  }

  private whereKey(counter: CounterTable): string {
    return counter.key.map((column, index) => `${column} = $${index + 1}`).join(' AND ');
  }
}
