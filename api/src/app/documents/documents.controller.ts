import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { GeneratedDocumentResponse } from '@press-award/contracts';
import {
  CreateDocumentDto,
  DocumentDownloadQueryDto,
  RegistrationFormQueryDto,
} from '@press-award/contracts/dto';
import type { Response } from 'express';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { download } from '../results/download';
import { DocumentsService } from './documents.service';
import { RegistrationFormService } from './registration-form.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** Documents generated from the award's data: the registration form, and the numbered Party-format documents. */
@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(
    private readonly forms: RegistrationFormService,
    private readonly documents: DocumentsService,
  ) {}

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

  @Authorize('document:read')
  @Get('awards/:awardId/documents')
  @ApiOperation({ summary: 'The award’s generated documents, newest first' })
  list(@Param('awardId', uuid) awardId: string): Promise<GeneratedDocumentResponse[]> {
    return this.documents.list(awardId);
  }

  @Authorize('document:create')
  @Post('awards/:awardId/documents')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Generates a numbered document from the award’s data (number per issuing body and year, recorded in the audit chain)',
  })
  @ApiCreatedResponse({ description: 'The document record' })
  create(
    @Param('awardId', uuid) awardId: string,
    @Body() body: CreateDocumentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<GeneratedDocumentResponse> {
    return this.documents.create(awardId, body, user.id);
  }

  @Authorize('document:read')
  @Get('documents/:documentId')
  @ApiOperation({ summary: 'A generated document’s bytes (pdf, docx or xlsx, as its type allows)' })
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiNotFoundResponse({ description: 'DOCUMENT_NOT_FOUND' })
  async download(
    @Param('documentId', uuid) documentId: string,
    @Query() query: DocumentDownloadQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return download(response, await this.documents.download(documentId, query.format));
  }
}
