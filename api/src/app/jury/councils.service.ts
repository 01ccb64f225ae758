import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AwardRole,
  ChairedCouncilResponse,
  CouncilPerson,
  CouncilProgressResponse,
  CouncilView,
  ErrorCode,
  FieldError,
  RoundStatus,
} from '@press-award/contracts';
import type { PutCouncilDto } from '@press-award/contracts/dto';
import { awardTitle } from '@press-award/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { AuditService } from '../audit/audit.service';
import { AwardMember } from '../members/entities/award-member.entity';
import { Council } from './entities/council.entity';
import { Panel } from './entities/panel.entity';
import { Round } from './entities/round.entity';
import { ProgressService } from './progress.service';
import { lockRound } from './round-lock';

/** Who asks: managers (organizer, secretary, admin) see every council; a judge only the one they chair. */
export interface CouncilCaller {
  userId: string;
  isAdmin: boolean;
  roles: readonly AwardRole[];
}

/** The council's offices and panel leaders, as the audit chain records them. */
interface CouncilRecord {
  name: string;
  chairUserId: string;
  viceChairUserId: string | null;
  secretaryUserId: string | null;
  leaders: Record<string, string | null>;
}

/** A refusal of one field of the council, under its own stable code. */
interface CouncilIssue extends FieldError {
  code: Extract<ErrorCode, `COUNCIL_${string}`>;
}

const byName = new Intl.Collator('vi', { sensitivity: 'base' });

/** A round's council (hội đồng): its offices, its tiểu ban and the view documents and pages show. */
@Injectable()
export class CouncilsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly roundProgress: ProgressService,
  ) {}

  /**
   * The council of a round with everyone in it, for pages and generated documents (the council
   * decision, the minutes' signature blocks); null when the round has no council (or no round).
   */
  async councilView(
    roundId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<CouncilView | null> {
    const round = await manager.getRepository(Round).findOneBy({ id: roundId });
    if (!round) return null;
    const council = await manager.getRepository(Council).findOneBy({ roundId });
    if (!council) return null;
    const panels = (await manager.getRepository(Panel).findBy({ roundId })).sort((a, b) =>
      byName.compare(a.name, b.name),
    );
    const ids = new Set<string>(
      [
        council.chairUserId,
        council.viceChairUserId,
        council.secretaryUserId,
        ...panels.flatMap((panel) => [panel.leaderUserId, ...panel.judgeIds]),
      ].filter((id): id is string => id !== null),
    );
    const people = await peopleOf(manager, round.awardId, [...ids]);
    const person = (id: string | null): CouncilPerson | null =>
      id === null ? null : (people.get(id) ?? null);
    const sortedByName = (userIds: string[]): CouncilPerson[] =>
      userIds
        .map((id) => people.get(id))
        .filter((candidate): candidate is CouncilPerson => candidate !== undefined)
        .sort((a, b) => byName.compare(a.fullName, b.fullName) || a.userId.localeCompare(b.userId));

    const officers = [council.chairUserId, council.viceChairUserId, council.secretaryUserId].filter(
      (id): id is string => id !== null,
    );
    const judges = sortedByName([...new Set(panels.flatMap((panel) => panel.judgeIds))]).filter(
      (judge) => !officers.includes(judge.userId),
    );
    return {
      roundId,
      roundName: round.name,
      name: council.name,
      chair: person(council.chairUserId),
      viceChair: person(council.viceChairUserId),
      secretary: person(council.secretaryUserId),
      subcommittees: panels.map((panel) => ({
        panelId: panel.id,
        name: panel.name,
        leader: person(panel.leaderUserId),
        members: sortedByName(panel.judgeIds),
      })),
      members: [
        ...officers.map((id) => person(id)).filter((one): one is CouncilPerson => one !== null),
        ...judges,
      ],
    };
  }

  /** The council for the caller: managers see any; a judge only the council they chair (404 otherwise). */
  async getCouncil(roundId: string, caller: CouncilCaller): Promise<CouncilView> {
    await this.assertCanSee(roundId, caller);
    const view = await this.councilView(roundId);
    if (!view) throw new AppException('COUNCIL_NOT_FOUND');
    return view;
  }

  /**
   * The round's progress as its chair sees it: the organizers' figures, blind (entries by code
   * only). Managers may read it too.
   */
  async councilProgress(roundId: string, caller: CouncilCaller): Promise<CouncilProgressResponse> {
    const council = await this.getCouncil(roundId, caller);
    const progress = await this.roundProgress.progress(roundId);
    return {
      council,
      judges: progress.judges,
      panels: progress.panels,
      entriesMissingScores: progress.entriesMissingScores.map((entry) => ({
        entryCode: entry.entryCode,
        assigned: entry.assigned,
        submitted: entry.submitted,
      })),
      totals: progress.totals,
    };
  }

  /** The rounds whose council the user chairs while still a judge of the award, newest award first. */
  async chairedCouncils(userId: string): Promise<ChairedCouncilResponse[]> {
    const rows: {
      award_id: string;
      award_name: string;
      edition: number;
      year: number;
      round_id: string;
      round_name: string;
      round_status: RoundStatus;
      council_name: string;
    }[] = await this.db.query(
      `SELECT a.id AS award_id, a.name AS award_name, a.edition, a.year,
              r.id AS round_id, r.name AS round_name, r.status AS round_status, c.name AS council_name
         FROM councils c
         JOIN rounds r ON r.id = c.round_id
         JOIN awards a ON a.id = c.award_id
        WHERE c.chair_user_id = $1
          AND EXISTS (SELECT 1 FROM award_members m
                       WHERE m.award_id = c.award_id AND m.user_id = $1 AND m.role = 'judge')
        ORDER BY a.year DESC, a.created_at DESC, r."order"`,
      [userId],
    );
    return rows.map((row) => ({
      awardId: row.award_id,
      awardName: awardTitle({ name: row.award_name, edition: row.edition, year: row.year }),
      roundId: row.round_id,
      roundName: row.round_name,
      roundStatus: row.round_status,
      councilName: row.council_name,
    }));
  }

  /**
   * Sets the round's council whole (name and offices) and, optionally, its panels' leaders. Refused
   * with nothing written when someone does not qualify; recorded in the award's audit chain.
   */
  async putCouncil(roundId: string, input: PutCouncilDto, actorId: string): Promise<CouncilView> {
    await this.db.transaction(async (manager) => {
      const round = await lockRound(manager, roundId);
      const panels = await manager.getRepository(Panel).findBy({ roundId });
      const next: CouncilRecord = {
        name: input.name,
        chairUserId: input.chairUserId,
        viceChairUserId: input.viceChairUserId ?? null,
        secretaryUserId: input.secretaryUserId ?? null,
        leaders: Object.fromEntries(panels.map((panel) => [panel.id, panel.leaderUserId])),
      };
      for (const leader of input.subcommittees ?? [])
        next.leaders[leader.panelId] = leader.leaderUserId;

      const issues = [
        ...(await this.officeIssues(manager, round.awardId, next)),
        ...leaderIssues(input, panels),
      ];
      const [first] = issues;
      if (first) throw new AppException(first.code, issues);

      const councils = manager.getRepository(Council);
      const existing = await councils.findOneBy({ roundId });
      const before: CouncilRecord | null = existing
        ? {
            name: existing.name,
            chairUserId: existing.chairUserId,
            viceChairUserId: existing.viceChairUserId,
            secretaryUserId: existing.secretaryUserId,
            leaders: Object.fromEntries(panels.map((panel) => [panel.id, panel.leaderUserId])),
          }
        : null;
      const offices = {
        name: next.name,
        chairUserId: next.chairUserId,
        viceChairUserId: next.viceChairUserId,
        secretaryUserId: next.secretaryUserId,
      };
      if (existing) await councils.update({ id: existing.id }, offices);
      else await councils.insert({ awardId: round.awardId, roundId, ...offices });
      for (const panel of panels) {
        const leaderUserId = next.leaders[panel.id] ?? null;
        if (leaderUserId !== panel.leaderUserId)
          await manager.getRepository(Panel).update({ id: panel.id }, { leaderUserId });
      }
      await this.audit.append(manager, {
        awardId: round.awardId,
        actorId,
        action: existing ? 'council.updated' : 'council.created',
        targetType: 'round',
        targetId: roundId,
        before,
        after: next,
      });
    });
    const view = await this.councilView(roundId);
    if (!view) throw new AppException('COUNCIL_NOT_FOUND');
    return view;
  }

  private async assertCanSee(roundId: string, caller: CouncilCaller): Promise<void> {
    if (caller.isAdmin || caller.roles.some((role) => role === 'organizer' || role === 'secretary'))
      return;
    const chairs: unknown[] = await this.db.query(
      `SELECT 1 FROM councils c
        WHERE c.round_id = $1 AND c.chair_user_id = $2
          AND EXISTS (SELECT 1 FROM award_members m
                       WHERE m.award_id = c.award_id AND m.user_id = $2 AND m.role = 'judge')`,
      [roundId, caller.userId],
    );
    // A judge learns nothing of councils they do not chair, not even that one exists.
    if (!chairs.length) throw new AppException('COUNCIL_NOT_FOUND');
  }

  /**
   * The chair and vice chair are judges of the award; the secretary a judge or a secretary (the
   * standing agency's staff often keep the minutes); nobody holds two offices.
   */
  private async officeIssues(
    manager: EntityManager,
    awardId: string,
    council: CouncilRecord,
  ): Promise<CouncilIssue[]> {
    const members = await manager
      .getRepository(AwardMember)
      .findBy({ awardId })
      .then((rows) => rows.map((row) => ({ userId: row.userId, role: row.role })));
    const holds = (userId: string, roles: AwardRole[]) =>
      members.some((member) => member.userId === userId && roles.includes(member.role));
    const offices: [keyof CouncilRecord, string | null, AwardRole[]][] = [
      ['chairUserId', council.chairUserId, ['judge']],
      ['viceChairUserId', council.viceChairUserId, ['judge']],
      ['secretaryUserId', council.secretaryUserId, ['judge', 'secretary']],
    ];
    const issues: CouncilIssue[] = [];
    const seen = new Set<string>();
    for (const [field, userId, roles] of offices) {
      if (userId === null) continue;
      if (!holds(userId, roles))
        issues.push({
          field,
          code: 'COUNCIL_MEMBER_INVALID',
          message: `Must be a ${roles.join(' or ')} of this award`,
        });
      else if (seen.has(userId))
        issues.push({ field, code: 'COUNCIL_OFFICES_OVERLAP', message: 'Holds another office' });
      seen.add(userId);
    }
    return issues;
  }
}

/** Each named leader leads a panel of this round and is one of its judges. */
function leaderIssues(input: PutCouncilDto, panels: Panel[]): CouncilIssue[] {
  return (input.subcommittees ?? []).flatMap((leader, index): CouncilIssue[] => {
    const panel = panels.find((candidate) => candidate.id === leader.panelId);
    if (!panel)
      return [
        {
          field: `subcommittees.${index}.panelId`,
          code: 'COUNCIL_LEADER_INVALID',
          message: 'Not a panel of this round',
        },
      ];
    if (leader.leaderUserId !== null && !panel.judgeIds.includes(leader.leaderUserId))
      return [
        {
          field: `subcommittees.${index}.leaderUserId`,
          code: 'COUNCIL_LEADER_INVALID',
          message: 'Not a judge of this panel',
        },
      ];
    return [];
  });
}

/** The people in a council with the title and agency they hold in the award (a judge's first). */
async function peopleOf(
  manager: EntityManager,
  awardId: string,
  userIds: string[],
): Promise<Map<string, CouncilPerson>> {
  if (!userIds.length) return new Map();
  const rows: {
    id: string;
    full_name: string;
    title: string | null;
    organization_name: string | null;
  }[] = await manager.query(
    `SELECT u.id, u.full_name,
            (array_agg(m.title ORDER BY (m.role = 'judge') DESC, m.role)
               FILTER (WHERE m.title IS NOT NULL))[1] AS title,
            COALESCE((array_agg(m.organization_name ORDER BY (m.role = 'judge') DESC, m.role)
               FILTER (WHERE m.organization_name IS NOT NULL))[1], u.organization_name) AS organization_name
       FROM users u
       LEFT JOIN award_members m ON m.user_id = u.id AND m.award_id = $2
      WHERE u.id = ANY($1::uuid[])
      GROUP BY u.id`,
    [userIds, awardId],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        userId: row.id,
        fullName: row.full_name,
        title: row.title,
        organizationName: row.organization_name,
      },
    ]),
  );
}
