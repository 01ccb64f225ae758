import { open } from 'node:fs/promises';

/**
 * Where a file's own structure ends. Before it: the file is cut short (`truncated`). After it:
 * `trailingBytes`, the bytes that follow the format's end, padding of zeros and white space excepted
 * — a PDF followed by a ZIP, a JPEG followed by an HTML page. Such a polyglot is two files in one,
 * and the second is never what the award asked for. Null for formats not walked here.
 */
export async function structureEnd(
  path: string,
  mimeType: string,
): Promise<{ truncated: boolean; trailingBytes: number } | null> {
  const walk = WALKERS[mimeType];
  if (!walk) return null;
  const bytes = await readAll(path, mimeType === 'application/pdf' ? TAIL_BYTES : undefined);
  const end = walk(bytes);
  if (end === null) return { truncated: true, trailingBytes: 0 };
  let trailingBytes = 0;
  for (const byte of bytes.subarray(end)) if (!PADDING.has(byte)) trailingBytes++;
  return { truncated: false, trailingBytes };
}

const TAIL_BYTES = 1024 * 1024;
/** NUL, tab, line feed, carriage return, space: what scanners and editors pad files with. */
const PADDING = new Set([0x00, 0x09, 0x0a, 0x0d, 0x20]);

async function readAll(path: string, tail?: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const length = tail ? Math.min(tail, size) : size;
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer;
  } finally {
    await handle.close();
  }
}

const WALKERS: Record<string, (bytes: Buffer) => number | null> = {
  'application/pdf': (bytes) => pdfEnd(bytes),
  'image/jpeg': (bytes) => jpegEnd(bytes),
  'image/png': (bytes) => pngEnd(bytes),
};

/** After the last `%%EOF` (incremental updates legitimately add revisions before it). */
function pdfEnd(bytes: Buffer): number | null {
  const at = bytes.lastIndexOf('%%EOF');
  return at < 0 ? null : at + 5;
}

/** 0xFF followed by anything but stuffing (0x00) or a restart marker (0xD0–0xD7) ends a scan. */
function isMarker(first: number, second: number): boolean {
  return first === 0xff && second !== 0x00 && !(second >= 0xd0 && second <= 0xd7);
}

/** After the IEND chunk, walking the chunks by their lengths. */
function pngEnd(bytes: Buffer): number | null {
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    offset += 12 + length;
    if (type === 'IEND') return offset;
  }
  return null;
}

/**
 * After the EOI marker of the image itself, walking the segments and the entropy-coded data (where
 * 0xFF is followed by 0x00 or a restart marker), so an EOI inside an EXIF thumbnail is not taken for it.
 */
function jpegEnd(bytes: Buffer): number | null {
  let offset = 2;
  while (offset + 2 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xd9) return offset + 2;
    if (marker === 0xff) {
      offset++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    if (offset + 4 > bytes.length) return null;
    const length = bytes.readUInt16BE(offset + 2);
    offset += 2 + length;
    if (marker === 0xda) {
      // Entropy-coded data runs until a marker that is not stuffing or a restart.
      while (offset + 1 < bytes.length && !isMarker(bytes[offset] ?? 0, bytes[offset + 1] ?? 0))
        offset++;
    }
  }
  return null;
}
