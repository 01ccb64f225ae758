import { pipeline } from 'node:stream/promises';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JudgeAssignmentResponse, SheetResponse } from '@press-award/contracts';
import { JudgeRelationshipsDto, RecuseDto, SaveSheetDto } from '@press-award/contracts/dto';
import type { Request, Response } from 'express';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { parseRange } from '../entries/files/http-range';
import { JudgingService } from './judging.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/**
 * The judge's side. Every answer comes from the judging read model, which holds no author, pen name,
 * agency, outlet or email; files are anonymised copies under neutral names.
 */
@ApiTags('judging')
@Controller('judging')
export class JudgingController {
  constructor(private readonly judging: JudgingService) {}

  @Authorize('judging:self')
  @Get('assignments')
  @ApiOperation({
    summary:
      "The judge's own assignments in open rounds (blind: code, title, category, parts' titles and dates, files)",
  })
  assignments(@CurrentUser() user: AuthUser): Promise<JudgeAssignmentResponse[]> {
    return this.judging.assignments(user.id);
  }

  @Authorize('judging:self')
  @Get('assignments/:assignmentId')
  assignment(
    @Param('assignmentId', uuid) assignmentId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<JudgeAssignmentResponse> {
    return this.judging.assignment(user.id, assignmentId);
  }

  @Authorize('judging:self')
  @Put('assignments/:assignmentId/sheet')
  @ApiOperation({
    summary:
      'Save the score sheet (draft, or submit: true); send the last version (body or If-Match): 409 when stale, submitted or the round is closed',
  })
  saveSheet(
    @Param('assignmentId', uuid) assignmentId: string,
    @Body() body: SaveSheetDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<SheetResponse> {
    const version =
      body.version ??
      (ifMatch && /^"?\d+"?$/.test(ifMatch) ? Number(ifMatch.replace(/"/g, '')) : undefined);
    return this.judging.saveSheet(user.id, assignmentId, { ...body, version });
  }

  @Authorize('judging:self')
  @Get('assignments/:assignmentId/files/:fileId')
  @ApiOperation({
    summary:
      'An anonymised file of the assignment, as <code>-<n>.<ext>, private and not cached (supports Range)',
  })
  async file(
    @Param('assignmentId', uuid) assignmentId: string,
    @Param('fileId', uuid) fileId: string,
    @CurrentUser() user: AuthUser,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.judging.file(user.id, assignmentId, fileId);
    const range = parseRange(request.headers.range, file.size);
    response.setHeader('Cache-Control', 'private, no-store');
    // The judge's page shows the work in a frame of its own origin (the app is DENY elsewhere).
    response.setHeader('X-Frame-Options', 'SAMEORIGIN');
    response.setHeader('Content-Security-Policy', "frame-ancestors 'self'");
    if (range === 'unsatisfiable') {
      response.status(416).setHeader('Content-Range', `bytes */${file.size}`).end();
      return;
    }
    response.setHeader('Content-Type', file.mimeType);
    response.setHeader('Accept-Ranges', 'bytes');
    response.setHeader('Content-Disposition', `inline; filename="${file.name}"`);
    if (range) {
      response
        .status(206)
        .setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`);
      response.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      response.setHeader('Content-Length', String(file.size));
    }
    await pipeline(await file.open(range ?? undefined), response);
  }

  @Authorize('judging:relationships')
  @Get('awards/:awardId/relationships')
  @ApiOperation({ summary: 'The agencies the judge declared ties with, for this award' })
  relationships(
    @Param('awardId', uuid) awardId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<{ declaredOrganizations: string[] }> {
    return this.judging.relationships(awardId, user.id);
  }

  @Authorize('judging:relationships')
  @Put('awards/:awardId/relationships')
  @ApiOperation({
    summary:
      'Declare the agencies the judge has ties with: their works are never assigned to the judge',
  })
  setRelationships(
    @Param('awardId', uuid) awardId: string,
    @Body() body: JudgeRelationshipsDto,
    @CurrentUser() user: AuthUser,
  ): Promise<{ declaredOrganizations: string[] }> {
    return this.judging.setRelationships(awardId, user.id, body.declaredOrganizations);
  }

  @Authorize('judging:self')
  @Post('assignments/:assignmentId/recuse')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Declare a conflict on an assigned entry: the assignment is released for the organizer to reassign',
  })
  async recuse(
    @Param('assignmentId', uuid) assignmentId: string,
    @Body() body: RecuseDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    await this.judging.recuse(user.id, assignmentId, body.reason);
  }
}
