import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type {
  JudgeSeverityResponse,
  PrizesResponse,
  PublicResultsRow,
  RoundResultResponse,
  VerificationPackage,
} from '@press-award/contracts';
import {
  CertificateQueryDto,
  ResultsExportQueryDto,
  ResultsQueryDto,
  SetPrizeDto,
} from '@press-award/contracts/dto';
import type { Response } from 'express';
import { Authorize, CurrentUser, Public } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { CertificateService } from './certificate.service';
import { download } from './download';
import { ResultsExportService } from './results-export.service';
import { ResultsService } from './results.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('results')
@Controller()
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly exports: ResultsExportService,
    private readonly certificates: CertificateService,
  ) {}

  @Authorize('results:read')
  @Get('rounds/:roundId/results')
  @ApiOperation({
    summary:
      'Scores per entry by mean, trimmed mean or z-score normalisation; rank within category; flags (missing sheets, disagreement, ties)',
  })
  roundResults(
    @Param('roundId', uuid) roundId: string,
    @Query() query: ResultsQueryDto,
  ): Promise<RoundResultResponse[]> {
    return this.results.results(roundId, query.method);
  }

  @Authorize('results:read')
  @Get('rounds/:roundId/results/judges')
  @ApiOperation({
    summary:
      "Each judge's severity: mean, spread and offset against the other judges of the same entries",
  })
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
  @ApiOperation({
    summary:
      "Set an entry's tier and topic prizes (a note is required over a tier's planned count)",
  })
  setPrize(
    @Param('awardId', uuid) awardId: string,
    @Param('entryId', uuid) entryId: string,
    @Body() body: SetPrizeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<PrizesResponse> {
    return this.results.setPrize(awardId, entryId, body, user.id);
  }

  @Authorize('results:publish')
  @Post('awards/:awardId/publish')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Freeze the decided results (snapshot hash in the audit chain), email every entrant, make them public',
  })
  publish(@Param('awardId', uuid) awardId: string, @CurrentUser() user: AuthUser) {
    return this.results.publish(awardId, user.id);
  }

  @Public()
  @Get('public/awards/:awardId/results')
  @ApiNotFoundResponse({ description: 'RESULTS_NOT_PUBLISHED until publication' })
  publicResults(@Param('awardId', uuid) awardId: string): Promise<PublicResultsRow[]> {
    return this.results.publicResults(awardId);
  }

  @Public()
  @Get('public/awards/:awardId/verification')
  @ApiOperation({
    summary:
      'The verification package: each closed round’s sheets by entry code under judge pseudonyms, the method, the ranking and the hash in the audit chain',
  })
  @ApiNotFoundResponse({ description: 'RESULTS_NOT_PUBLISHED until publication' })
  @ApiForbiddenResponse({
    description:
      'VERIFICATION_PACKAGE_RESTRICTED when the award restricts it (its members read GET /awards/:awardId/verification)',
  })
  verification(@Param('awardId', uuid) awardId: string): Promise<VerificationPackage> {
    return this.results.verification(awardId);
  }

  @Authorize('results:export')
  @Get('awards/:awardId/results/export')
  @ApiOperation({
    summary:
      'The results file: xlsx (summary + a sheet per category), csv (UTF-8 with BOM) or the official PDF list',
    description:
      'Every decided prize with tier, topic prizes, code, receipt number, authors with pen names, agency, score and standing. The PDF is the official list: prizes that stand only. Allowed while judging, decided or published.',
  })
  @ApiProduces(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/csv',
    'application/pdf',
  )
  @ApiOkResponse({ description: 'The file, as an attachment (not cached)' })
  @ApiConflictResponse({ description: 'RESULTS_EXPORT_NOT_AVAILABLE before judging' })
  async export(
    @Param('awardId', uuid) awardId: string,
    @Query() query: ResultsExportQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return download(response, await this.exports.export(awardId, query.format, query.lang));
  }

  @Authorize('certificate:read')
  @Get('entries/:entryId/certificate')
  @ApiOperation({
    summary:
      "The winner's certificate (A4 landscape PDF) for its submitter and the award's organizers and secretaries, once published",
  })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({
    description:
      'CERTIFICATE_NOT_AVAILABLE: not published yet, no prize, or the prize was revoked or the work withdrawn',
  })
  async certificate(
    @Param('entryId', uuid) entryId: string,
    @Query() query: CertificateQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return download(response, await this.certificates.certificate(entryId, query.lang));
  }
}
