import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '@press-award/contracts/dto';
import { Authorize } from '../auth/decorators/access.decorators';
import { AuditService } from './audit.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('audit')
@Controller('awards/:awardId/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Authorize('audit:read')
  @Get()
  @ApiOperation({ summary: "The award's audit trail, newest first" })
  list(@Param('awardId', uuid) awardId: string, @Query() query: PageQueryDto) {
    return this.audit.list(awardId, query.page, query.pageSize);
  }

  @Authorize('audit:read')
  @Get('verify')
  @ApiOperation({ summary: 'Recompute the hash chain: { ok, checked } or the first broken link' })
  verify(@Param('awardId', uuid) awardId: string) {
    return this.audit.verify(awardId);
  }
}
