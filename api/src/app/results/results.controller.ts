import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JudgeSeverityResponse, PrizesResponse, PublicResultResponse, RoundResultResponse } from '@press-award/contracts';
import { ResultsQueryDto, SetPrizeDto } from '@press-award/contracts/dto';
import { Authorize, CurrentUser, Public } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { ResultsService } from './results.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('results')
@Controller()
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Authorize('results:read')
  @Get('rounds/:roundId/results')
  @ApiOperation({ summary: 'Scores per entry by mean, trimmed mean or z-score normalisation; rank within category; flags (missing sheets, disagreement, ties)' })
  roundResults(@Param('roundId', uuid) roundId: string, @Query() query: ResultsQueryDto): Promise<RoundResultResponse[]> {
    return this.results.results(roundId, query.method);
  }

  @Authorize('results:read')
  @Get('rounds/:roundId/results/judges')
  @ApiOperation({ summary: "Each judge's severity: mean, spread and offset against the other judges of the same entries" })
  severity(@Param('roundId', uuid) roundId: string): Promise<JudgeSeverityResponse[]> {
    return this.results.severity(roundId);
  }

  @Authorize('prizes:read')
  @Get('awards/:awardId/prizes')
  prizes(@Param('awardId', uuid) awardId: string): Promise<PrizesResponse> {
    return this.results.prizes(awardId);
  }

  @Authorize('prizes:decide')
  @Put('awards/:awardId/prizes/:entryId')
  @ApiOperation({ summary: "Set an entry's tier and topic prizes (a note is required over a tier's planned count)" })
  setPrize(@Param('awardId', uuid) awardId: string, @Param('entryId', uuid) entryId: string, @Body() body: SetPrizeDto, @CurrentUser() user: AuthUser): Promise<PrizesResponse> {
    return this.results.setPrize(awardId, entryId, body, user.id);
  }

  @Authorize('results:publish')
  @Post('awards/:awardId/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Freeze the decided results (snapshot hash in the audit chain), email every entrant, make them public' })
  publish(@Param('awardId', uuid) awardId: string, @CurrentUser() user: AuthUser) {
    return this.results.publish(awardId, user.id);
  }

  @Public()
  @Get('public/awards/:awardId/results')
  @ApiNotFoundResponse({ description: 'RESULTS_NOT_PUBLISHED until publication' })
  publicResults(@Param('awardId', uuid) awardId: string): Promise<PublicResultResponse[]> {
    return this.results.publicResults(awardId);
  }
}
