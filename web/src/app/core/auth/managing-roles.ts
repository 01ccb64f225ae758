import type { AwardRole } from '@press-award/contracts';
import { VERIFICATION_ONLY_ROLES } from '@press-award/contracts';

/** Steering committee members and auditors manage nothing: they only read a restricted package. */
export function isManagingRole(role: AwardRole): boolean {
  return !(VERIFICATION_ONLY_ROLES as readonly AwardRole[]).includes(role);
}
