import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdvancementPreviewResponse, RoundResponse } from '@press-award/contracts';
import type { AdvancementPreviewDto, RoundEntriesDto } from '@press-award/contracts/dto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { Entry } from '../entries/entities/entry.entity';
import { RoundEntry } from './entities/round-entry.entity';
import { Round } from './entities/round.entity';
import { AuditService } from '../audit/audit.service';
import { RoundsService } from './rounds.service';
import { lockRound } from './round-lock';

/** An entry advancement by rule would choose: its mean in the earlier round and its place in its category. */
interface AdvancingEntry {
  entryId: string;
  entryCode: string;
  categoryId: string;
  mean: number;
  place: number;
}

/** Which entries a round judges: chosen by hand, or advanced by rule from a closed earlier round. */
@Injectable()
export class AdvancementService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly rounds: RoundsService,
  ) {}

  /**
   * Puts entries into the round: chosen by id (eligible and coded), or advanced from a closed earlier
   * round — the best `top` of each category and/or those whose mean total reaches `minScore`.
   */
  async addEntries(
    roundId: string,
    input: RoundEntriesDto,
    actorId: string,
  ): Promise<RoundResponse> {
    if (
      !!input.entryIds === !!input.fromRoundId ||
      (input.fromRoundId && input.top === undefined && input.minScore === undefined)
    ) {
      throw new AppException('ROUND_ENTRIES_INPUT');
    }
    if (input.fromRoundId) {
      await this.advance(roundId, input.fromRoundId, input.top, input.minScore, actorId);
      return this.rounds.getRound(roundId);
    }
    const entryIds = input.entryIds ?? [];
    await this.db.transaction(async (manager) => {
      const round = await lockRound(manager, roundId);
      const entries = await manager
        .getRepository(Entry)
        .find({ where: { id: In(entryIds), awardId: round.awardId } });
      const invalid = entryIds.filter(
        (id) =>
          !entries.some((entry) => entry.id === id && entry.status === 'eligible' && entry.code),
      );
      if (invalid.length)
        throw new AppException(
          'ENTRY_NOT_CODED',
          invalid.map((id) => ({
            field: `entryIds.${entryIds.indexOf(id)}`,
            code: 'ENTRY_NOT_CODED',
            message: 'Not an eligible, coded entry of this award',
          })),
        );
      await manager
        .createQueryBuilder()
        .insert()
        .into(RoundEntry)
        .values(entryIds.map((entryId) => ({ roundId, entryId })))
        .orIgnore()
        .execute();
      await this.audit.append(manager, {
        awardId: round.awardId,
        actorId,
        action: 'round.entries',
        targetType: 'round',
        targetId: roundId,
        after: { entryIds },
      });
    });
    return this.rounds.getRound(roundId);
  }

  /** What advancement by rule would put into the round, with each entry's mean and place; saves nothing. */
  async previewAdvancement(
    roundId: string,
    input: AdvancementPreviewDto,
  ): Promise<AdvancementPreviewResponse> {
    if (input.top === undefined && input.minScore === undefined)
      throw new AppException('ROUND_ENTRIES_INPUT');
    const round = await this.db.getRepository(Round).findOneBy({ id: roundId });
    if (!round) throw new AppException('ROUND_NOT_FOUND');
    if (round.status === 'closed') throw new AppException('ROUND_NOT_EDITABLE');
    const chosen = await this.advancing(
      this.db.manager,
      round,
      input.fromRoundId,
      input.top,
      input.minScore,
    );
    const already = new Set(
      (
        await this.db
          .getRepository(RoundEntry)
          .find({ where: { roundId }, select: { entryId: true } })
      ).map((row) => row.entryId),
    );
    return {
      fromRoundId: input.fromRoundId,
      entries: chosen.map((entry) => ({ ...entry, alreadyInRound: already.has(entry.entryId) })),
    };
  }

  /** Advancement by rule: the entries `advancing` chooses go into the round, in one transaction. */
  private async advance(
    roundId: string,
    fromRoundId: string,
    top: number | undefined,
    minScore: number | undefined,
    actorId: string,
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      const round = await lockRound(manager, roundId);
      const chosen = await this.advancing(manager, round, fromRoundId, top, minScore);
      if (chosen.length) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(RoundEntry)
          .values(chosen.map((entry) => ({ roundId, entryId: entry.entryId })))
          .orIgnore()
          .execute();
      }
      await this.audit.append(manager, {
        awardId: round.awardId,
        actorId,
        action: 'round.advanced',
        targetType: 'round',
        targetId: roundId,
        after: {
          fromRoundId,
          top: top ?? null,
          minScore: minScore ?? null,
          entryIds: chosen.map((entry) => entry.entryId),
        },
      });
    });
  }

  /**
   * The entries of a closed earlier round of the same award that advance, computed in SQL: mean of
   * submitted totals, ranked within each category (ties share a place), the best `top` of each
   * category and/or those whose mean reaches `minScore`. In category order, then place and code.
   */
  private async advancing(
    manager: EntityManager,
    round: Round,
    fromRoundId: string,
    top: number | undefined,
    minScore: number | undefined,
  ): Promise<AdvancingEntry[]> {
    const from = await manager
      .getRepository(Round)
      .findOneBy({ id: fromRoundId, awardId: round.awardId });
    if (!from) throw new AppException('ROUND_NOT_FOUND');
    if (from.status !== 'closed') throw new AppException('ROUND_NOT_CLOSED');
    const rows: {
      entry_id: string;
      code: string | null;
      category_id: string;
      mean: string;
      place: number;
    }[] = await manager.query(
      `WITH means AS (
         SELECT re.entry_id, e.category_id, avg(s.total) AS mean
           FROM round_entries re
           JOIN entries e ON e.id = re.entry_id
           JOIN sheets s ON s.entry_id = re.entry_id AND s.round_id = re.round_id AND s.status = 'submitted'
          WHERE re.round_id = $1
          GROUP BY re.entry_id, e.category_id
       ), ranked AS (
         SELECT entry_id, category_id, mean, rank() OVER (PARTITION BY category_id ORDER BY mean DESC) AS place FROM means
       )
       SELECT r.entry_id, e.code, r.category_id, round(r.mean, 4)::text AS mean, r.place::int AS place
         FROM ranked r
         JOIN entries e ON e.id = r.entry_id
         JOIN categories c ON c.id = r.category_id
        WHERE ($2::int IS NULL OR r.place <= $2::int) AND ($3::numeric IS NULL OR r.mean >= $3::numeric)
        ORDER BY c.sort_order, c.code, r.place, e.code`,
      [fromRoundId, top ?? null, minScore ?? null],
    );
    return rows.map((row) => ({
      entryId: row.entry_id,
      entryCode: row.code ?? '',
      categoryId: row.category_id,
      mean: Number(row.mean),
      place: row.place,
    }));
  }
}
