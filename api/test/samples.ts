import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { silentWav } from '../src/seed/demo-files';

/** Small real files of every type the awards take, made on the fly (nothing binary is committed). */

export async function pdfSample(pages = 2, author = 'Đặng Thị Hồng Nhung'): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.setAuthor(
    author
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd'),
  );
  document.setTitle('Bao in so 123');
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 0; page < pages; page++)
    document.addPage([300, 400]).drawText(`Trang ${page + 1}`, { x: 40, y: 350, font, size: 18 });
  return Buffer.from(await document.save());
}

/** A 1×1 PNG. */
export function pngSample(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
}

/** A JPEG with JFIF and SOF0 headers (width × height), then `body` (none by default) and an end marker. */
export function jpegSample(width = 64, height = 48, body: Buffer = Buffer.alloc(0)): Buffer {
  const sof = Buffer.from([
    0xff,
    0xc0,
    0x00,
    0x0b,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x01,
    0x01,
    0x11,
    0x00,
  ]);
  return Buffer.concat([
    Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
    sof,
    body,
    Buffer.from('ffd9', 'hex'),
  ]);
}

/** One second of silent 16-bit PCM mono WAV at 44.1 kHz. */
export function wavSample(seconds = 1): Buffer {
  return silentWav(seconds, 44_100);
}

export function hasFfmpeg(): boolean {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A short MP4 made by ffmpeg (video + audio, with a title tag), or null when ffmpeg is absent. */
export function mp4Sample(seconds = 1, title = 'Phóng sự truyền hình'): Buffer | null {
  if (!hasFfmpeg()) return null;
  const dir = mkdtempSync(join(tmpdir(), 'sample-'));
  try {
    const out = join(dir, 'sample.mp4');
    execFileSync('ffmpeg', [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      `testsrc=size=64x48:rate=10`,
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=440:duration=${seconds}`,
      '-t',
      String(seconds),
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-shortest',
      '-metadata',
      `title=${title}`,
      out,
    ]);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A minimal DOCX (Word's part order). */
export function docxSample(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'sample-'));
  try {
    const out = join(dir, 'script.docx');
    execFileSync('python3', [
      '-c',
      `import zipfile,sys
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Ban dich</w:t></w:r></w:p></w:body></w:document>')`,
      out,
    ]);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A Windows executable header: what a renamed .exe looks like. */
export function exeSample(): Buffer {
  const buffer = Buffer.alloc(8192);
  buffer.write('MZ', 0);
  buffer.writeUInt32LE(0x80, 0x3c);
  buffer.write('PE\0\0', 0x80, 'latin1');
  return buffer;
}
