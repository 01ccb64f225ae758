import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { PrizeApprovalResponse, PrizeApprovalsResponse } from '@press-award/contracts';
import { ApprovePrizeListDto } from '@press-award/contracts/dto';
import type { Response } from 'express';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { PrizeApprovalsService } from './prize-approvals.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** The steering committee approves the prize list (docs/councils.md). */
@ApiTags('results')
@Controller('awards/:awardId/prize-approvals')
export class PrizeApprovalsController {
  constructor(private readonly approvals: PrizeApprovalsService) {}

  @Authorize('prize-approval:read')
  @Get()
  @ApiOperation({
    summary:
      "The steering committee's approvals of the prize list, each marked current when it approved the list as it is now",
  })
  list(@Param('awardId', uuid) awardId: string): Promise<PrizeApprovalsResponse> {
    return this.approvals.list(awardId);
  }

  @Authorize('prize-approval:approve')
  @Post()
  @ApiOperation({
    summary:
      'A steering committee member approves the prize list as it is now (recorded in the audit chain)',
  })
  @ApiCreatedResponse({ description: 'The approval, recorded now' })
  @ApiOkResponse({ description: 'This member had already approved this very list: that approval' })
  @ApiForbiddenResponse({ description: "The award's steering committee members only" })
  @ApiConflictResponse({ description: 'PRIZE_APPROVAL_CLOSED unless the award is decided' })
  async approve(
    @Param('awardId', uuid) awardId: string,
    @Body() body: ApprovePrizeListDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PrizeApprovalResponse> {
    const { approval, created } = await this.approvals.approve(awardId, user.id, body.note);
    response.status(created ? 201 : 200);
    return approval;
  }
}
