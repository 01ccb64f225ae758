import type { AwardRole } from './enums';

/**
 * Every permission a route can require. `scope` says how the guard checks it:
 * - `signedIn`: any signed-in user;
 * - `system`: only the system admin;
 * - `award`: a member of the award named by the route (`:awardId`, or resolved from another id)
 *   holding one of `roles`; the admin always passes.
 * - `entry`: the entry named by `:entryId`; its submitter passes when `owner` is set, and so do
 *   members of its award holding one of `roles`. Anyone else gets 404: entries are never revealed.
 * `publicAwardReadable` lets any signed-in user through when the award is past `draft`.
 */
export interface PermissionSpec {
  scope: 'signedIn' | 'system' | 'award' | 'awardCreator' | 'entry';
  roles?: readonly AwardRole[];
  publicAwardReadable?: boolean;
  owner?: boolean;
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
  /** Any signed-in user may submit to a public award (the service checks that it is open). */
  'entry:create': { scope: 'award', roles: [], publicAwardReadable: true },
  'entry:list-mine': { scope: 'signedIn' },
  'entry:read': { scope: 'entry', owner: true, roles: ['organizer', 'secretary'] },
  'entry:write': { scope: 'entry', owner: true, roles: [] },
  /** The resumable upload endpoint: ownership of the named entry is checked per request. */
  'upload:resumable': { scope: 'signedIn' },
  'screening:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'screening:decide': { scope: 'award', roles: ['organizer', 'secretary'] },
  'entry:screen': { scope: 'entry', owner: false, roles: ['organizer', 'secretary'] },
  'codes:issue': { scope: 'award', roles: ['organizer', 'secretary'] },
  'round:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'round:manage': { scope: 'award', roles: ['organizer'] },
  /** A judge's own work: the service answers only for the caller's assignments (404 otherwise). */
  'judging:self': { scope: 'signedIn' },
  'audit:read': { scope: 'award', roles: ['organizer'] },
  /** A judge declares the agencies they have ties with (never assigned those agencies' works). */
  'judging:relationships': { scope: 'award', roles: ['judge'] },
  'results:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'prizes:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'prizes:decide': { scope: 'award', roles: ['organizer'] },
  'results:publish': { scope: 'award', roles: ['organizer'] },
  'results:export': { scope: 'award', roles: ['organizer', 'secretary'] },
  /** The winning entry's certificate: its submitter and the award's organizers and secretaries. */
  'certificate:read': { scope: 'entry', owner: true, roles: ['organizer', 'secretary'] },
  'complaint:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'complaint:file': { scope: 'award', roles: ['organizer', 'secretary'] },
  'complaint:resolve': { scope: 'award', roles: ['organizer'] },
  /** Forwarding winners to a national award: organizer of the source award; the target is checked by the service. */
  'entry:forward': { scope: 'award', roles: ['organizer'] },
  'dashboard:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'outbox:read': { scope: 'system' },
  /** Prometheus metrics of the instance that answers (the system admin). */
  'metrics:read': { scope: 'system' },
  'user:read': { scope: 'system' },
} as const satisfies Record<string, PermissionSpec>;

export type Permission = keyof typeof PERMISSIONS;
