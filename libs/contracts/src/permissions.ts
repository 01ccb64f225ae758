import type { AwardRole } from './enums';
import type { JuryDelegation } from './jury';

/**
 * Every permission a route can require. `scope` says how the guard checks it:
 * - `signedIn`: any signed-in user;
 * - `system`: only the system admin;
 * - `award`: a member of the award named by the route (`:awardId`, or resolved from another id)
 *   holding one of `roles`; the admin always passes.
 * - `entry`: the entry named by `:entryId`; its submitter passes when `owner` is set, and so do
 *   members of its award holding one of `roles`. Anyone else gets 404: entries are never revealed.
 * `publicAwardReadable` lets any signed-in user through when the award is past `draft`.
 * `delegable` names the jury work an organizer may hand to the award's secretaries: a secretary passes
 * when the award delegates that key (`awards.secretariat_delegations`, docs/councils.md).
 */
export interface PermissionSpec {
  scope: 'signedIn' | 'system' | 'award' | 'awardCreator' | 'entry';
  roles?: readonly AwardRole[];
  publicAwardReadable?: boolean;
  owner?: boolean;
  delegable?: JuryDelegation;
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
  'round:manage': { scope: 'award', roles: ['organizer'], delegable: 'rounds' },
  /** Assigning judges to a round's entries, by hand or automatically. */
  'assignment:manage': { scope: 'award', roles: ['organizer'], delegable: 'assignments' },
  /** A round's council: managers read any; a judge reads only the council they chair (404 otherwise). */
  'council:read': { scope: 'award', roles: ['organizer', 'secretary', 'judge'] },
  'council:manage': { scope: 'award', roles: ['organizer'], delegable: 'rounds' },
  /** Which jury work the award hands to its secretariat. */
  'delegation:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'delegation:manage': { scope: 'award', roles: ['organizer'] },
  /** A judge's own work: the service answers only for the caller's assignments (404 otherwise). */
  'judging:self': { scope: 'signedIn' },
  'audit:read': { scope: 'award', roles: ['organizer'] },
  /** A judge declares the agencies they have ties with (never assigned those agencies' works). */
  'judging:relationships': { scope: 'award', roles: ['judge'] },
  'results:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  /** The prize list (codes, titles, tiers; no authors): also the steering committee, who approves it. */
  'prizes:read': { scope: 'award', roles: ['organizer', 'secretary', 'steering'] },
  'prizes:decide': { scope: 'award', roles: ['organizer'] },
  'results:publish': { scope: 'award', roles: ['organizer'] },
  'results:export': { scope: 'award', roles: ['organizer', 'secretary'] },
  /** The winning entry's certificate: its submitter and the award's organizers and secretaries. */
  'certificate:read': { scope: 'entry', owner: true, roles: ['organizer', 'secretary'] },
  /** The award's numbered documents (decisions, minutes, prize and payment lists): its staff. */
  'document:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'document:create': { scope: 'award', roles: ['organizer', 'secretary'] },
  'complaint:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'complaint:file': { scope: 'award', roles: ['organizer', 'secretary'] },
  'complaint:resolve': { scope: 'award', roles: ['organizer'] },
  /** Forwarding winners to a national award: organizer of the source award; the target is checked by the service. */
  'entry:forward': { scope: 'award', roles: ['organizer'] },
  /**
   * Batches (hồ sơ gửi giải) of organization accounts (docs/agencies.md). Any signed-in user may ask
   * to open one in a public award; the service admits organization accounts only.
   */
  'batch:create': { scope: 'award', roles: [], publicAwardReadable: true },
  'batch:list-mine': { scope: 'signedIn' },
  /** The award's staff see every batch of their award. */
  'batch:list-award': { scope: 'award', roles: ['organizer', 'secretary'] },
  /**
   * One batch, its covering letter and its list: the service answers only its owner and the award's
   * organizers and secretaries (and the admin); anyone else gets 404, as for entries.
   */
  'batch:read': { scope: 'signedIn' },
  /** Changing a batch (its covering letter): the service answers its owner only (404 otherwise). */
  'batch:write': { scope: 'signedIn' },
  'dashboard:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'collective-prize:read': { scope: 'award', roles: ['organizer', 'secretary'] },
  'collective-prize:decide': { scope: 'award', roles: ['organizer'] },
  /** Who may read the verification package whether or not the award restricts it. */
  'verification:read': { scope: 'award', roles: ['organizer', 'steering', 'auditor'] },
  'verification:configure': { scope: 'award', roles: ['organizer'] },
  /** The steering committee's approvals of the prize list (docs/councils.md). */
  'prize-approval:read': { scope: 'award', roles: ['organizer', 'secretary', 'steering'] },
  /** Approving the prize list: its steering committee members only (the service checks the role). */
  'prize-approval:approve': { scope: 'award', roles: ['steering'] },
  'outbox:read': { scope: 'system' },
  /** Prometheus metrics of the instance that answers (the system admin). */
  'metrics:read': { scope: 'system' },
  'user:read': { scope: 'system' },
} as const satisfies Record<string, PermissionSpec>;

export type Permission = keyof typeof PERMISSIONS;
