import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { contentDisposition, type DownloadFile } from './export-format';

/**
 * A generated file as a download: never cached (results change until publication, and documents are
 * private). Kept apart from export-format, which the PDF worker imports without Nest.
 */
export function download(response: Response, file: DownloadFile): StreamableFile {
  response.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(file.body, {
    type: file.contentType,
    disposition: contentDisposition(file.asciiName, file.displayName),
    length: file.body.length,
  });
}
