import type { AwardRole } from './enums';

/**
 * Every permission a route can require. `scope` says how the guard checks it:
 * - `signedIn`: any signed-in user;
 * - `system`: only the system admin;
 * - `award`: a member of the award named by the route (`:awardId`, or resolved from another id)
 *   holding one of `roles`; the admin always passes.
 * `publicAwardReadable` lets any signed-in user through when the award is past `draft`.
 */
export interface PermissionSpec {
  scope: 'signedIn' | 'system' | 'award' | 'awardCreator';
  roles?: readonly AwardRole[];
  publicAwardReadable?: boolean;
}

export const PERMISSIONS = {
  'session:read': { scope: 'signedIn' },
  'session:end': { scope: 'signedIn' },
  /** Admins and organizers of an existing award may create the next edition. */
  'award:create': { scope: 'awardCreator' },
  'award:list-managed': { scope: 'signedIn' },
  'award:read': {
    scope: 'award',
    roles: ['organizer', 'secretary', 'judge'],
    publicAwardReadable: true,
  },
  'award:update': { scope: 'award', roles: ['organizer'] },
  'award:status': { scope: 'award', roles: ['organizer'] },
  'category:write': { scope: 'award', roles: ['organizer'] },
  'member:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'member:manage': { scope: 'award', roles: ['organizer'] },
  'outbox:read': { scope: 'system' },
  'user:read': { scope: 'system' },
} as const satisfies Record<string, PermissionSpec>;

export type Permission = keyof typeof PERMISSIONS;
