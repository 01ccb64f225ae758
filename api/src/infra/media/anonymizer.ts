import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import sharp from 'sharp';

export type AnonymizeOutcome = { status: 'ready' } | { status: 'flagged'; reason: string };

const PDF_LIMIT = 200 * 1024 * 1024;

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/wav': 'wav',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

export function extensionFor(mimeType: string): string {
  return EXTENSIONS[mimeType] ?? 'bin';
}

/** A PDF without its document information dictionary and XMP metadata (author, creator, title…). */
async function cleanPdf(input: string, output: string, size: number): Promise<AnonymizeOutcome> {
  if (size > PDF_LIMIT) return { status: 'flagged', reason: 'PDF_TOO_LARGE_TO_CLEAN' };
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(await readFile(input), { updateMetadata: false });
  } catch {
    return { status: 'flagged', reason: 'PDF_UNREADABLE_OR_ENCRYPTED' };
  }
  // Unlinking is not enough: pdf-lib would still write the orphaned objects, so they are deleted.
  const dropObject = (reference: unknown) => {
    if (reference instanceof PDFRef) document.context.delete(reference);
  };
  dropObject(document.context.trailerInfo.Info);
  document.context.trailerInfo.Info = undefined;
  dropObject(document.catalog.get(PDFName.of('Metadata')));
  document.catalog.delete(PDFName.of('Metadata'));
  for (const page of document.getPages()) {
    dropObject(page.node.get(PDFName.of('Metadata')));
    page.node.delete(PDFName.of('Metadata'));
  }
  await writeFile(output, await document.save({ useObjectStreams: false }));
  return { status: 'ready' };
}

/** Images re-encoded: sharp writes no EXIF, IPTC or XMP unless asked; orientation is applied first. */
async function cleanImage(input: string, output: string, mimeType: string): Promise<AnonymizeOutcome> {
  const image = sharp(input, { failOn: 'error' }).rotate();
  if (mimeType === 'image/jpeg') await image.jpeg({ quality: 92, mozjpeg: true }).toFile(output);
  else if (mimeType === 'image/png') await image.png().toFile(output);
  else await image.tiff().toFile(output);
  return { status: 'ready' };
}

/** Audio and video with every container tag and chapter removed, streams copied untouched. */
function cleanMedia(input: string, output: string, mimeType: string, ffmpeg: string): Promise<AnonymizeOutcome> {
  const args = ['-hide_banner', '-loglevel', 'error', '-y', '-i', input, '-map', '0', '-map_metadata', '-1', '-map_chapters', '-1', '-c', 'copy', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact'];
  if (mimeType.startsWith('video/') || mimeType === 'audio/mp4' || mimeType === 'audio/x-m4a') args.push('-movflags', '+faststart');
  args.push(output);
  return new Promise((done, fail) => {
    execFile(ffmpeg, args, { timeout: 30 * 60 * 1000 }, (error) => {
      if (!error) return done({ status: 'ready' });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return done({ status: 'flagged', reason: 'FFMPEG_MISSING' });
      fail(error);
    });
  });
}

/**
 * Writes an anonymised copy of `input` to `output`, or says why it cannot be cleaned here — in which
 * case nothing is served to judges and the secretariat sees the flag.
 */
export async function anonymize(input: string, output: string, mimeType: string, size: number, ffmpeg: string): Promise<AnonymizeOutcome> {
  if (mimeType === 'application/pdf') return cleanPdf(input, output, size);
  if (mimeType.startsWith('image/')) return cleanImage(input, output, mimeType);
  if (mimeType.startsWith('audio/') || mimeType.startsWith('video/')) return cleanMedia(input, output, mimeType, ffmpeg);
  // Word documents carry authors in docProps; without a way to rewrite them here, they are held back.
  return { status: 'flagged', reason: 'DOCUMENT_NOT_CLEANED' };
}
