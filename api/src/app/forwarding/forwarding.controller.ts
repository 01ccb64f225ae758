import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ForwardResultResponse } from '@press-award/contracts';
import { ForwardEntriesDto } from '@press-award/contracts/dto';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { ForwardingService } from './forwarding.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('forwarding')
@Controller()
export class ForwardingController {
  constructor(private readonly forwarding: ForwardingService) {}

  @Authorize('entry:forward')
  @Post('awards/:awardId/forward')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Forward this published award's standing winners (by tier and/or by entry) to an open national award: each becomes a submitted entry there with its files, authors, declared prize and provenance; each work on its own, refusals listed with their code",
  })
  @ApiOkResponse({
    description:
      'The entries created and the ones skipped (ENTRY_ALREADY_FORWARDED, FORWARD_CATEGORY_MISSING, ENTRY_NOT_FOUND, eligibility codes…)',
  })
  @ApiConflictResponse({
    description:
      'FORWARD_SOURCE_NOT_PUBLISHED / FORWARD_TARGET_INVALID (also for an unknown target) / SUBMISSION_DEADLINE_PASSED',
  })
  forward(
    @Param('awardId', uuid) awardId: string,
    @Body() body: ForwardEntriesDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ForwardResultResponse> {
    return this.forwarding.forward(awardId, body, user.id);
  }
}
