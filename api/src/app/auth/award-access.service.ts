import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AwardRole, AwardStatus, JuryDelegation } from '@press-award/contracts';
import type { DataSource } from 'typeorm';
import { isUuid } from './session.service';

export interface AwardStanding {
  awardId: string;
  status: AwardStatus;
  roles: AwardRole[];
  /** The jury work the award delegates to its secretaries (`PermissionSpec.delegable`). */
  delegations?: JuryDelegation[];
}

export interface EntryStanding extends AwardStanding {
  entryId: string;
  submitterId: string;
}

/**
 * Which award a route acts on, and the caller's roles in it. Routes name the award directly
 * (`:awardId`); later features register how to find it from their own ids (`:entryId`, `:roundId`).
 */
@Injectable()
export class AwardAccessService {
  private readonly resolvers = new Map<string, (id: string) => Promise<string | null>>();

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.resolvers.set('awardId', async (id) => id);
  }

  registerResolver(param: string, resolve: (id: string) => Promise<string | null>): void {
    this.resolvers.set(param, resolve);
  }

  /** The first route parameter that names an award, resolved to the award id. */
  async awardIdFromParams(params: Record<string, string>): Promise<string | null | undefined> {
    for (const [param, resolve] of this.resolvers) {
      const value = params[param];
      if (value === undefined) continue;
      if (!isUuid(value)) return null;
      return resolve(value);
    }
    return undefined;
  }

  async standing(awardId: string, userId: string): Promise<AwardStanding | null> {
    const rows: {
      status: AwardStatus;
      roles: AwardRole[] | null;
      delegations: JuryDelegation[];
    }[] = await this.db.query(
      `SELECT a.status, a.secretariat_delegations AS delegations,
              array_remove(array_agg(m.role ORDER BY m.role), NULL) AS roles
         FROM awards a
         LEFT JOIN award_members m ON m.award_id = a.id AND m.user_id = $2
        WHERE a.id = $1
        GROUP BY a.id`,
      [awardId, userId],
    );
    const row = rows[0];
    return row
      ? { awardId, status: row.status, roles: row.roles ?? [], delegations: row.delegations }
      : null;
  }

  async entryStanding(entryId: string, userId: string): Promise<EntryStanding | null> {
    if (!isUuid(entryId)) return null;
    const rows: {
      award_id: string;
      submitter_id: string;
      status: AwardStatus;
      roles: AwardRole[] | null;
    }[] = await this.db.query(
      `SELECT e.award_id, e.submitter_id, a.status,
              array_remove(array_agg(m.role ORDER BY m.role), NULL) AS roles
         FROM entries e
         JOIN awards a ON a.id = e.award_id
         LEFT JOIN award_members m ON m.award_id = e.award_id AND m.user_id = $2
        WHERE e.id = $1
        GROUP BY e.id, a.id`,
      [entryId, userId],
    );
    const row = rows[0];
    return row
      ? {
          entryId,
          awardId: row.award_id,
          submitterId: row.submitter_id,
          status: row.status,
          roles: row.roles ?? [],
        }
      : null;
  }

  async isOrganizerOfAny(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM award_members WHERE user_id = $1 AND role = 'organizer' LIMIT 1`,
      [userId],
    );
    return rows.length > 0;
  }
}
