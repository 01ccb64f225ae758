import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AwardDashboardResponse } from '@press-award/contracts';
import { Authorize } from '../auth/decorators/access.decorators';
import { DashboardService } from './dashboard.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('dashboard')
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Organizers and the secretariat only: per-judge score histograms must never reach judges. */
  @Authorize('dashboard:read')
  @Get('awards/:awardId/dashboard')
  @ApiOperation({
    summary:
      'Counts for the organizer dashboard: submitted entries per media type and status (drafts excluded), sheets submitted / assigned per round and panel, each judge’s submitted totals as a 10-bucket histogram per round, awarded prizes per tier against the targets',
  })
  award(@Param('awardId', uuid) awardId: string): Promise<AwardDashboardResponse> {
    return this.dashboard.forAward(awardId);
  }
}
