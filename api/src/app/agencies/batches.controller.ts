import { pipeline } from 'node:stream/promises';
import { rm } from 'node:fs/promises';
import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { BatchResponse, BatchSummary } from '@press-award/contracts';
import { BatchListQueryDto, CreateBatchDto } from '@press-award/contracts/dto';
import type { Request, Response } from 'express';
import { AppException } from '../../infra/http/app-exception';
import { Authorize, CurrentUser } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { receiveMultipartFile } from '../entries/files/multipart-receiver';
import { download } from '../results/download';
import { contentDisposition } from '../results/export-format';
import { BatchesService, COVERING_LETTER_TYPES } from './batches.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** Batches of organization accounts and their covering letters (docs/agencies.md). */
@ApiTags('batches')
@Controller()
export class BatchesController {
  constructor(private readonly batches: BatchesService) {}

  @Authorize('batch:create')
  @Post('awards/:awardId/batches')
  @ApiOperation({
    summary: 'Open a batch (hồ sơ gửi giải) for an open award: organization accounts only',
  })
  @ApiCreatedResponse({ description: 'The batch, without a covering letter yet' })
  @ApiForbiddenResponse({ description: 'ORGANIZATION_ACCOUNT_REQUIRED' })
  create(
    @Param('awardId', uuid) awardId: string,
    @Body() body: CreateBatchDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BatchResponse> {
    return this.batches.create(awardId, body, user.id);
  }

  @Authorize('batch:list-award')
  @Get('awards/:awardId/batches')
  @ApiOperation({ summary: "The award's batches, for its organizers and secretaries" })
  listForAward(@Param('awardId', uuid) awardId: string): Promise<BatchSummary[]> {
    return this.batches.listForAward(awardId);
  }

  @Authorize('batch:list-mine')
  @Get('batches/mine')
  @ApiOperation({ summary: "The caller's batches, newest first" })
  listMine(@CurrentUser() user: AuthUser): Promise<BatchSummary[]> {
    return this.batches.listMine(user.id);
  }

  @Authorize('batch:read')
  @Get('batches/:batchId')
  @ApiOperation({ summary: 'A batch with its entries and their status (owner, award staff)' })
  @ApiNotFoundResponse({ description: 'BATCH_NOT_FOUND' })
  get(
    @Param('batchId', uuid) batchId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<BatchResponse> {
    return this.batches.get(batchId, user);
  }

  @Authorize('batch:write')
  @Put('batches/:batchId/covering-letter')
  @ApiOperation({
    summary: 'Attach (or replace) the covering letter: multipart `number`, `issuedOn`, then `file`',
    description:
      'The letter is a PDF, judged by its content (magic bytes, structure, trailing data), never by its name. Until the deadline.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['number', 'issuedOn', 'file'],
      properties: {
        number: { type: 'string', example: '45-CV/BTCTU' },
        issuedOn: { type: 'string', format: 'date', example: '2025-10-05' },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiUnsupportedMediaTypeResponse({ description: 'FILE_TYPE_NOT_ALLOWED' })
  async putLetter(
    @Param('batchId', uuid) batchId: string,
    @CurrentUser() user: AuthUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BatchResponse> {
    await this.batches.assertLetterWritable(batchId, user.id);
    const { file, fields } = await receiveMultipartFile(request, response, {
      tempDir: this.batches.tempDir,
      maxBytes: this.batches.letterMaxBytes,
      acceptableMimes: COVERING_LETTER_TYPES,
    });
    if (!file)
      throw new AppException('FILE_REQUIRED', [
        { field: 'file', code: 'FILE_REQUIRED', message: 'No file part named "file".' },
      ]);
    let dto;
    try {
      dto = await this.batches.parseLetterFields(fields);
    } catch (error) {
      await rm(file.tempPath, { force: true });
      throw error;
    }
    return this.batches.ingestLetter(batchId, user.id, file, dto);
  }

  @Authorize('batch:read')
  @Get('batches/:batchId/covering-letter')
  @ApiOperation({ summary: 'The covering letter (PDF), for its organization and the award staff' })
  @ApiProduces('application/pdf')
  async getLetter(
    @Param('batchId', uuid) batchId: string,
    @CurrentUser() user: AuthUser,
    @Res() response: Response,
  ): Promise<void> {
    const { batch, open } = await this.batches.letter(batchId, user);
    const stream = await open();
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Length', String(batch.letterSize));
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader(
      'Content-Disposition',
      contentDisposition('cong-van.pdf', batch.letterOriginalName ?? 'cong-van.pdf'),
    );
    await pipeline(stream, response);
  }

  @Authorize('batch:read')
  @Get('batches/:batchId/list')
  @ApiOperation({
    summary:
      'The batch list sent with the covering letter (PDF, Party document format): each work with its authors, outlet, date and receipt number',
  })
  @ApiProduces('application/pdf')
  async list(
    @Param('batchId', uuid) batchId: string,
    // Only PDF; validated so `?format=docx` is refused, not ignored.
    @Query() _query: BatchListQueryDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return download(response, await this.batches.list(batchId, user));
  }
}
