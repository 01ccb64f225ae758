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
import type { EntryResponse } from '@press-award/contracts';
import { CreateEntryDto, EntriesQueryDto, UpdateEntryDto } from '@press-award/contracts/dto';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { EntriesService } from './entries.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('entries')
@Controller()
export class EntriesController {
  constructor(private readonly entries: EntriesService) {}

  @Authorize('entry:create')
  @Post('awards/:awardId/entries')
  @ApiOperation({ summary: 'Create a draft entry in an open award (before the deadline)' })
  @ApiCreatedResponse({ description: 'The entry, status draft' })
  @ApiConflictResponse({ description: 'AWARD_NOT_OPEN / SUBMISSION_DEADLINE_PASSED' })
  create(
    @Param('awardId', uuid) awardId: string,
    @Body() body: CreateEntryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<EntryResponse> {
    return this.entries.create(awardId, body, user.id);
  }

  @Authorize('entry:list-mine')
  @Get('entries')
  @ApiOperation({ summary: "The caller's own entries (mine=true, the default)" })
  listMine(
    @Query() _query: EntriesQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<EntryResponse[]> {
    return this.entries.listMine(user.id);
  }

  @Authorize('entry:read')
  @Get('entries/:entryId')
  get(@Param('entryId', uuid) entryId: string): Promise<EntryResponse> {
    return this.entries.get(entryId);
  }

  @Authorize('entry:write')
  @Patch('entries/:entryId')
  @ApiOperation({
    summary:
      'Edit a draft (or withdrawn) entry before the deadline; lists given replace the stored ones',
  })
  update(
    @Param('entryId', uuid) entryId: string,
    @Body() body: UpdateEntryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<EntryResponse> {
    return this.entries.update(entryId, body, user.id);
  }

  @Authorize('entry:write')
  @Delete('entries/:entryId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft entry and its files' })
  async remove(@Param('entryId', uuid) entryId: string): Promise<void> {
    await this.entries.remove(entryId);
  }

  @Authorize('entry:write')
  @Post('entries/:entryId/submit')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Submit: checks every rule, gives a receipt number and emails a receipt with the files and their sha256',
  })
  submit(@Param('entryId', uuid) entryId: string): Promise<EntryResponse> {
    return this.entries.submit(entryId);
  }

  @Authorize('entry:write')
  @Post('entries/:entryId/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Withdraw a submitted entry before the deadline (it may then be edited and submitted again)',
  })
  withdraw(@Param('entryId', uuid) entryId: string): Promise<EntryResponse> {
    return this.entries.withdraw(entryId);
  }
}
