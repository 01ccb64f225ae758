import { All, Controller, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Authorize } from '../../auth/decorators/access.decorators';
import { ResumableUploadsService } from './resumable-uploads.service';

/**
 * The tus 1.0 endpoint (`POST` to create with `Upload-Metadata: entryId, kind, partIndex?,
 * filename`, then `HEAD`/`PATCH` to resume). The signed-in check runs here; ownership and the
 * entry's rules are checked by the service on every request.
 */
@ApiTags('entries')
@Controller('uploads/tus')
export class ResumableUploadsController {
  constructor(private readonly uploads: ResumableUploadsService) {}

  @Authorize('upload:resumable')
  @Post()
  @ApiOperation({ summary: 'Resumable upload (tus 1.0): create an upload for an entry file' })
  create(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.uploads.handle(request, response);
  }

  /**
   * tus also answers OPTIONS (capabilities) on the collection. `@All` would document every method
   * Express knows, SEARCH and PROPFIND included, which OpenAPI 3 has no place for: keep it out of
   * the document; the POST above is the operation clients call.
   */
  @Authorize('upload:resumable')
  @All()
  @ApiExcludeEndpoint()
  other(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.uploads.handle(request, response);
  }

  @Authorize('upload:resumable')
  @All('*path')
  @ApiExcludeEndpoint()
  resume(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.uploads.handle(request, response);
  }
}
