import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MediaType } from '@press-award/contracts';
import { normalizePersonName } from '@press-award/domain';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

/** A small real file standing for a published work, with the author in its metadata as real files have. */
export interface DemoFile {
  bytes: Buffer;
  mimeType: string;
  name: string;
}

async function pdf(title: string, author: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  // The byline inside a work cannot be hidden; the metadata around it is removed for judges.
  document.setAuthor(normalizePersonName(author));
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= 2; page++)
    document
      .addPage([420, 595])
      .drawText(`${normalizePersonName(title).slice(0, 40)} - trang ${page}`, {
        x: 30,
        y: 540,
        font,
        size: 12,
      });
  return Buffer.from(await document.save());
}

/** Silent 16-bit PCM mono WAV: a real, small audio file (the tests' samples use it too). */
export function silentWav(seconds: number, sampleRate = 16_000): Buffer {
  const data = Buffer.alloc(sampleRate * 2 * seconds);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A 3-second H.264 clip, or a small PDF "script" when ffmpeg is missing (the TV rule accepts video only, so then null). */
async function mp4(author: string): Promise<Buffer | null> {
  const dir = await mkdtemp(join(tmpdir(), 'demo-video-'));
  try {
    const out = join(dir, 'demo.mp4');
    execFileSync(
      'ffmpeg',
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        'testsrc=size=320x180:rate=10',
        '-f',
        'lavfi',
        '-i',
        'sine=frequency=440:duration=3',
        '-t',
        '3',
        '-c:v',
        'libx264',
        '-pix_fmt',
        'yuv420p',
        '-c:a',
        'aac',
        '-shortest',
        '-metadata',
        `artist=${normalizePersonName(author)}`,
        out,
      ],
      { stdio: 'ignore' },
    );
    return await readFile(out);
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function jpeg(author: string, agency: string): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 427, channels: 3, background: '#8a1c1c' } })
    .withExif({
      IFD0: { Artist: normalizePersonName(author), Copyright: normalizePersonName(agency) },
    })
    .jpeg()
    .toBuffer();
}

/** The work file an entry of this media type carries, named as a reporter would name it; null if it cannot be made here. */
export async function demoWorkFile(
  mediaType: MediaType,
  title: string,
  author: string,
  agency: string,
  slug: string,
): Promise<DemoFile | null> {
  switch (mediaType) {
    case 'print':
      return {
        bytes: await pdf(title, author),
        mimeType: 'application/pdf',
        name: `bao-in-${slug}.pdf`,
      };
    case 'online':
      return {
        bytes: await pdf(title, author),
        mimeType: 'application/pdf',
        name: `ban-chup-${slug}.pdf`,
      };
    case 'photo':
      return { bytes: await jpeg(author, agency), mimeType: 'image/jpeg', name: `anh-${slug}.jpg` };
    case 'radio':
      return { bytes: silentWav(4), mimeType: 'audio/wav', name: `phat-thanh-${slug}.wav` };
    case 'tv': {
      const bytes = await mp4(author);
      return bytes ? { bytes, mimeType: 'video/mp4', name: `truyen-hinh-${slug}.mp4` } : null;
    }
  }
}
