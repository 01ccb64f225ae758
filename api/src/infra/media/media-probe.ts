import { execFile } from 'node:child_process';
import { open, readFile, stat } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { imageSizeFromFile } from 'image-size/fromFile';
import { PDFDocument } from 'pdf-lib';
import { AppConfig } from '../config/app-config';
import { structureEnd } from './trailing-data';

export interface MediaFacts {
  pageCount: number | null;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  /** Indirect objects of a PDF: what a parser must hold, however few pages it shows. */
  objectCount: number | null;
  /** Streams in an audio or video container. */
  streamCount: number | null;
  /** Bytes after the format's own end (a polyglot), padding excepted. */
  trailingBytes: number;
  /** The content ends before its own structure says it should (a cut-off upload or a broken file). */
  truncated: boolean;
  /** Tools that would have been needed for a fact and are not installed. */
  missingTools: string[];
}

/** pdf-lib reads the whole document into memory: larger PDFs get no page count rather than an OOM. */
const PDF_PARSE_LIMIT = 200 * 1024 * 1024;

async function head(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Reads facts from a file's content: pages of a PDF, pixels of an image, duration of audio/video
 * (ffprobe, when installed), and whether the content is cut short. Never guesses: a fact that needs a
 * missing tool is null and the tool is named.
 */
@Injectable()
export class MediaProbe {
  private readonly logger = new Logger(MediaProbe.name);
  private ffprobeAvailable?: Promise<boolean>;

  constructor(private readonly config: AppConfig) {}

  hasFfprobe(): Promise<boolean> {
    this.ffprobeAvailable ??= new Promise((done) => {
      execFile(this.config.FFPROBE_PATH, ['-version'], { timeout: 5000 }, (error) => done(!error));
    });
    return this.ffprobeAvailable;
  }

  async probe(path: string, mimeType: string): Promise<MediaFacts> {
    const facts: MediaFacts = {
      pageCount: null,
      width: null,
      height: null,
      durationSeconds: null,
      objectCount: null,
      streamCount: null,
      trailingBytes: 0,
      truncated: false,
      missingTools: [],
    };
    // PDF, JPEG and PNG are walked to their own end: cut short before it, a polyglot after it.
    const end = await structureEnd(path, mimeType);
    if (end) Object.assign(facts, end);
    if (mimeType === 'application/pdf') {
      if (!facts.truncated && (await stat(path)).size <= PDF_PARSE_LIMIT) {
        try {
          const document = await PDFDocument.load(await readFile(path), {
            updateMetadata: false,
            ignoreEncryption: true,
          });
          facts.pageCount = document.getPageCount();
          facts.objectCount = document.context.enumerateIndirectObjects().length;
        } catch (error) {
          this.logger.warn(`PDF not parsed: ${(error as Error).message}`);
          facts.truncated = true;
        }
      }
    } else if (mimeType.startsWith('image/')) {
      try {
        const size = await imageSizeFromFile(path);
        facts.width = size.width ?? null;
        facts.height = size.height ?? null;
      } catch {
        facts.truncated = true;
      }
    } else if (mimeType.startsWith('audio/') || mimeType.startsWith('video/')) {
      if (mimeType === 'audio/wav') {
        const header = await head(path, 12);
        const declared = header.length >= 8 ? header.readUInt32LE(4) + 8 : 0;
        facts.truncated = (await stat(path)).size < declared;
      }
      if (await this.hasFfprobe()) {
        const container = await this.container(path);
        if (container === null) facts.truncated = true;
        else {
          facts.durationSeconds = container.durationSeconds;
          facts.streamCount = container.streamCount;
        }
      } else {
        facts.missingTools.push('ffprobe');
      }
    }
    return facts;
  }

  /** Seconds and streams, or null when ffprobe cannot read the container (typically a file cut short). */
  private container(
    path: string,
  ): Promise<{ durationSeconds: number; streamCount: number } | null> {
    return new Promise((done) => {
      execFile(
        this.config.FFPROBE_PATH,
        ['-v', 'error', '-show_entries', 'format=duration,nb_streams', '-of', 'json', path],
        { timeout: 30_000, maxBuffer: 1024 * 1024 },
        (error, stdout) => {
          if (error) return done(null);
          const format = (
            JSON.parse(stdout || '{}') as { format?: { duration?: string; nb_streams?: number } }
          ).format;
          const seconds = Number(format?.duration);
          done(
            Number.isFinite(seconds) && seconds > 0
              ? {
                  durationSeconds: Math.round(seconds * 1000) / 1000,
                  streamCount: Number(format?.nb_streams ?? 0),
                }
              : null,
          );
        },
      );
    });
  }
}
