import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RegistrationFormQueryDto } from '@press-award/contracts/dto';
import type { Response } from 'express';
import { Authorize } from '../auth/decorators/access.decorators';
import { download } from '../results/download';
import { RegistrationFormService } from './registration-form.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** Documents generated from the award's data (issue 15): the registration form so far. */
@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(private readonly forms: RegistrationFormService) {}

  @Authorize('entry:read')
  @Get('entries/:entryId/registration-form')
  @ApiOperation({
    summary:
      'The filled phiếu đăng ký of an entry (PDF, Party document format, with the agency’s signature and seal block)',
  })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({ description: 'ENTRY_NOT_FOUND' })
  async registrationForm(
    @Param('entryId', uuid) entryId: string,
    // Only PDF so far; the query is validated so `?format=docx` is refused, not ignored.
    @Query() _query: RegistrationFormQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return download(response, await this.forms.registrationForm(entryId));
  }
}
