import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../../infra/config/app-config';
import { SessionService } from './session.service';
import { SESSION_COOKIE, type AuthUser, type SessionTokenPayload } from './auth.types';

const fromBearer = ExtractJwt.fromAuthHeaderAsBearerToken();
const fromCookie = (request: Request): string | null =>
  (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] ?? null;

/** The session token a request carries (bearer header first, then the cookie), if any. */
export const sessionTokenOf = ExtractJwt.fromExtractors([fromBearer, fromCookie]);

/** Bearer header for API clients, the httpOnly cookie for the browser; either names a live session. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionService,
  ) {
    super({
      jwtFromRequest: sessionTokenOf,
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  async validate(request: Request, payload: SessionTokenPayload): Promise<AuthUser | false> {
    const session = await this.sessions.findLive(payload.sid, payload.sub);
    if (!session) return false;
    return {
      id: session.userId,
      sessionId: session.id,
      isAdmin: session.isAdmin,
      via: fromBearer(request) ? 'bearer' : 'cookie',
    };
  }
}
