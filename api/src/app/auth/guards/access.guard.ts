import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { PERMISSIONS, type Permission, type PermissionSpec } from '@press-award/contracts';
import { isAwardPublic } from '@press-award/domain';
import { AppException } from '../../../infra/http/app-exception';
import { AwardAccessService } from '../award-access.service';
import { PUBLIC_ROUTE, REQUIRED_PERMISSION } from '../decorators/access.decorators';
import { SessionService } from '../session.service';
import { CSRF_HEADER, type AuthenticatedRequest, type AuthUser } from '../auth.types';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Passport's JWT guard, answering in our error shape. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<TUser = AuthUser>(error: unknown, user: TUser | false): TUser {
    if (error || !user) throw new AppException('AUTH_REQUIRED');
    return user;
  }
}

/**
 * The global guard. Deny by default: a route opens only through `@Public()` or
 * `@Authorize(permission)`, and the permission's scope decides what is checked.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly jwtGuard: JwtAuthGuard,
    private readonly sessions: SessionService,
    private readonly awards: AwardAccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(
      REQUIRED_PERMISSION,
      targets,
    );
    if (!permission) {
      this.logger.error(
        `Route without @Public() or @Authorize(): ${context.getClass().name}.${context.getHandler().name}`,
      );
      throw new AppException('FORBIDDEN');
    }

    await this.jwtGuard.canActivate(context);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const user = request.user as AuthUser;

    if (user.via === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (
        !this.sessions.csrfTokenMatches(user.sessionId, Array.isArray(header) ? header[0] : header)
      ) {
        throw new AppException('AUTH_CSRF_MISMATCH');
      }
    }

    const spec: PermissionSpec = PERMISSIONS[permission];
    switch (spec.scope) {
      case 'signedIn':
        return true;
      case 'system':
        if (!user.isAdmin) throw new AppException('FORBIDDEN');
        return true;
      case 'awardCreator':
        if (user.isAdmin || (await this.awards.isOrganizerOfAny(user.id))) return true;
        throw new AppException('FORBIDDEN');
      case 'award':
        return this.checkAward(request, user, spec);
      case 'entry':
        return this.checkEntry(request, user, spec);
    }
  }

  private async checkEntry(
    request: AuthenticatedRequest,
    user: AuthUser,
    spec: PermissionSpec,
  ): Promise<boolean> {
    const entryId = (request.params as Record<string, string>)['entryId'];
    if (entryId === undefined)
      throw new Error(`Entry-scoped route without :entryId: ${request.route?.path}`);
    const standing = await this.awards.entryStanding(entryId, user.id);
    if (!standing) throw new AppException('ENTRY_NOT_FOUND');
    const isOwner = standing.submitterId === user.id;
    const allowed =
      user.isAdmin ||
      (spec.owner && isOwner) ||
      standing.roles.some((role) => spec.roles?.includes(role));
    // Whoever may not act on an entry is not told that it exists.
    if (!allowed) throw new AppException('ENTRY_NOT_FOUND');
    request.entryAccess = { ...standing, isOwner };
    request.awardAccess = standing;
    return true;
  }

  private async checkAward(
    request: AuthenticatedRequest,
    user: AuthUser,
    spec: PermissionSpec,
  ): Promise<boolean> {
    const awardId = await this.awards.awardIdFromParams(request.params as Record<string, string>);
    if (awardId === undefined)
      throw new Error(`Award-scoped route without an award parameter: ${request.route?.path}`);
    const standing = awardId ? await this.awards.standing(awardId, user.id) : null;
    // An award the caller cannot see answers 404, never 403: its existence is not revealed.
    if (!standing) throw new AppException('NOT_FOUND');
    request.awardAccess = standing;
    if (user.isAdmin) return true;
    if (standing.roles.some((role) => spec.roles?.includes(role))) return true;
    // Jury work the organizer delegated: the award's secretaries pass, through the same route.
    if (
      spec.delegable &&
      standing.roles.includes('secretary') &&
      standing.delegations?.includes(spec.delegable)
    )
      return true;
    const visible = standing.roles.length > 0 || isAwardPublic(standing.status);
    if (spec.publicAwardReadable && isAwardPublic(standing.status)) return true;
    throw new AppException(visible ? 'FORBIDDEN' : 'NOT_FOUND');
  }
}
