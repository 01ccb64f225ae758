import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoundProgressResponse } from '@press-award/contracts';
import { DataSource, In } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { MailService } from '../../infra/mail/mail.service';
import { judgeReminderMail } from '../../infra/mail/templates';
import { User } from '../users/entities/user.entity';
import { Round } from './entities/round.entity';
import { AuditService } from '../audit/audit.service';

/** How far a round's scoring has got, and reminders to the judges who are behind. */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** Who is behind: per judge and panel, sheets submitted against assigned, and entries missing scores. */
  async progress(roundId: string): Promise<RoundProgressResponse> {
    const judges: {
      judge_id: string;
      judge_name: string;
      assigned: number;
      submitted: number;
      drafts: number;
    }[] = await this.db.query(
      `SELECT a.judge_id, u.full_name AS judge_name, count(*)::int AS assigned,
              count(s.id) FILTER (WHERE s.status = 'submitted')::int AS submitted,
              count(s.id) FILTER (WHERE s.status = 'draft')::int AS drafts
         FROM assignments a JOIN users u ON u.id = a.judge_id
         LEFT JOIN sheets s ON s.assignment_id = a.id
        WHERE a.round_id = $1 AND a.status = 'active'
        GROUP BY a.judge_id, u.full_name ORDER BY u.full_name`,
      [roundId],
    );
    const panels: { panel_id: string; name: string; assigned: number; submitted: number }[] =
      await this.db.query(
        `SELECT p.id AS panel_id, p.name, count(a.id)::int AS assigned, count(s.id) FILTER (WHERE s.status = 'submitted')::int AS submitted
         FROM panels p
         LEFT JOIN entries e ON p.category_ids ? e.category_id::text
         LEFT JOIN assignments a ON a.entry_id = e.id AND a.round_id = p.round_id AND a.status = 'active'
         LEFT JOIN sheets s ON s.assignment_id = a.id
        WHERE p.round_id = $1
        GROUP BY p.id, p.name ORDER BY p.name`,
        [roundId],
      );
    const missing: { entry_id: string; code: string; assigned: number; submitted: number }[] =
      await this.db.query(
        `SELECT a.entry_id, e.code, count(*)::int AS assigned, count(s.id) FILTER (WHERE s.status = 'submitted')::int AS submitted
         FROM assignments a JOIN entries e ON e.id = a.entry_id
         LEFT JOIN sheets s ON s.assignment_id = a.id
        WHERE a.round_id = $1 AND a.status = 'active'
        GROUP BY a.entry_id, e.code
       HAVING count(s.id) FILTER (WHERE s.status = 'submitted') < count(*)
        ORDER BY e.code`,
        [roundId],
      );
    return {
      roundId,
      judges: judges.map((row) => ({
        judgeId: row.judge_id,
        judgeName: row.judge_name,
        assigned: row.assigned,
        submitted: row.submitted,
        drafts: row.drafts,
        behind: row.submitted < row.assigned,
      })),
      panels: panels.map((row) => ({
        panelId: row.panel_id,
        name: row.name,
        assigned: row.assigned,
        submitted: row.submitted,
      })),
      entriesMissingScores: missing.map((row) => ({
        entryId: row.entry_id,
        entryCode: row.code ?? '',
        assigned: row.assigned,
        submitted: row.submitted,
      })),
      totals: {
        assigned: judges.reduce((sum, row) => sum + row.assigned, 0),
        submitted: judges.reduce((sum, row) => sum + row.submitted, 0),
      },
    };
  }

  /**
   * Emails every judge who is behind, at most once an hour per round (the last sending is read from
   * the audit trail, so every API instance agrees).
   */
  async remind(roundId: string, actorId: string): Promise<{ reminded: number }> {
    const round = await this.db.getRepository(Round).findOneBy({ id: roundId });
    if (!round) throw new AppException('ROUND_NOT_FOUND');
    const last: { at: Date }[] = await this.db.query(
      `SELECT at FROM audit_log WHERE award_id = $1 AND action = 'reminders.sent' AND target_id = $2 ORDER BY seq DESC LIMIT 1`,
      [round.awardId, roundId],
    );
    const waitMs = last[0] ? last[0].at.getTime() + 3600_000 - this.clock.now().getTime() : 0;
    if (waitMs > 0)
      throw new AppException('RATE_LIMITED', undefined, {
        'Retry-After': String(Math.ceil(waitMs / 1000)),
      });
    const progress = await this.progress(roundId);
    const behind = progress.judges.filter((judge) => judge.behind);
    const users = behind.length
      ? await this.db.getRepository(User).findBy({ id: In(behind.map((judge) => judge.judgeId)) })
      : [];
    await this.db.transaction(async (manager) => {
      await this.audit.append(manager, {
        awardId: round.awardId,
        actorId,
        action: 'reminders.sent',
        targetType: 'round',
        targetId: roundId,
        after: { judges: behind.map((judge) => judge.judgeId) },
      });
    });
    for (const judge of behind) {
      const user = users.find((candidate) => candidate.id === judge.judgeId);
      if (user)
        await this.mail.send(
          judgeReminderMail({
            to: user.email,
            fullName: user.fullName,
            roundName: round.name,
            submitted: judge.submitted,
            assigned: judge.assigned,
            link: `${this.config.publicUrl}/judging`,
          }),
        );
    }
    return { reminded: behind.length };
  }
}
