import { inject } from '@angular/core';
import type { CanActivateFn, UrlTree } from '@angular/router';
import { Router } from '@angular/router';
import { SAME_SITE_PATH_MAX_LENGTH, SAME_SITE_PATH_PATTERN } from '@press-award/contracts';
import { AuthService } from './auth.service';

function loginRedirect(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree(['/login'], { queryParams: { returnUrl } });
}

/** Signed-in users only; others go to /login?returnUrl=… and come back afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(AuthService).ensureLoaded();
  return user ? true : loginRedirect(router, state.url);
};

/** The system admin only. */
export const adminGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.ensureLoaded();
  if (!user) return loginRedirect(router, state.url);
  return auth.isAdmin() ? true : router.createUrlTree(['/forbidden']);
};

/** Creating an award: the admin and organizers of any award (the API's `award:create`). */
export const awardCreatorGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.ensureLoaded();
  if (!user) return loginRedirect(router, state.url);
  return auth.canCreateAward() ? true : router.createUrlTree(['/forbidden']);
};

/** Managing one award: its organizers (from /me memberships) and the admin. */
export const awardOrganizerGuard: CanActivateFn = async (route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.ensureLoaded();
  if (!user) return loginRedirect(router, state.url);
  const awardId = route.paramMap.get('awardId') ?? '';
  return auth.canManage(awardId) ? true : router.createUrlTree(['/forbidden']);
};

/** The secretariat's pages of one award: its organizers, its secretaries and the admin. */
export const awardStaffGuard: CanActivateFn = async (route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.ensureLoaded();
  if (!user) return loginRedirect(router, state.url);
  const awardId = route.paramMap.get('awardId') ?? '';
  return auth.canScreen(awardId) ? true : router.createUrlTree(['/forbidden']);
};

/** Login and register make no sense when already signed in. */
export const signedOutGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const user = await inject(AuthService).ensureLoaded();
  if (!user) return true;
  return router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')));
};

/**
 * Only same-site paths, by the rule the API checks too (`SAME_SITE_PATH_PATTERN`):
 * `returnUrl=https://evil.example` must not become an open redirect.
 */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.length <= SAME_SITE_PATH_MAX_LENGTH && SAME_SITE_PATH_PATTERN.test(value)
    ? value
    : '/';
}
