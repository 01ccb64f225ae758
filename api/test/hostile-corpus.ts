import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import JSZip from 'jszip';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  StandardFonts,
  type PDFRef,
} from 'pdf-lib';
import sharp from 'sharp';
import { fold } from './leak-search';
import { hasFfmpeg, jpegSample } from './samples';

/**
 * Files built to leak: each plants one identity in one channel a hostile reporter could use, so a
 * test can name the channel that regressed. Nothing binary is committed; every file is made here.
 * The planted identity is ASCII (folded) where a format only takes ASCII, full Vietnamese elsewhere.
 */
export const PLANTED = {
  fullName: 'Đặng Thị Hồng Nhung',
  penName: 'Hồng Nhung',
  agency: 'Báo Bình Định',
  email: 'nhung.bbd@example.vn',
};

const ASCII_NAME = fold(PLANTED.fullName);
// Jest runs from the api folder or from the repository root.
const NOTO_SERIF =
  [
    join(process.cwd(), 'src/assets/fonts/NotoSerif-Regular.ttf'),
    join(process.cwd(), 'api/src/assets/fonts/NotoSerif-Regular.ttf'),
  ].find((path) => existsSync(path)) ?? 'api/src/assets/fonts/NotoSerif-Regular.ttf';
const IDENTITY = `${PLANTED.fullName} <${PLANTED.email}> ${PLANTED.agency}`;

function xmp(creator: string): string {
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${creator}</rdf:li></rdf:Seq></dc:creator></rdf:Description>
</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
}

export type PdfChannel =
  | 'info'
  | 'catalogXmp'
  | 'attachment'
  | 'annotation'
  | 'formXObjectXmp'
  | 'pieceInfo'
  | 'javascript'
  | 'outline'
  | 'pageLabels'
  | 'formField'
  | 'hiddenLayer'
  | 'actualText'
  | 'fontName';

export const PDF_CHANNELS: readonly PdfChannel[] = [
  'info',
  'catalogXmp',
  'attachment',
  'annotation',
  'formXObjectXmp',
  'pieceInfo',
  'javascript',
  'outline',
  'pageLabels',
  'formField',
  'hiddenLayer',
  'actualText',
  'fontName',
];

/** A PDF of `pages` pages of visible text ("Trang n") with the identity planted in the channels given. */
export async function plantedPdf(
  channels: PdfChannel | readonly PdfChannel[],
  pages = 2,
): Promise<Buffer> {
  const document = await PDFDocument.create({ updateMetadata: false });
  document.registerFontkit(fontkit);
  const context = document.context;
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let index = 0; index < pages; index++)
    document.addPage([300, 400]).drawText(`Trang ${index + 1}`, { x: 40, y: 350, font, size: 18 });
  const page = document.getPage(0);
  const stream = (content: string, dict: Parameters<typeof context.flateStream>[1] = {}) =>
    context.register(context.flateStream(content, dict));
  const appendContent = (operators: string, resources?: (resources: PDFDict) => void) => {
    const contents = page.node.Contents();
    const added = stream(operators);
    if (contents instanceof PDFArray) contents.push(added);
    else
      page.node.set(
        PDFName.of('Contents'),
        context.obj([page.node.get(PDFName.of('Contents')) as PDFRef, added]),
      );
    if (resources) resources(page.node.Resources()!);
  };

  for (const channel of typeof channels === 'string' ? [channels] : channels) await plant(channel);
  // Keep the planted value recognisable in the raw bytes too: no object streams in the original.
  return Buffer.from(await document.save({ useObjectStreams: false }));

  async function plant(channel: PdfChannel): Promise<void> {
    switch (channel) {
      case 'info':
        document.setAuthor(IDENTITY);
        document.setCreator(PLANTED.agency);
        document.setTitle(PLANTED.penName);
        break;
      case 'catalogXmp':
        document.catalog.set(
          PDFName.of('Metadata'),
          context.register(context.stream(xmp(IDENTITY), { Type: 'Metadata', Subtype: 'XML' })),
        );
        page.node.set(
          PDFName.of('Metadata'),
          context.register(context.stream(xmp(IDENTITY), { Type: 'Metadata', Subtype: 'XML' })),
        );
        break;
      case 'attachment':
        await document.attach(Buffer.from(`${IDENTITY}\n`, 'utf8'), `${ASCII_NAME}.txt`, {
          mimeType: 'text/plain',
          description: IDENTITY,
        });
        break;
      case 'annotation': {
        const annotation = context.obj({
          Type: 'Annot',
          Subtype: 'Text',
          Rect: [10, 10, 30, 30],
          T: PDFHexString.fromText(PLANTED.fullName),
          Contents: PDFHexString.fromText(IDENTITY),
          Open: true,
        });
        page.node.set(PDFName.of('Annots'), context.obj([context.register(annotation)]));
        break;
      }
      case 'formXObjectXmp': {
        const form = stream('q 0 0 1 rg 0 0 50 20 re f Q', {
          Type: 'XObject',
          Subtype: 'Form',
          BBox: [0, 0, 50, 20],
          Metadata: context.register(
            context.stream(xmp(IDENTITY), { Type: 'Metadata', Subtype: 'XML' }),
          ),
          PieceInfo: context.obj({
            Illustrator: {
              Private: PDFHexString.fromText(IDENTITY),
              LastModified: PDFString.of('D:20200101'),
            },
          }),
        });
        appendContent('q 1 0 0 1 40 200 cm /PlantedForm Do Q', (resources) => {
          const xobjects = resources.get(PDFName.of('XObject')) as PDFDict | undefined;
          if (xobjects) xobjects.set(PDFName.of('PlantedForm'), form);
          else resources.set(PDFName.of('XObject'), context.obj({ PlantedForm: form }));
        });
        break;
      }
      case 'pieceInfo':
        page.node.set(
          PDFName.of('PieceInfo'),
          context.obj({
            PressAward: {
              Private: PDFHexString.fromText(IDENTITY),
              LastModified: PDFString.of('D:20200101'),
            },
          }),
        );
        document.catalog.set(
          PDFName.of('PieceInfo'),
          context.obj({ PressAward: { Private: PDFHexString.fromText(IDENTITY) } }),
        );
        break;
      case 'javascript': {
        const action = context.register(
          context.obj({
            Type: 'Action',
            S: 'JavaScript',
            JS: PDFHexString.fromText(`app.alert("${IDENTITY}")`),
          }),
        );
        document.catalog.set(
          PDFName.of('Names'),
          context.obj({
            JavaScript: context.obj({ Names: [PDFHexString.fromText(PLANTED.fullName), action] }),
          }),
        );
        document.catalog.set(PDFName.of('OpenAction'), action);
        page.node.set(PDFName.of('AA'), context.obj({ O: action }));
        break;
      }
      case 'outline': {
        const outlinesRef = context.nextRef();
        const itemRef = context.register(
          context.obj({
            Title: PDFHexString.fromText(IDENTITY),
            Parent: outlinesRef,
            Dest: [page.ref, 'Fit'],
          }),
        );
        context.assign(
          outlinesRef,
          context.obj({ Type: 'Outlines', First: itemRef, Last: itemRef, Count: 1 }),
        );
        document.catalog.set(PDFName.of('Outlines'), outlinesRef);
        break;
      }
      case 'pageLabels':
        document.catalog.set(
          PDFName.of('PageLabels'),
          context.obj({
            Nums: [0, context.obj({ S: 'D', P: PDFHexString.fromText(`${PLANTED.fullName} `) })],
          }),
        );
        break;
      case 'formField': {
        const field = context.register(
          context.obj({
            Type: 'Annot',
            Subtype: 'Widget',
            FT: 'Tx',
            T: PDFString.of('tac_gia'),
            V: PDFHexString.fromText(IDENTITY),
            Rect: [0, 0, 0, 0],
            F: 2,
            P: page.ref,
          }),
        );
        page.node.set(PDFName.of('Annots'), context.obj([field]));
        document.catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [field] }));
        break;
      }
      case 'hiddenLayer': {
        // Optional content that viewers hide by default: the name is drawn, but in a layer that is off.
        const layer = context.register(
          context.obj({ Type: 'OCG', Name: PDFHexString.fromText(PLANTED.penName) }),
        );
        document.catalog.set(
          PDFName.of('OCProperties'),
          context.obj({ OCGs: [layer], D: { Order: [layer], OFF: [layer] } }),
        );
        appendContent(
          `/OC /Hidden BDC BT /F1 9 Tf 40 100 Td (${ASCII_NAME} ${PLANTED.email}) Tj ET EMC`,
          (resources) => {
            resources.set(PDFName.of('Properties'), context.obj({ Hidden: layer }));
            const fonts = resources.get(PDFName.of('Font')) as PDFDict;
            fonts.set(PDFName.of('F1'), fonts.get(fonts.keys()[0]!)!);
          },
        );
        break;
      }
      case 'actualText': {
        // Marked content that replaces what copy-and-paste returns: invisible, but extractable.
        const replacement = Buffer.from(
          PDFHexString.fromText(IDENTITY).asString(),
          'latin1',
        ).toString('latin1');
        appendContent(
          `/Span <</ActualText <${replacement}> /Alt (${ASCII_NAME})>> BDC BT /F1 9 Tf 40 120 Td (Tac gia) Tj ET EMC`,
          (resources) => {
            const fonts = resources.get(PDFName.of('Font')) as PDFDict;
            fonts.set(PDFName.of('F1'), fonts.get(fonts.keys()[0]!)!);
          },
        );
        break;
      }
      case 'fontName': {
        // An embedded font named after the author (BaseFont and the descriptor's FontName).
        const named = await document.embedFont(readFileSync(NOTO_SERIF), { subset: true });
        page.drawText('Trang nhat', { x: 40, y: 300, font: named, size: 12 });
        await document.flush();
        const planted = PDFName.of(`ABCDEF+${ASCII_NAME.replace(/ /g, '')}`);
        for (const [, object] of context.enumerateIndirectObjects()) {
          if (!(object instanceof PDFDict)) continue;
          if (object.get(PDFName.of('BaseFont'))?.toString().includes('Noto'))
            object.set(PDFName.of('BaseFont'), planted);
          if (object.get(PDFName.of('FontName'))?.toString().includes('Noto'))
            object.set(PDFName.of('FontName'), planted);
        }
        break;
      }
    }
  }
}

/** A PDF whose header promises a normal document but that carries a ZIP after its end (a polyglot). */
export async function pdfWithZipAppended(): Promise<Buffer> {
  const pdf = await plantedPdf('info', 1);
  return Buffer.concat([pdf, await zipWith('tac-gia.txt', IDENTITY)]);
}

/** A one-entry ZIP: the kind of archive a polyglot hides after a PDF or an image. */
export function zipWith(name: string, text: string): Promise<Buffer> {
  return new JSZip().file(name, text).generateAsync({ type: 'nodebuffer' });
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A real JPEG with the identity in EXIF, XMP, ICC description and a COM comment. */
export async function plantedJpeg(width = 40, height = 30): Promise<Buffer> {
  const base = await sharp({ create: { width, height, channels: 3, background: '#2a6' } })
    .withExif({
      IFD0: {
        Artist: ASCII_NAME,
        Copyright: fold(PLANTED.agency),
        ImageDescription: PLANTED.email,
      },
    })
    .withXmp(xmp(IDENTITY))
    .jpeg()
    .toBuffer();
  // A COM segment right after SOI.
  const comment = Buffer.from(IDENTITY, 'utf8');
  const segment = Buffer.concat([
    Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff]),
    comment,
  ]);
  return Buffer.concat([base.subarray(0, 2), segment, base.subarray(2)]);
}

/** A JPEG followed by an HTML page after its end marker (a polyglot that browsers may sniff). */
export async function jpegWithHtmlAppended(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#fff' } })
    .jpeg()
    .toBuffer();
  return Buffer.concat([
    jpeg,
    Buffer.from(`<html><body><script>alert(1)</script>${IDENTITY}</body></html>`),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG with the identity in tEXt, iTXt and zTXt chunks. */
export async function plantedPng(): Promise<Buffer> {
  const base = await sharp({ create: { width: 24, height: 18, channels: 3, background: '#36c' } })
    .png()
    .toBuffer();
  const ihdrEnd = 8 + 25;
  const text = pngChunk('tEXt', Buffer.from(`Author\0${ASCII_NAME}`, 'latin1'));
  const itxt = pngChunk(
    'iTXt',
    Buffer.concat([
      Buffer.from('Description\0\0\0vi\0\0', 'latin1'),
      Buffer.from(IDENTITY, 'utf8'),
    ]),
  );
  const ztxt = pngChunk(
    'zTXt',
    Buffer.concat([
      Buffer.from('Comment\0\0', 'latin1'),
      deflateSync(Buffer.from(PLANTED.email, 'latin1')),
    ]),
  );
  return Buffer.concat([base.subarray(0, ihdrEnd), text, itxt, ztxt, base.subarray(ihdrEnd)]);
}

/**
 * A PNG whose header claims 50000×50000 pixels: 2.5 gigapixels to decode from a few bytes of IDAT
 * (a decompression bomb). The IDAT is deliberately short; the header alone is the threat.
 */
export function pngBomb(width = 50_000, height = 50_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(64 * 1024))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A tiny JPEG whose frame header claims 65500×65500 pixels. */
export function jpegBomb(width = 65_500, height = 65_500): Buffer {
  const scan = Buffer.from('ffda000801010000003f00', 'hex');
  return jpegSample(width, height, Buffer.concat([scan, Buffer.alloc(200)]));
}

/** A PDF with more pages than any award allows (blank pages are cheap to make). */
export async function pdfWithPages(pages: number): Promise<Buffer> {
  const document = await PDFDocument.create();
  for (let index = 0; index < pages; index++) document.addPage([100, 100]);
  return Buffer.from(await document.save());
}

/** Runs ffmpeg in a temporary folder: `prepare` writes the inputs there and returns the arguments. */
async function ffmpeg(
  prepare: (dir: string) => Promise<string[]>,
  outName: string,
): Promise<Buffer | null> {
  if (!hasFfmpeg()) return null;
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  try {
    execFileSync('ffmpeg', [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      ...(await prepare(dir)),
      join(dir, outName),
    ]);
    return readFileSync(join(dir, outName));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An MP3 with ID3 text tags and an attached cover picture (APIC) whose own EXIF names the author. */
export function plantedMp3(seconds = 1): Promise<Buffer | null> {
  return ffmpeg(async (dir) => {
    const cover = join(dir, 'cover.jpg');
    writeFileSync(cover, await plantedJpeg(32, 32));
    return [
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=330:duration=${seconds}`,
      '-i',
      cover,
      '-map',
      '0:a',
      '-map',
      '1:v',
      '-c:a',
      'libmp3lame',
      '-b:a',
      '64k',
      '-c:v',
      'copy',
      '-disposition:v',
      'attached_pic',
      '-id3v2_version',
      '3',
      '-metadata',
      `artist=${PLANTED.fullName}`,
      '-metadata',
      `comment=${PLANTED.email}`,
      '-metadata:s:v',
      `title=${PLANTED.penName}`,
    ];
  }, 'planted.mp3');
}

/**
 * An MP4 whose container carries the identity in every way ffmpeg can write: tags, a chapter title,
 * a subtitle track, a data (text) track with its handler name, and an extra picture stream.
 */
export function plantedMp4(seconds = 1): Promise<Buffer | null> {
  return ffmpeg(async (dir) => {
    const subtitles = join(dir, 'sub.srt');
    writeFileSync(subtitles, `1\n00:00:00,000 --> 00:00:00,900\nPhóng viên ${PLANTED.fullName}\n`);
    const chapters = join(dir, 'chapters.txt');
    writeFileSync(
      chapters,
      `;FFMETADATA1\ntitle=${PLANTED.fullName}\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=500\ntitle=${PLANTED.penName} ${PLANTED.agency}\n`,
    );
    const cover = join(dir, 'cover.png');
    writeFileSync(cover, await plantedPng());
    return [
      '-f',
      'lavfi',
      '-i',
      `testsrc=size=64x48:rate=10:duration=${seconds}`,
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=440:duration=${seconds}`,
      '-i',
      subtitles,
      '-i',
      chapters,
      '-i',
      cover,
      '-map',
      '0:v',
      '-map',
      '1:a',
      '-map',
      '2:s',
      '-map',
      '4:v',
      '-map_metadata',
      '3',
      '-map_chapters',
      '3',
      '-c:v:0',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-c:v:1',
      'png',
      '-disposition:v:1',
      'attached_pic',
      '-c:a',
      'aac',
      '-c:s',
      'mov_text',
      '-metadata',
      `artist=${PLANTED.fullName}`,
      '-metadata',
      `comment=${PLANTED.email}`,
      '-metadata:s:a:0',
      `handler_name=${fold(PLANTED.agency)}`,
      '-metadata:s:v:0',
      `handler_name=${ASCII_NAME}`,
      '-metadata:s:s:0',
      `language=vie`,
      '-metadata:s:s:0',
      `title=${PLANTED.penName}`,
      '-t',
      String(seconds),
    ];
  }, 'planted.mp4');
}

/** A DOCX with the identity in docProps (core, app, custom), a comment, a tracked change's author and custom XML. */
export function plantedDocx(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-docx-'));
  try {
    const out = join(dir, 'script.docx');
    const identity = IDENTITY.replace(/'/g, '');
    execFileSync('python3', [
      '-c',
      `import zipfile,sys,html
who = html.escape(sys.argv[2])
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
    z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>')
    z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + W + '><w:body><w:p><w:r><w:t xml:space="preserve">Kịch bản phóng sự, cảnh 1. </w:t></w:r><w:ins w:id="1" w:author="' + who + '" w:date="2020-05-01T00:00:00Z"><w:r><w:t>Thêm lời bình.</w:t></w:r></w:ins><w:del w:id="2" w:author="' + who + '" w:date="2020-05-01T00:00:00Z"><w:r><w:delText>Đã xoá.</w:delText></w:r></w:del><w:commentRangeStart w:id="0"/><w:r><w:t>Cảnh 2.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p></w:body></w:document>')
    z.writestr('word/comments.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ' + W + '><w:comment w:id="0" w:author="' + who + '" w:initials="HN"><w:p><w:r><w:t>' + who + '</w:t></w:r></w:p></w:comment></w:comments>')
    z.writestr('docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>' + who + '</dc:creator><cp:lastModifiedBy>' + who + '</cp:lastModifiedBy></cp:coreProperties>')
    z.writestr('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>' + who + '</Company></Properties>')
    z.writestr('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="Reporter" fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + who + '</vt:lpwstr></property></Properties>')
    z.writestr('customXml/item1.xml', '<reporter>' + who + '</reporter>')`,
      out,
      identity,
    ]);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A file name that displays as "invoiceexe.pdf" but is "invoice<RLO>fdp.exe". */
export const BIDI_NAME = 'invoice\u202efdp.exe';
