import { describe, expect, it } from '@jest/globals';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { A4_PORTRAIT, PdfComposer, type TableColumn } from './pdf-composer';

/** Text runs per page, read back with pdf.js. */
async function pagesOf(document: PDFDocument): Promise<string[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({
    data: await document.save(),
    verbosity: 0,
    isEvalSupported: false,
  }).promise;
  const pages: string[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .filter((text) => text.trim() !== ''),
    );
  }
  await pdf.destroy();
  return pages;
}

// Standard fonts keep this test free of font files; the layout does not depend on the font.
async function composer(): Promise<{
  composer: PdfComposer;
  regular: { font: Awaited<ReturnType<PDFDocument['embedFont']>>; size: number };
  bold: { font: Awaited<ReturnType<PDFDocument['embedFont']>>; size: number };
}> {
  const document = await PDFDocument.create();
  const regular = { font: await document.embedFont(StandardFonts.Helvetica), size: 10 };
  const bold = { font: await document.embedFont(StandardFonts.HelveticaBold), size: 10 };
  return {
    composer: new PdfComposer(document, {
      size: A4_PORTRAIT,
      margin: { top: 50, right: 50, bottom: 50, left: 50 },
    }),
    regular,
    bold,
  };
}

describe(PdfComposer.name, () => {
  const columns: TableColumn[] = [{ width: 40, align: 'center' }, { width: 200 }, { width: 255 }];

  it('should continue a long table on new pages, repeating its header, and number every page', async () => {
    const { composer: pdf, regular, bold } = await composer();
    pdf.paragraph('RESULTS', bold, { align: 'center' });
    const rows = Array.from({ length: 80 }, (_, index) => [
      String(index + 1),
      `Title ${index + 1}`,
      index % 10 === 0
        ? 'A long list of authors that has to wrap onto a second line inside its narrow column'
        : `Author ${index + 1}`,
    ]);
    pdf.table(columns, ['No.', 'Title', 'Authors'], rows, { header: bold, body: regular });
    pdf.numberPages((page, pages) => `Page ${page}/${pages}`, regular);

    const pages = await pagesOf(pdf.document);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]![0]).toBe('RESULTS');
    pages.forEach((texts, index) => {
      expect(texts.filter((text) => text === 'No.')).toHaveLength(1);
      expect(texts.at(-1)).toBe(`Page ${index + 1}/${pages.length}`);
    });
    // Every row once, in order, none lost at a page break.
    const titles = pages.flat().filter((text) => /^Title \d+$/.test(text));
    expect(titles).toEqual(rows.map((row) => row[1]));
    expect(pages.flat().join(' ')).toContain(
      'A long list of authors that has to wrap onto a second line inside its narrow column'
        .split(' ')
        .slice(0, 6)
        .join(' '),
    );
  });

  it('should keep a heading with what follows instead of leaving it at the bottom of a page', async () => {
    const { composer: pdf, regular } = await composer();
    while (pdf.remaining > 30) pdf.paragraph('filler', regular);
    pdf.keepTogether(60);
    pdf.paragraph('HEADING', regular);
    const pages = await pagesOf(pdf.document);
    expect(pages).toHaveLength(2);
    expect(pages[0]).not.toContain('HEADING');
    expect(pages[1]).toEqual(['HEADING']);
  });

  it('should not add an empty page for a block taller than a whole page', async () => {
    const { composer: pdf, regular } = await composer();
    pdf.keepTogether(5000);
    pdf.paragraph('first', regular);
    expect(pdf.pages).toHaveLength(1);
  });
});
