import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BulkScreeningResponse, Page, ScreeningEntryResponse } from '@press-award/contracts';
import {
  AwardEntriesQueryDto,
  BulkScreeningDto,
  ScreeningDecisionDto,
} from '@press-award/contracts/dto';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { ScreeningService } from './screening.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('screening')
@Controller()
export class ScreeningController {
  constructor(private readonly screening: ScreeningService) {}

  @Authorize('screening:read')
  @Get('awards/:awardId/entries')
  @ApiOperation({
    summary:
      'The screening queue: submitted and screened entries with authors, findings and decisions (never for judges)',
  })
  list(
    @Param('awardId', uuid) awardId: string,
    @Query() query: AwardEntriesQueryDto,
  ): Promise<Page<ScreeningEntryResponse>> {
    return this.screening.list(awardId, query);
  }

  @Authorize('entry:screen')
  @Post('entries/:entryId/screening')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Decide eligible / ineligible (reason) / needs_revision (reason, revision deadline; the reporter is emailed)',
  })
  @ApiConflictResponse({ description: 'SCREENING_NOT_ALLOWED' })
  decide(
    @Param('entryId', uuid) entryId: string,
    @Body() body: ScreeningDecisionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScreeningEntryResponse> {
    return this.screening.decide(entryId, body, user.id);
  }

  @Authorize('screening:decide')
  @Post('awards/:awardId/screening/bulk')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'One decision for many entries, confirmed by count (confirmCount = entryIds.length); all or nothing',
  })
  decideMany(
    @Param('awardId', uuid) awardId: string,
    @Body() body: BulkScreeningDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BulkScreeningResponse> {
    return this.screening.decideMany(awardId, body, user.id);
  }
}
