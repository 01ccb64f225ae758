import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AcceptInvitationDto, LoginDto } from '@press-award/contracts/dto';
import type { AwardRole, MeResponse } from '@press-award/contracts';
import { DataSource, IsNull } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { User } from '../users/entities/user.entity';
import { toMeResponse } from '../users/users.presenter';
import { Invitation } from './entities/invitation.entity';
import { LoginThrottleService, type FailureOutcome } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionService, type IssuedSession } from './session.service';
import { SignInAlertsService } from './sign-in-alerts.service';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Who is signing in, as far as the request tells. */
export interface SignInClient {
  userAgent: string | undefined;
  /** The throttle's key for the client address (`throttleAddressKey(request.ip)`). */
  address: string;
  /** The user of a live session the request already carries, if any. */
  sessionUserId: string | null;
}

const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppException('AUTH_TOO_MANY_ATTEMPTS', undefined, {
    'Retry-After': String(retryAfterSeconds),
  });

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly alerts: SignInAlertsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Signs in. Throttled per (email, client address) and per address, never per email alone, so
   * someone typing wrong passwords holds back only their own address. A request that already
   * carries a live session of this account is not throttled at all.
   */
  async login(
    input: LoginDto,
    client: SignInClient,
  ): Promise<IssuedSession & { user: MeResponse }> {
    const user = await this.db.getRepository(User).findOneBy({ email: input.email });
    const trusted = client.sessionUserId !== null && client.sessionUserId === user?.id;
    const attempt = { email: input.email, clientAddress: client.address };
    let outcome: FailureOutcome | undefined;
    if (!trusted) {
      const admission = await this.throttle.admit(attempt);
      if (!admission.admitted) throw tooManyAttempts(admission.retryAfterSeconds);
      outcome = admission.outcome;
    }
    const valid = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !valid) {
      if (outcome?.emailLockedNow)
        await this.alerts.addressLockedOut(input.email, client.address, this.clock.now());
      await sleep(outcome?.delayMs ?? 0);
      if (outcome && outcome.retryAfterSeconds > 0)
        throw tooManyAttempts(outcome.retryAfterSeconds);
      throw new AppException('AUTH_INVALID_CREDENTIALS');
    }
    if (!trusted) await this.throttle.succeeded(attempt);
    return this.signIn(user.id, client.userAgent);
  }

  /** Issues a session for a user who just proved who they are. */
  async signIn(
    userId: string,
    userAgent: string | undefined,
  ): Promise<IssuedSession & { user: MeResponse }> {
    const session = await this.sessions.issue(userId, userAgent);
    return { ...session, user: await this.me(userId) };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
  }

  async me(userId: string): Promise<MeResponse> {
    const user = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    const memberships: { awardId: string; role: AwardRole }[] = (
      await this.db.query(
        'SELECT award_id, role FROM award_members WHERE user_id = $1 ORDER BY created_at, role',
        [userId],
      )
    ).map((row: { award_id: string; role: AwardRole }) => ({
      awardId: row.award_id,
      role: row.role,
    }));
    return toMeResponse(user, memberships);
  }

  /** Sets the invitee's password from a one-time link and signs them in. */
  async acceptInvitation(
    input: AcceptInvitationDto,
    userAgent: string | undefined,
  ): Promise<IssuedSession & { user: MeResponse }> {
    const passwordHash = await this.hasher.hash(input.password);
    const userId = await this.db.transaction(async (manager) => {
      const invitation = await manager.getRepository(Invitation).findOne({
        where: { tokenHash: hashToken(input.token), usedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.expiresAt <= this.clock.now())
        throw new AppException('INVITATION_INVALID');
      await manager
        .getRepository(Invitation)
        .update({ id: invitation.id }, { usedAt: this.clock.now() });
      await manager.getRepository(User).update({ id: invitation.userId }, { passwordHash });
      return invitation.userId;
    });
    const email = (await this.db.getRepository(User).findOneByOrFail({ id: userId })).email;
    await this.throttle.forgetEmail(email);
    return this.signIn(userId, userAgent);
  }
}
