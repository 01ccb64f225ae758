import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DelegationsResponse } from '@press-award/contracts';
import { PutDelegationsDto } from '@press-award/contracts/dto';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { DelegationsService } from './delegations.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('jury')
@Controller('awards/:awardId/delegations')
export class DelegationsController {
  constructor(private readonly delegations: DelegationsService) {}

  @Authorize('delegation:read')
  @Get()
  @ApiOperation({ summary: 'The jury work the award hands to its secretaries' })
  get(@Param('awardId', uuid) awardId: string): Promise<DelegationsResponse> {
    return this.delegations.get(awardId);
  }

  @Authorize('delegation:manage')
  @Put()
  @ApiOperation({
    summary:
      "Delegate jury work to the award's secretaries: 'rounds' (rounds, panels, councils, advancement, reminders), 'assignments' (assigning judges); recorded in the audit chain",
  })
  put(
    @Param('awardId', uuid) awardId: string,
    @Body() body: PutDelegationsDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DelegationsResponse> {
    return this.delegations.put(awardId, body, user.id);
  }
}
