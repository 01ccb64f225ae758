import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  type PDFObject,
} from 'pdf-lib';

/** Reading back the PDFs the API makes, as a person's viewer would: the text, and the glyphs drawn. */

/** Each page's text (pdf.js, the engine of Firefox's viewer), one text run per line. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  await document.destroy();
  return pages;
}

// Jest runs from the api folder or from the repository root.
const FONT_FOLDER =
  [
    join(process.cwd(), 'src', 'assets', 'fonts'),
    join(process.cwd(), 'api', 'src', 'assets', 'fonts'),
  ].find((folder) => existsSync(folder)) ?? 'api/src/assets/fonts';

function lookup(document: PDFDocument, object: PDFObject | undefined): PDFObject | undefined {
  return object ? document.context.lookup(object) : undefined;
}

/**
 * Every glyph each embedded (subset) font draws, compared with the same character's glyph in the
 * original Noto font: a subset that dropped an accent component or mapped a character to the wrong
 * glyph shows up as a different outline. Returns the characters that differ, and how many were checked.
 */
export async function glyphMismatches(
  bytes: Uint8Array,
): Promise<{ checked: number; mismatches: string[]; fonts: string[] }> {
  const document = await PDFDocument.load(bytes);
  const mismatches: string[] = [];
  const fonts: string[] = [];
  let checked = 0;
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype'))?.toString() !== '/Type0')
      continue;
    // "/ABCDEF+NotoSerif-Bold-1234": subset tag and pdf-lib's numeric suffix around the font's name.
    const baseFont =
      object
        .get(PDFName.of('BaseFont'))
        ?.toString()
        .replace(/^\/(?:[A-Z]{6}\+)?/, '')
        .replace(/-\d+$/, '') ?? '';
    fonts.push(baseFont);
    const toUnicode = lookup(document, object.get(PDFName.of('ToUnicode')));
    const descendants = lookup(document, object.get(PDFName.of('DescendantFonts')));
    const cidFont =
      descendants instanceof PDFArray ? lookup(document, descendants.get(0)) : undefined;
    const descriptor =
      cidFont instanceof PDFDict
        ? lookup(document, cidFont.get(PDFName.of('FontDescriptor')))
        : undefined;
    const fontFile =
      descriptor instanceof PDFDict
        ? lookup(document, descriptor.get(PDFName.of('FontFile2')))
        : undefined;
    if (!(toUnicode instanceof PDFRawStream) || !(fontFile instanceof PDFRawStream))
      throw new Error(`Font ${baseFont} has no ToUnicode map or embedded file`);
    const subset = fontkit.create(Buffer.from(decodePDFRawStream(fontFile).decode()));
    const original = fontkit.create(await readFile(join(FONT_FOLDER, `${baseFont}.ttf`)));
    const cmap = Buffer.from(decodePDFRawStream(toUnicode).decode()).toString('latin1');
    for (const match of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]{4,8})>/g)) {
      const codePoint = parseInt(match[2] as string, 16);
      const drawn = subset.getGlyph(parseInt(match[1] as string, 16)).path;
      const expected = original.glyphForCodePoint(codePoint).path;
      checked++;
      if (drawn.toSVG() !== expected.toSVG())
        mismatches.push(`${baseFont}: ${String.fromCodePoint(codePoint)}`);
    }
  }
  return { checked, mismatches, fonts };
}
