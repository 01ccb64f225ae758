import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { Session } from './entities/session.entity';
import type { SessionTokenPayload } from './auth.types';

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
  csrfToken: string;
  sessionId: string;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async issue(userId: string, userAgent: string | undefined): Promise<IssuedSession> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.SESSION_TTL_SECONDS * 1000);
    const session = await this.db.getRepository(Session).save({
      userId,
      expiresAt,
      revokedAt: null,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    const payload: SessionTokenPayload = { sub: userId, sid: session.id };
    const accessToken = await this.jwt.signAsync(payload, {
      secret: this.config.jwtSecret,
      algorithm: 'HS256',
      expiresIn: this.config.SESSION_TTL_SECONDS,
    });
    return {
      accessToken,
      expiresAt,
      csrfToken: this.csrfTokenFor(session.id),
      sessionId: session.id,
    };
  }

  /** The session and whether its user is an admin, if it is neither revoked nor expired. */
  async findLive(
    sessionId: string,
    userId: string,
  ): Promise<{ id: string; userId: string; isAdmin: boolean } | null> {
    if (!isUuid(sessionId) || !isUuid(userId)) return null;
    const rows: { id: string; user_id: string; is_admin: boolean }[] = await this.db.query(
      `SELECT s.id, s.user_id, u.is_admin
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > $3`,
      [sessionId, userId, this.clock.now()],
    );
    const row = rows[0];
    return row ? { id: row.id, userId: row.user_id, isAdmin: row.is_admin } : null;
  }

  /** The user of a live session token, or null for anything else (bad signature, expired, revoked). */
  async liveUserIdOf(token: string | null): Promise<string | null> {
    if (!token) return null;
    try {
      const payload = await this.jwt.verifyAsync<SessionTokenPayload>(token, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
      });
      return (await this.findLive(payload.sid, payload.sub))?.userId ?? null;
    } catch {
      return null;
    }
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.getRepository(Session).update({ id: sessionId }, { revokedAt: this.clock.now() });
  }

  /** Bound to the session, so a token planted by another site cannot match. */
  csrfTokenFor(sessionId: string): string {
    return createHmac('sha256', this.config.jwtSecret)
      .update(`csrf:${sessionId}`)
      .digest('base64url');
  }

  csrfTokenMatches(sessionId: string, candidate: string | undefined): boolean {
    if (!candidate) return false;
    const expected = Buffer.from(this.csrfTokenFor(sessionId));
    const given = Buffer.from(candidate);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
