import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { EntryFileResponse } from '@press-award/contracts';
import type { Request, Response } from 'express';
import { AppException } from '../../../infra/http/app-exception';
import { Authorize } from '../../auth/decorators/access.decorators';
import { EntryFilesService } from './entry-files.service';
import { parseRange } from './http-range';
import { receiveMultipartFile } from './multipart-receiver';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('entries')
@Controller('entries/:entryId/files')
export class EntryFilesController {
  constructor(private readonly files: EntryFilesService) {}

  @Authorize('entry:write')
  @Post()
  @ApiOperation({
    summary:
      'Upload a file (multipart `file`, `kind`, `partIndex?`; send the fields before the file)',
    description:
      'The type is decided from the content (magic bytes), never from the name. Reading stops at the size limit. The same file twice on one entry returns the stored record (200).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        kind: { type: 'string', enum: ['work', 'script', 'translation', 'confirmation'] },
        partIndex: { type: 'integer', minimum: 0 },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiCreatedResponse({ description: '{ id, kind, size, sha256, mimeType, … }' })
  @ApiOkResponse({ description: 'The same file was already on the entry: the stored record' })
  @ApiPayloadTooLargeResponse({ description: 'FILE_TOO_LARGE' })
  @ApiUnsupportedMediaTypeResponse({ description: 'FILE_TYPE_NOT_ALLOWED' })
  async upload(
    @Param('entryId', uuid) entryId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EntryFileResponse> {
    const policy = await this.files.policyFor(entryId);
    const { file, fields } = await receiveMultipartFile(request, response, {
      tempDir: this.files.tempDir,
      maxBytes: policy.maxBytes,
      acceptableMimes: policy.acceptableMimes,
    });
    if (!file)
      throw new AppException('FILE_REQUIRED', [
        { field: 'file', code: 'FILE_REQUIRED', message: 'No file part named "file".' },
      ]);
    let dto;
    try {
      dto = await this.files.parseFields(fields);
    } catch (error) {
      await rm(file.tempPath, { force: true });
      throw error;
    }
    const result = await this.files.ingest(entryId, file, dto);
    response.status(result.created ? 201 : 200);
    return result.file;
  }

  @Authorize('entry:write')
  @Delete(':fileId')
  @HttpCode(204)
  async remove(
    @Param('entryId', uuid) entryId: string,
    @Param('fileId', uuid) fileId: string,
  ): Promise<void> {
    await this.files.remove(entryId, fileId);
  }

  @Authorize('entry:read')
  @Get(':fileId/content')
  @ApiOperation({ summary: 'The stored file for its reporter and the organizers (supports Range)' })
  async content(
    @Param('entryId', uuid) entryId: string,
    @Param('fileId', uuid) fileId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.files.find(entryId, fileId);
    const range = parseRange(request.headers.range, file.size);
    if (range === 'unsatisfiable') {
      response.status(416).setHeader('Content-Range', `bytes */${file.size}`).end();
      return;
    }
    response.setHeader('Content-Type', file.mimeType);
    response.setHeader('Accept-Ranges', 'bytes');
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
    );
    if (range) {
      response
        .status(206)
        .setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`);
      response.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      response.setHeader('Content-Length', String(file.size));
    }
    await pipeline(await this.files.open(file, range ?? undefined), response);
  }
}
