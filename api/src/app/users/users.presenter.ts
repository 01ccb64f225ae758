import type { AwardRole, MeResponse, SystemRole, UserResponse } from '@press-award/contracts';
import type { User } from './entities/user.entity';

export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    penName: user.penName,
    phone: user.phone,
    organizationName: user.organizationName,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toMeResponse(
  user: User,
  memberships: { awardId: string; role: AwardRole }[],
): MeResponse {
  const roles: SystemRole[] = user.isAdmin ? ['admin', 'reporter'] : ['reporter'];
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    penName: user.penName,
    phone: user.phone,
    organizationName: user.organizationName,
    accountKind: user.accountKind,
    roles,
    memberships,
  };
}
