import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AcceptInvitationDto, LoginDto, RegisterDto } from '@press-award/contracts/dto';
import type { AwardRole, MeResponse, UserResponse } from '@press-award/contracts';
import { DataSource, IsNull } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { User } from '../users/entities/user.entity';
import { toMeResponse, toUserResponse } from '../users/users.presenter';
import { Invitation } from './entities/invitation.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionService, type IssuedSession } from './session.service';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly clock: Clock,
  ) {}

  async register(input: RegisterDto): Promise<UserResponse> {
    const users = this.db.getRepository(User);
    const existing = await users.findOneBy({ email: input.email });
    if (existing) throw new AppException('AUTH_EMAIL_TAKEN');
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const user = await users.save(
        users.create({
          email: input.email,
          passwordHash,
          fullName: input.fullName,
          penName: input.penName || null,
          phone: input.phone || null,
          organizationName: input.organizationName || null,
          isAdmin: false,
        }),
      );
      return toUserResponse(user);
    } catch (error) {
      // Two registrations racing for one email: the unique index decides.
      if ((error as { code?: string }).code === '23505') throw new AppException('AUTH_EMAIL_TAKEN');
      throw error;
    }
  }

  async login(input: LoginDto, userAgent: string | undefined): Promise<IssuedSession & { user: MeResponse }> {
    const lockedFor = await this.throttle.lockedForSeconds(input.email);
    if (lockedFor > 0) {
      throw new AppException('AUTH_TOO_MANY_ATTEMPTS', undefined, { 'Retry-After': String(lockedFor) });
    }
    const user = await this.db.getRepository(User).findOneBy({ email: input.email });
    const valid = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !valid) {
      const { delayMs, locked } = await this.throttle.recordFailure(input.email);
      await sleep(delayMs);
      if (locked) {
        throw new AppException('AUTH_TOO_MANY_ATTEMPTS', undefined, {
          'Retry-After': String(this.throttle.policy.lockSeconds),
        });
      }
      throw new AppException('AUTH_INVALID_CREDENTIALS');
    }
    await this.throttle.recordSuccess(input.email);
    const session = await this.sessions.issue(user.id, userAgent);
    return { ...session, user: await this.me(user.id) };
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
    ).map((row: { award_id: string; role: AwardRole }) => ({ awardId: row.award_id, role: row.role }));
    return toMeResponse(user, memberships);
  }

  /** Sets the invitee's password from a one-time link and signs them in. */
  async acceptInvitation(input: AcceptInvitationDto, userAgent: string | undefined): Promise<IssuedSession & { user: MeResponse }> {
    const passwordHash = await this.hasher.hash(input.password);
    const userId = await this.db.transaction(async (manager) => {
      const invitation = await manager.getRepository(Invitation).findOne({
        where: { tokenHash: hashToken(input.token), usedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.expiresAt <= this.clock.now()) throw new AppException('INVITATION_INVALID');
      await manager.getRepository(Invitation).update({ id: invitation.id }, { usedAt: this.clock.now() });
      await manager.getRepository(User).update({ id: invitation.userId }, { passwordHash });
      return invitation.userId;
    });
    const email = (await this.db.getRepository(User).findOneByOrFail({ id: userId })).email;
    await this.throttle.recordSuccess(email);
    const session = await this.sessions.issue(userId, userAgent);
    return { ...session, user: await this.me(userId) };
  }
}
