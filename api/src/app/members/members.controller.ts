import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MemberResponse, Page } from '@press-award/contracts';
import { InviteMemberDto, PageQueryDto, UpdateMemberDto } from '@press-award/contracts/dto';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { MembersService } from './members.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('members')
@Controller('awards/:awardId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Authorize('member:manage')
  @Post()
  @ApiOperation({
    summary: 'Invite a judge, secretary or organizer by email (creates the account if needed)',
  })
  @ApiCreatedResponse({ description: 'The member' })
  @ApiConflictResponse({ description: 'MEMBER_ALREADY_EXISTS' })
  invite(
    @Param('awardId', uuid) awardId: string,
    @Body() body: InviteMemberDto,
    @CurrentUser() user: AuthUser,
  ): Promise<MemberResponse> {
    return this.members.invite(awardId, body, user.id);
  }

  @Authorize('member:read')
  @Get()
  list(
    @Param('awardId', uuid) awardId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<MemberResponse>> {
    return this.members.list(awardId, query.page, query.pageSize);
  }

  @Authorize('member:manage')
  @Patch(':memberId')
  @ApiOperation({
    summary:
      "A member's agency and declared relationships (a judge is never assigned works from them)",
  })
  update(
    @Param('awardId', uuid) awardId: string,
    @Param('memberId', uuid) memberId: string,
    @Body() body: UpdateMemberDto,
  ): Promise<MemberResponse> {
    return this.members.update(awardId, memberId, body);
  }

  @Authorize('member:manage')
  @Delete(':memberId')
  @HttpCode(204)
  @ApiConflictResponse({ description: 'MEMBER_LAST_ORGANIZER' })
  async remove(
    @Param('awardId', uuid) awardId: string,
    @Param('memberId', uuid) memberId: string,
  ): Promise<void> {
    await this.members.remove(awardId, memberId);
  }
}
