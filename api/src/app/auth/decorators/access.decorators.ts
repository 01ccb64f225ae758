import {
  applyDecorators,
  createParamDecorator,
  SetMetadata,
  type ExecutionContext,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Permission } from '@press-award/contracts';
import type { AuthenticatedRequest, AuthUser } from '../auth.types';

export const PUBLIC_ROUTE = 'access:public';
export const REQUIRED_PERMISSION = 'access:permission';

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * The one way to open a route to signed-in users: names the permission it needs. The global
 * AccessGuard denies every route that has neither `@Public()` nor `@Authorize()`.
 */
export const Authorize = (permission: Permission) =>
  applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, permission),
    ApiBearerAuth(),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ description: 'AUTH_REQUIRED / AUTH_SESSION_EXPIRED' }),
    ApiForbiddenResponse({ description: `FORBIDDEN: needs "${permission}"` }),
  );

/** The signed-in user of this request. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.user) throw new Error('CurrentUser used on a route without authentication');
    return request.user;
  },
);
