import {
  Body,
  Controller,
  createParamDecorator,
  Get,
  Param,
  ParseUUIDPipe,
  Put,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ChairedCouncilResponse,
  CouncilProgressResponse,
  CouncilView,
} from '@press-award/contracts';
import { PutCouncilDto } from '@press-award/contracts/dto';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthenticatedRequest, AuthUser } from '../auth/auth.types';
import { CouncilsService, type CouncilCaller } from './councils.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** The caller with their roles in the route's award, as the AccessGuard found them. */
const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): CouncilCaller => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new Error('Caller used on a route without authentication');
  return {
    userId: request.user.id,
    isAdmin: request.user.isAdmin,
    roles: request.awardAccess?.roles ?? [],
  };
});

@ApiTags('jury')
@Controller()
export class CouncilsController {
  constructor(private readonly councils: CouncilsService) {}

  @Authorize('council:read')
  @Get('rounds/:roundId/council')
  @ApiOperation({
    summary:
      "The round's council: chair, vice chair, secretary, tiểu ban with leaders and judges (organizers, secretaries, and the council's own chair)",
  })
  @ApiNotFoundResponse({ description: 'COUNCIL_NOT_FOUND' })
  getCouncil(
    @Param('roundId', uuid) roundId: string,
    @Caller() caller: CouncilCaller,
  ): Promise<CouncilView> {
    return this.councils.getCouncil(roundId, caller);
  }

  @Authorize('council:manage')
  @Put('rounds/:roundId/council')
  @ApiOperation({
    summary:
      "Set the round's council (name, chair, vice chair, secretary) and its panels' leaders; recorded in the audit chain",
  })
  putCouncil(
    @Param('roundId', uuid) roundId: string,
    @Body() body: PutCouncilDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CouncilView> {
    return this.councils.putCouncil(roundId, body, user.id);
  }

  @Authorize('council:read')
  @Get('rounds/:roundId/council/progress')
  @ApiOperation({
    summary:
      "The round's progress for its council's chair: sheets per judge and panel, entries missing scores by code only",
  })
  @ApiNotFoundResponse({ description: 'COUNCIL_NOT_FOUND' })
  councilProgress(
    @Param('roundId', uuid) roundId: string,
    @Caller() caller: CouncilCaller,
  ): Promise<CouncilProgressResponse> {
    return this.councils.councilProgress(roundId, caller);
  }

  @Authorize('judging:self')
  @Get('judging/councils')
  @ApiOperation({ summary: 'The rounds whose council the caller chairs' })
  chairedCouncils(@CurrentUser() user: AuthUser): Promise<ChairedCouncilResponse[]> {
    return this.councils.chairedCouncils(user.id);
  }
}
