import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { ComplaintResponse } from '@press-award/contracts';
import { FileComplaintDto, ResolveComplaintDto } from '@press-award/contracts/dto';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { ComplaintsService } from './complaints.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('complaints')
@Controller('awards/:awardId/complaints')
export class ComplaintsController {
  constructor(private readonly complaints: ComplaintsService) {}

  @Authorize('complaint:file')
  @Post()
  @ApiOperation({
    summary: 'Record a complaint (khiếu nại) against a prize-winning entry, after publication',
  })
  @ApiCreatedResponse({ description: 'The complaint, status open' })
  @ApiConflictResponse({ description: 'COMPLAINT_BEFORE_PUBLICATION' })
  @ApiNotFoundResponse({
    description: 'ENTRY_NOT_FOUND: not an entry of this award holding a prize',
  })
  file(
    @Param('awardId', uuid) awardId: string,
    @Body() body: FileComplaintDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ComplaintResponse> {
    return this.complaints.file(awardId, body, user.id);
  }

  @Authorize('complaint:read')
  @Get()
  @ApiOperation({ summary: "The award's complaints: open first, then the newest" })
  list(@Param('awardId', uuid) awardId: string): Promise<ComplaintResponse[]> {
    return this.complaints.list(awardId);
  }

  @Authorize('complaint:resolve')
  @Post(':complaintId/resolve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Resolve once: dismissed, withdrawn (the work leaves the results) or revoked (the prize is taken back); the author is emailed',
  })
  @ApiConflictResponse({ description: 'COMPLAINT_ALREADY_RESOLVED / COMPLAINT_NO_PRIZE' })
  @ApiNotFoundResponse({ description: 'COMPLAINT_NOT_FOUND' })
  resolve(
    @Param('awardId', uuid) awardId: string,
    @Param('complaintId', uuid) complaintId: string,
    @Body() body: ResolveComplaintDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ComplaintResponse> {
    return this.complaints.resolve(awardId, complaintId, body, user.id);
  }
}
