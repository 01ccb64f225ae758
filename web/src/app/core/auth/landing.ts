import type { MeResponse } from '@press-award/contracts';
import { safeReturnUrl } from './guards';
import { isManagingRole } from './managing-roles';

/**
 * Where each person's work is, for a sign-in that was not on its way somewhere: organizers, the
 * secretariat and the admin to their awards, a judge (who organizes nothing) to the score sheets,
 * a steering committee member to the prize list to approve, a reporter to the home page with the
 * open calls.
 */
export function landingFor(user: Pick<MeResponse, 'roles' | 'memberships'>): string {
  if (
    user.roles.includes('admin') ||
    user.memberships.some(
      (membership) => isManagingRole(membership.role) && membership.role !== 'judge',
    )
  )
    return '/manage';
  if (user.memberships.some((membership) => membership.role === 'judge')) return '/judging';
  const steering = steeringAwardId(user);
  if (steering) return approvalPath(steering);
  return '/';
}

/** The award whose prize list a steering committee member approves (the latest membership). */
export function steeringAwardId(user: Pick<MeResponse, 'memberships'>): string | null {
  const steering = user.memberships.filter((membership) => membership.role === 'steering');
  return steering.at(-1)?.awardId ?? null;
}

/** The steering committee's approval page of an award (docs/councils.md). */
export const approvalPath = (awardId: string): string =>
  `/awards/${encodeURIComponent(awardId)}/approval`;

/**
 * After signing in, registering or taking up an invitation: back to the page that asked for it
 * (a same-site path only), else the person's landing. The home page is no intent of its own.
 */
export function destinationAfterSignIn(
  returnUrl: string | null | undefined,
  user: Pick<MeResponse, 'roles' | 'memberships'>,
): string {
  const wanted = safeReturnUrl(returnUrl);
  return wanted === '/' ? landingFor(user) : wanted;
}

/** The query that carries an intent from one auth page to the next (`/login` ⇄ `/register`). */
export function returnQuery(returnUrl: string | null | undefined): { returnUrl?: string } {
  const wanted = safeReturnUrl(returnUrl);
  return wanted === '/' ? {} : { returnUrl: wanted };
}
