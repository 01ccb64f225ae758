import type { AwardRole, AwardStatus } from '@press-award/contracts';
import type { Request } from 'express';

export interface AuthUser {
  id: string;
  sessionId: string;
  isAdmin: boolean;
  /** How the request proved who it is; cookie-borne requests must also pass the CSRF check. */
  via: 'bearer' | 'cookie';
}

/** What the AccessGuard learned about the award a route acts on. */
export interface AwardAccess {
  awardId: string;
  status: AwardStatus;
  roles: AwardRole[];
}

export interface AuthenticatedRequest extends Request {
  user?: AuthUser;
  awardAccess?: AwardAccess;
  /** Set on `entry`-scoped routes: whether the caller is the entry's submitter. */
  entryAccess?: AwardAccess & { entryId: string; isOwner: boolean };
}

export interface SessionTokenPayload {
  sub: string;
  sid: string;
}

export const SESSION_COOKIE = 'pa_session';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
