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
} from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  AdvancementPreviewResponse,
  AssignmentResponse,
  AutoAssignResponse,
  BlindCodesResponse,
  ConflictResponse,
  PanelResponse,
  RoundProgressResponse,
  RoundResponse,
} from '@press-award/contracts';
import {
  AdvancementPreviewDto,
  AutoAssignDto,
  CreateAssignmentDto,
  CreatePanelDto,
  CreateRoundDto,
  RoundEntriesDto,
  RoundStatusDto,
  UpdateRoundDto,
} from '@press-award/contracts/dto';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { AdvancementService } from './advancement.service';
import { AssignmentsService } from './assignments.service';
import { BlindCodesService } from './blind-codes.service';
import { PanelsService } from './panels.service';
import { ProgressService } from './progress.service';
import { RoundsService } from './rounds.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('jury')
@Controller()
export class JuryController {
  constructor(
    private readonly codes: BlindCodesService,
    private readonly rounds: RoundsService,
    private readonly advancement: AdvancementService,
    private readonly roundProgress: ProgressService,
    private readonly panels: PanelsService,
    private readonly assignments: AssignmentsService,
  ) {}

  @Authorize('codes:issue')
  @Post('awards/:awardId/codes')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Give every eligible entry its blind code (e.g. IN1-0042), in random order; issued codes never change',
  })
  issueCodes(
    @Param('awardId', uuid) awardId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<BlindCodesResponse> {
    return this.codes.issueCodes(awardId, user.id);
  }

  @Authorize('round:manage')
  @Post('awards/:awardId/rounds')
  @ApiConflictResponse({ description: 'ROUND_ORDER_TAKEN' })
  createRound(
    @Param('awardId', uuid) awardId: string,
    @Body() body: CreateRoundDto,
  ): Promise<RoundResponse> {
    return this.rounds.createRound(awardId, body);
  }

  @Authorize('round:read')
  @Get('awards/:awardId/rounds')
  listRounds(@Param('awardId', uuid) awardId: string): Promise<RoundResponse[]> {
    return this.rounds.listRounds(awardId);
  }

  @Authorize('round:read')
  @Get('rounds/:roundId')
  getRound(@Param('roundId', uuid) roundId: string): Promise<RoundResponse> {
    return this.rounds.getRound(roundId);
  }

  @Authorize('round:manage')
  @Patch('rounds/:roundId')
  @ApiOperation({
    summary:
      'Change the disagreement distance (null: 2 points per 10 of the rubric maximum) while the round is not closed',
  })
  @ApiConflictResponse({ description: 'ROUND_NOT_EDITABLE' })
  updateRound(
    @Param('roundId', uuid) roundId: string,
    @Body() body: UpdateRoundDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RoundResponse> {
    return this.rounds.updateRound(roundId, body, user.id);
  }

  @Authorize('round:manage')
  @Post('rounds/:roundId/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open (judges see their assignments) or close the round' })
  changeStatus(
    @Param('roundId', uuid) roundId: string,
    @Body() body: RoundStatusDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RoundResponse> {
    return this.rounds.changeRoundStatus(roundId, body.status, user.id);
  }

  @Authorize('round:manage')
  @Post('rounds/:roundId/entries')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Put entries into the round: { entryIds } (eligible, coded), or { fromRoundId, top?, minScore? } from a closed round',
  })
  addEntries(
    @Param('roundId', uuid) roundId: string,
    @Body() body: RoundEntriesDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RoundResponse> {
    return this.advancement.addEntries(roundId, body, user.id);
  }

  @Authorize('round:manage')
  @Post('rounds/:roundId/entries/preview')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'What { fromRoundId, top?, minScore? } would put into the round: each entry with its mean and place; nothing is saved',
  })
  @ApiConflictResponse({
    description: 'ROUND_NOT_CLOSED (the earlier round) / ROUND_NOT_EDITABLE (this one)',
  })
  previewAdvancement(
    @Param('roundId', uuid) roundId: string,
    @Body() body: AdvancementPreviewDto,
  ): Promise<AdvancementPreviewResponse> {
    return this.advancement.previewAdvancement(roundId, body);
  }

  @Authorize('round:read')
  @Get('rounds/:roundId/progress')
  @ApiOperation({
    summary:
      'Sheets submitted / assigned per judge and panel, entries missing scores, judges behind',
  })
  progress(@Param('roundId', uuid) roundId: string): Promise<RoundProgressResponse> {
    return this.roundProgress.progress(roundId);
  }

  @Authorize('round:manage')
  @Post('rounds/:roundId/reminders')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Email every judge who is behind (at most once an hour per round: 429 with Retry-After)',
  })
  remind(
    @Param('roundId', uuid) roundId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<{ reminded: number }> {
    return this.roundProgress.remind(roundId, user.id);
  }

  @Authorize('round:manage')
  @Post('rounds/:roundId/panels')
  @ApiOperation({
    summary:
      'A subcommittee: its categories and judges (a category belongs to one panel per round)',
  })
  addPanel(
    @Param('roundId', uuid) roundId: string,
    @Body() body: CreatePanelDto,
  ): Promise<PanelResponse> {
    return this.panels.addPanel(roundId, body);
  }

  @Authorize('round:read')
  @Get('rounds/:roundId/conflicts')
  @ApiOperation({
    summary:
      'Every judge × entry conflict of interest in the round, with reasons (secretariat only)',
  })
  conflicts(@Param('roundId', uuid) roundId: string): Promise<ConflictResponse[]> {
    return this.assignments.conflicts(roundId);
  }

  @Authorize('round:read')
  @Get('rounds/:roundId/assignments')
  listAssignments(@Param('roundId', uuid) roundId: string): Promise<AssignmentResponse[]> {
    return this.assignments.listAssignments(roundId);
  }

  @Authorize('assignment:manage')
  @Post('rounds/:roundId/assignments')
  @ApiConflictResponse({ description: 'CONFLICT_OF_INTEREST / ASSIGNMENT_EXISTS' })
  assign(
    @Param('roundId', uuid) roundId: string,
    @Body() body: CreateAssignmentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AssignmentResponse> {
    return this.assignments.assign(roundId, body, user.id);
  }

  @Authorize('assignment:manage')
  @Delete('rounds/:roundId/assignments/:assignmentId')
  @HttpCode(204)
  async unassign(
    @Param('roundId', uuid) roundId: string,
    @Param('assignmentId', uuid) assignmentId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    await this.assignments.unassign(roundId, assignmentId, user.id);
  }

  @Authorize('assignment:manage')
  @Post('rounds/:roundId/assignments/auto')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Balanced, conflict-free assignment keeping existing ones; { dryRun: true } previews; infeasible answers name each uncovered entry and why, saving nothing',
  })
  autoAssign(
    @Param('roundId', uuid) roundId: string,
    @Body() body: AutoAssignDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AutoAssignResponse> {
    return this.assignments.autoAssign(roundId, body, user.id);
  }
}
