import {
  Body,
  Controller,
  Delete,
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
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type {
  CollectivePrizeResponse,
  VerificationAccess,
  VerificationPackage,
} from '@press-award/contracts';
import {
  CollectiveCertificateQueryDto,
  CreateCollectivePrizeDto,
  SetVerificationAccessDto,
} from '@press-award/contracts/dto';
import type { Response } from 'express';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { CollectivePrizesService } from './collective-prizes.service';
import { download } from './download';
import { ResultsService } from './results.service';
import { VerificationAccessService } from './verification-access.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/**
 * Collective prizes and who may read the verification package: what issue 15 adds to the award's
 * results beyond the works' prizes (docs/collective-prizes.md).
 */
@ApiTags('results')
@Controller('awards/:awardId')
export class CollectivePrizesController {
  constructor(
    private readonly collectivePrizes: CollectivePrizesService,
    private readonly verificationAccess: VerificationAccessService,
    private readonly results: ResultsService,
  ) {}

  @Authorize('collective-prize:read')
  @Get('collective-prizes')
  @ApiOperation({ summary: "The award's collective prizes, in the order they are announced" })
  list(@Param('awardId', uuid) awardId: string): Promise<CollectivePrizeResponse[]> {
    return this.collectivePrizes.list(awardId);
  }

  @Authorize('collective-prize:decide')
  @Post('collective-prizes')
  @ApiOperation({
    summary:
      'Honour a collective (press agency, Party committee commission) with a prize and its citation',
  })
  @ApiConflictResponse({ description: 'COLLECTIVE_PRIZES_LOCKED unless judging or decided' })
  create(
    @Param('awardId', uuid) awardId: string,
    @Body() body: CreateCollectivePrizeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CollectivePrizeResponse> {
    return this.collectivePrizes.create(awardId, body, user.id);
  }

  @Authorize('collective-prize:decide')
  @Delete('collective-prizes/:prizeId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a collective prize (before publication only)' })
  @ApiConflictResponse({ description: 'COLLECTIVE_PRIZES_LOCKED unless judging or decided' })
  async remove(
    @Param('awardId', uuid) awardId: string,
    @Param('prizeId', uuid) prizeId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    await this.collectivePrizes.remove(awardId, prizeId, user.id);
  }

  @Authorize('collective-prize:read')
  @Get('collective-prizes/:prizeId/certificate')
  @ApiOperation({
    summary: "A collective's certificate (A4 landscape PDF), once the results are published",
  })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({ description: 'CERTIFICATE_NOT_AVAILABLE before publication' })
  async certificate(
    @Param('awardId', uuid) awardId: string,
    @Param('prizeId', uuid) prizeId: string,
    @Query() query: CollectiveCertificateQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return download(
      response,
      await this.collectivePrizes.certificate(awardId, prizeId, query.lang),
    );
  }

  @Authorize('verification:read')
  @Get('verification')
  @ApiOperation({
    summary:
      'The verification package for its organizers, steering committee and auditors, whether or not the award restricts it',
  })
  @ApiNotFoundResponse({ description: 'RESULTS_NOT_PUBLISHED until publication' })
  verification(@Param('awardId', uuid) awardId: string): Promise<VerificationPackage> {
    return this.results.verification(awardId, 'member');
  }

  @Authorize('verification:configure')
  @Put('verification-access')
  @ApiOperation({
    summary:
      'Who may read the verification package: public (default) or restricted to the steering committee and named auditors; recorded in the audit chain',
  })
  @ApiForbiddenResponse({ description: 'Organizers only' })
  setVerificationAccess(
    @Param('awardId', uuid) awardId: string,
    @Body() body: SetVerificationAccessDto,
    @CurrentUser() user: AuthUser,
  ): Promise<{ access: VerificationAccess }> {
    return this.verificationAccess.set(awardId, body.access, user.id);
  }
}
