import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PanelResponse } from '@press-award/contracts';
import type { CreatePanelDto } from '@press-award/contracts/dto';
import { DataSource, In } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { Category } from '../awards/entities/category.entity';
import { Panel } from './entities/panel.entity';
import { assertJudges } from './award-judges';
import { lockRound } from './round-lock';

/** A round's panels (tiểu ban): each scores its own categories with its own judges. */
@Injectable()
export class PanelsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async addPanel(roundId: string, input: CreatePanelDto): Promise<PanelResponse> {
    return this.db.transaction(async (manager) => {
      const round = await lockRound(manager, roundId);
      const categories = await manager
        .getRepository(Category)
        .countBy({ id: In(input.categoryIds), awardId: round.awardId });
      if (categories !== input.categoryIds.length)
        throw new AppException('CATEGORY_NOT_IN_AWARD', [
          {
            field: 'categoryIds',
            code: 'CATEGORY_NOT_IN_AWARD',
            message: 'A category is not in this award',
          },
        ]);
      await assertJudges(manager, round.awardId, input.judgeIds);
      const taken = (await manager.getRepository(Panel).findBy({ roundId }))
        .flatMap((panel) => panel.categoryIds)
        .filter((id) => input.categoryIds.includes(id));
      if (taken.length)
        throw new AppException(
          'PANEL_CATEGORY_TAKEN',
          taken.map((id) => ({
            field: `categoryIds.${input.categoryIds.indexOf(id)}`,
            code: 'PANEL_CATEGORY_TAKEN',
            message: 'In another panel',
          })),
        );
      return toPanelResponse(
        await manager.getRepository(Panel).save({
          roundId,
          name: input.name,
          categoryIds: input.categoryIds,
          judgeIds: input.judgeIds,
        }),
      );
    });
  }
}

export function toPanelResponse(panel: Panel): PanelResponse {
  return {
    id: panel.id,
    roundId: panel.roundId,
    name: panel.name,
    categoryIds: panel.categoryIds,
    judgeIds: panel.judgeIds,
    leaderUserId: panel.leaderUserId ?? null,
  };
}
