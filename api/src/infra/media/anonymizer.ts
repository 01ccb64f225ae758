import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { rebuildDocx } from './docx-rebuild';
import { rebuildPdf } from './pdf-rebuild';

/**
 * Judges' copies are rebuilt from what the work needs (an allow-list), never scrubbed of what we
 * happened to think of. A file that cannot be rebuilt here is `flagged` with a stable reason: it is
 * never served raw, the judge sees that it could not be shown and the secretariat sees why.
 */
export type AnonymizeOutcome = { status: 'ready' } | { status: 'flagged'; reason: AnonymizeFlag };

export type AnonymizeFlag =
  | 'PDF_TOO_LARGE_TO_CLEAN'
  | 'PDF_UNREADABLE_OR_ENCRYPTED'
  | 'PDF_PAGES_CHANGED'
  | 'GHOSTSCRIPT_MISSING'
  | 'FFMPEG_MISSING'
  | 'MEDIA_NO_STREAMS'
  | 'MEDIA_UNREADABLE'
  | 'IMAGE_UNREADABLE'
  | 'DOCUMENT_UNREADABLE';

export interface AnonymizeTools {
  ffmpeg: string;
  ffprobe: string;
  ghostscript: string;
  /** The most pixels an image may decode to (sharp refuses more before allocating them). */
  maxPixels: number;
}

const PDF_LIMIT = 200 * 1024 * 1024;
/** Ghostscript and ffmpeg are stopped after this long, so a hostile file cannot hold a worker forever. */
const TOOL_TIMEOUT_MS = 30 * 60 * 1000;

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

class MissingTool extends Error {}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      command,
      args,
      { timeout: TOOL_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return done(stdout);
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          return fail(new MissingTool(command));
        fail(new Error(`${command} failed: ${String(stderr || error.message).slice(0, 500)}`));
      },
    );
  });
}

/**
 * PDF in two passes. Ghostscript redraws every page into a new file: content streams are rewritten
 * from what they paint, so hidden optional content, marked-content text (ActualText, Alt) and the
 * author's own resource names do not survive, and annotations, form fields and attachments are not
 * carried. Then the allow-list copy (pdf-rebuild.ts) keeps only the pages' drawing objects, dropping
 * what Ghostscript writes or keeps around them (document info, XMP, page labels, font names).
 */
async function rebuildPdfCopy(
  input: string,
  output: string,
  size: number,
  tools: AnonymizeTools,
): Promise<AnonymizeOutcome> {
  if (size > PDF_LIMIT) return { status: 'flagged', reason: 'PDF_TOO_LARGE_TO_CLEAN' };
  let originalPages: number;
  try {
    originalPages = (
      await PDFDocument.load(await readFile(input), { updateMetadata: false })
    ).getPageCount();
  } catch {
    return { status: 'flagged', reason: 'PDF_UNREADABLE_OR_ENCRYPTED' };
  }
  const redrawn = `${output}.gs.pdf`;
  try {
    try {
      await run(tools.ghostscript, [
        '-q',
        '-dSAFER',
        '-dBATCH',
        '-dNOPAUSE',
        '-sDEVICE=pdfwrite',
        '-dPreserveAnnots=false',
        '-dShowAnnots=false',
        '-dPreserveMarkedContent=false',
        '-dPreserveEmbeddedFiles=false',
        '-dPreserveDocView=false',
        '-dDetectDuplicateImages=true',
        '-dAutoRotatePages=/None',
        `-sOutputFile=${redrawn}`,
        input,
      ]);
    } catch (error) {
      if (error instanceof MissingTool) return { status: 'flagged', reason: 'GHOSTSCRIPT_MISSING' };
      return { status: 'flagged', reason: 'PDF_UNREADABLE_OR_ENCRYPTED' };
    }
    const rebuilt = await rebuildPdf(await readFile(redrawn));
    // A judge must see the whole work: a copy with pages lost or added is not served.
    if (rebuilt.pageCount !== originalPages)
      return { status: 'flagged', reason: 'PDF_PAGES_CHANGED' };
    await writeFile(output, rebuilt.bytes);
    return { status: 'ready' };
  } finally {
    await rm(redrawn, { force: true });
  }
}

/** Images: decoded pixels re-encoded; sharp writes no EXIF, IPTC, XMP, ICC, comments or text chunks unless asked. */
async function rebuildImage(
  input: string,
  output: string,
  mimeType: string,
  tools: AnonymizeTools,
): Promise<AnonymizeOutcome> {
  try {
    const image = sharp(input, { failOn: 'error', limitInputPixels: tools.maxPixels }).rotate();
    if (mimeType === 'image/jpeg') await image.jpeg({ quality: 92, mozjpeg: true }).toFile(output);
    else if (mimeType === 'image/png') await image.png().toFile(output);
    else await image.tiff().toFile(output);
    return { status: 'ready' };
  } catch {
    return { status: 'flagged', reason: 'IMAGE_UNREADABLE' };
  }
}

interface ProbedStream {
  index: number;
  codec_type: string;
  codec_name?: string;
  disposition?: { attached_pic?: number };
}

const MUXERS: Record<string, string> = {
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/mp4': 'ipod',
  'audio/x-m4a': 'ipod',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
};
/** Still-picture codecs: a "video" stream made of one of these is cover art, not the work. */
const PICTURE_CODECS = new Set(['mjpeg', 'png', 'bmp', 'gif', 'webp', 'tiff']);
/** Bitstream filters that drop the free-form user-data units (SEI) an encoder or a person can fill. */
const USER_DATA_FILTERS: Record<string, string> = {
  h264: 'filter_units=remove_types=6',
  hevc: 'filter_units=remove_types=39|40',
};

/**
 * Audio and video: only the work's own streams — the first moving-picture video stream and the
 * audio streams —, copied bit for bit, in a new container. Cover pictures, subtitle, data and
 * attachment streams, chapters, every tag and the encoder's user data are left behind. Subtitles are
 * dropped on purpose: a text track is free text the reporter wrote, and the judge scores the picture
 * and the sound; burned-in captions are part of the picture and stay.
 */
async function rebuildMedia(
  input: string,
  output: string,
  mimeType: string,
  tools: AnonymizeTools,
): Promise<AnonymizeOutcome> {
  let streams: ProbedStream[];
  try {
    streams =
      (
        JSON.parse(
          await run(tools.ffprobe, [
            '-v',
            'error',
            '-show_entries',
            'stream=index,codec_type,codec_name:stream_disposition=attached_pic',
            '-of',
            'json',
            input,
          ]),
        ) as { streams?: ProbedStream[] }
      ).streams ?? [];
  } catch (error) {
    if (error instanceof MissingTool) return { status: 'flagged', reason: 'FFMPEG_MISSING' };
    return { status: 'flagged', reason: 'MEDIA_UNREADABLE' };
  }
  const video = streams.find(
    (stream) =>
      stream.codec_type === 'video' &&
      !stream.disposition?.attached_pic &&
      !PICTURE_CODECS.has(stream.codec_name ?? ''),
  );
  const audio = streams.filter((stream) => stream.codec_type === 'audio');
  const isVideo = mimeType.startsWith('video/');
  if ((isVideo && !video) || (!isVideo && audio.length === 0))
    return { status: 'flagged', reason: 'MEDIA_NO_STREAMS' };

  const args = ['-hide_banner', '-loglevel', 'error', '-y', '-i', input];
  if (isVideo && video) args.push('-map', `0:${video.index}`);
  for (const stream of audio) args.push('-map', `0:${stream.index}`);
  args.push(
    '-map_metadata',
    '-1',
    '-map_chapters',
    '-1',
    '-c',
    'copy',
    '-fflags',
    '+bitexact',
    '-flags:v',
    '+bitexact',
    '-flags:a',
    '+bitexact',
  );
  const filter = video?.codec_name ? USER_DATA_FILTERS[video.codec_name] : undefined;
  if (isVideo && filter) args.push('-bsf:v', filter);
  // Stream handler names are free text in MP4/MOV; they are set to neutral ones.
  if (isVideo) args.push('-metadata:s:v', 'handler_name=VideoHandler');
  args.push('-metadata:s:a', 'handler_name=SoundHandler');
  if (mimeType === 'audio/mpeg') args.push('-id3v2_version', '0', '-write_id3v1', '0');
  if (isVideo || mimeType === 'audio/mp4' || mimeType === 'audio/x-m4a')
    args.push('-movflags', '+faststart');
  // The container is named, not guessed from the output's file name.
  args.push('-f', MUXERS[mimeType] ?? 'mp4', output);
  try {
    await run(tools.ffmpeg, args);
    return { status: 'ready' };
  } catch (error) {
    if (error instanceof MissingTool) return { status: 'flagged', reason: 'FFMPEG_MISSING' };
    return { status: 'flagged', reason: 'MEDIA_UNREADABLE' };
  }
}

async function rebuildDocument(
  input: string,
  output: string,
  tools: AnonymizeTools,
): Promise<AnonymizeOutcome> {
  try {
    await writeFile(
      output,
      await rebuildDocx(await readFile(input), { maxPixels: tools.maxPixels }),
    );
    return { status: 'ready' };
  } catch {
    return { status: 'flagged', reason: 'DOCUMENT_UNREADABLE' };
  }
}

/**
 * Writes the judge's copy of `input` to `output`, or says why it cannot be made here — in which case
 * nothing is served to judges and the secretariat sees the reason.
 */
export async function anonymize(
  input: string,
  output: string,
  mimeType: string,
  size: number,
  tools: AnonymizeTools,
): Promise<AnonymizeOutcome> {
  if (mimeType === 'application/pdf') return rebuildPdfCopy(input, output, size, tools);
  if (mimeType.startsWith('image/')) return rebuildImage(input, output, mimeType, tools);
  if (mimeType.startsWith('audio/') || mimeType.startsWith('video/'))
    return rebuildMedia(input, output, mimeType, tools);
  return rebuildDocument(input, output, tools);
}
