import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MemberResponse, Page } from '@press-award/contracts';
import type { InviteMemberDto, UpdateMemberDto } from '@press-award/contracts/dto';
import { awardTitle } from '@press-award/domain';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { MailService } from '../../infra/mail/mail.service';
import { addedToAwardMail, invitationMail } from '../../infra/mail/templates';
import { hashToken } from '../auth/auth.service';
import { Invitation } from '../auth/entities/invitation.entity';
import { Award } from '../awards/entities/award.entity';
import { User } from '../users/entities/user.entity';
import { AwardMember } from './entities/award-member.entity';

interface MemberRow {
  id: string;
  award_id: string;
  user_id: string;
  email: string;
  full_name: string;
  role: MemberResponse['role'];
  organization_name: string | null;
  title: string | null;
  activated: boolean;
  created_at: Date;
  declared_organizations: string[];
}

const MEMBER_SELECT = `
  SELECT m.id, m.award_id, m.user_id, u.email, u.full_name, m.role,
         COALESCE(m.organization_name, u.organization_name) AS organization_name, m.title,
         (u.password_hash IS NOT NULL) AS activated, m.created_at, m.declared_organizations
    FROM award_members m JOIN users u ON u.id = m.user_id`;

function toMemberResponse(row: MemberRow): MemberResponse {
  return {
    id: row.id,
    awardId: row.award_id,
    userId: row.user_id,
    email: row.email,
    fullName: row.full_name,
    role: row.role,
    organizationName: row.organization_name,
    title: row.title,
    activated: row.activated,
    declaredOrganizations: row.declared_organizations,
    createdAt: row.created_at.toISOString(),
  };
}

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Gives a person a role in the award, creating their account if needed. A new account gets a
   * one-time link to set a password; an existing one is told of the new role. The email is sent
   * after the transaction commits, so a refused invitation sends nothing.
   */
  async invite(
    awardId: string,
    input: InviteMemberDto,
    invitedBy: string,
  ): Promise<MemberResponse> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(
      this.clock.now().getTime() + this.config.INVITATION_TTL_SECONDS * 1000,
    );
    const outcome = await this.db.transaction(async (manager) => {
      const award = await manager.getRepository(Award).findOneBy({ id: awardId });
      if (!award) throw new AppException('AWARD_NOT_FOUND');
      const users = manager.getRepository(User);
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [input.email]);
      let user = await users.findOneBy({ email: input.email });
      if (!user) {
        user = await users.save(
          users.create({
            email: input.email,
            passwordHash: null,
            fullName: input.fullName,
            penName: null,
            phone: null,
            organizationName: input.organizationName ?? null,
            isAdmin: false,
          }),
        );
      }
      const existing = await manager
        .getRepository(AwardMember)
        .findOneBy({ awardId, userId: user.id, role: input.role });
      if (existing) throw new AppException('MEMBER_ALREADY_EXISTS');
      const member = await manager.getRepository(AwardMember).save({
        awardId,
        userId: user.id,
        role: input.role,
        organizationName: input.organizationName ?? null,
        title: input.title || null,
        invitedBy,
      });
      const needsPassword = user.passwordHash === null;
      if (needsPassword) {
        await manager
          .getRepository(Invitation)
          .save({ tokenHash: hashToken(token), userId: user.id, awardId, expiresAt, usedAt: null });
      }
      return { award, user, member, needsPassword };
    });

    const { award, user, member, needsPassword } = outcome;
    await this.mail.send(
      needsPassword
        ? invitationMail({
            to: user.email,
            fullName: user.fullName,
            awardName: awardTitle(award),
            role: input.role,
            link: `${this.config.publicUrl}/invite/${token}`,
            expiresAt,
          })
        : addedToAwardMail({
            to: user.email,
            fullName: user.fullName,
            awardName: awardTitle(award),
            role: input.role,
            link: `${this.config.publicUrl}/login`,
          }),
    );
    return this.get(awardId, member.id);
  }

  async list(awardId: string, page: number, pageSize: number): Promise<Page<MemberResponse>> {
    const rows: MemberRow[] = await this.db.query(
      `${MEMBER_SELECT} WHERE m.award_id = $1 ORDER BY m.role, u.full_name, m.id LIMIT $2 OFFSET $3`,
      [awardId, pageSize, (page - 1) * pageSize],
    );
    const [{ count }] = await this.db.query(
      'SELECT count(*)::int AS count FROM award_members WHERE award_id = $1',
      [awardId],
    );
    return { items: rows.map(toMemberResponse), total: count, page, pageSize };
  }

  async get(awardId: string, memberId: string): Promise<MemberResponse> {
    const rows: MemberRow[] = await this.db.query(
      `${MEMBER_SELECT} WHERE m.award_id = $1 AND m.id = $2`,
      [awardId, memberId],
    );
    if (!rows[0]) throw new AppException('MEMBER_NOT_FOUND');
    return toMemberResponse(rows[0]);
  }

  /** A member's agency, title and declared relationships (used to keep judges from conflicted works). */
  async update(awardId: string, memberId: string, input: UpdateMemberDto): Promise<MemberResponse> {
    const member = await this.db.getRepository(AwardMember).findOneBy({ id: memberId, awardId });
    if (!member) throw new AppException('MEMBER_NOT_FOUND');
    await this.db.getRepository(AwardMember).update(
      { id: memberId },
      {
        ...(input.organizationName !== undefined
          ? { organizationName: input.organizationName || null }
          : {}),
        ...(input.title !== undefined ? { title: input.title || null } : {}),
        ...(input.declaredOrganizations !== undefined
          ? {
              declaredOrganizations: [
                ...new Set(input.declaredOrganizations.map((name) => name.trim())),
              ],
            }
          : {}),
      },
    );
    return this.get(awardId, memberId);
  }

  async remove(awardId: string, memberId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      // Serialise removals per award so two organizers cannot remove each other at once.
      await manager.query('SELECT id FROM awards WHERE id = $1 FOR UPDATE', [awardId]);
      const member = await manager.getRepository(AwardMember).findOneBy({ id: memberId, awardId });
      if (!member) throw new AppException('MEMBER_NOT_FOUND');
      if (member.role === 'organizer') {
        const organizers = await manager
          .getRepository(AwardMember)
          .countBy({ awardId, role: 'organizer' });
        if (organizers <= 1) throw new AppException('MEMBER_LAST_ORGANIZER');
      }
      await manager.getRepository(AwardMember).delete({ id: memberId });
    });
  }
}
