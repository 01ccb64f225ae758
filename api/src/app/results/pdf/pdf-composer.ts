import fontkit from '@pdf-lib/fontkit';
import type { UiLanguage } from '@press-award/contracts';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { loadFonts, type FontName } from './fonts';
import { wrapText } from './text-layout';

export interface PdfMetadata {
  title: string;
  subject?: string;
  author?: string;
  lang: UiLanguage;
  createdAt: Date;
}

/**
 * A new document with the requested Noto faces embedded as subsets: a results list uses a few hundred
 * glyphs of the 3,000 in each font, so the file stays small (tens of kilobytes instead of ~2 MB).
 * Subsetting keeps every composed Vietnamese glyph whole and the text extractable (the integration
 * tests compare each embedded glyph's outline with the original font's). Each document parses its
 * fonts afresh: fontkit caches glyphs (with the characters they were first met for) inside a parsed
 * font, and a font shared between documents gave later documents a wrong ToUnicode map ("Titl5").
 */
export async function createPdf<F extends FontName>(
  metadata: PdfMetadata,
  faces: readonly F[],
): Promise<{ document: PDFDocument; fonts: Readonly<Record<F, PDFFont>> }> {
  const bytes = await loadFonts();
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const fonts = {} as Record<F, PDFFont>;
  for (const face of faces) fonts[face] = await document.embedFont(bytes[face], { subset: true });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.subject) document.setSubject(metadata.subject);
  if (metadata.author) document.setAuthor(metadata.author);
  document.setLanguage(metadata.lang === 'vi' ? 'vi-VN' : 'en');
  document.setCreator('press-award');
  document.setProducer('press-award (pdf-lib)');
  document.setCreationDate(metadata.createdAt);
  document.setModificationDate(metadata.createdAt);
  return { document, fonts };
}

export interface TextStyle {
  font: PDFFont;
  size: number;
  color?: RGB;
  /** Line height as a multiple of the size (1.35 by default). */
  leading?: number;
}

export interface ParagraphOptions {
  align?: 'left' | 'center' | 'right';
  /** Offset from the left margin and width of the text column; the whole content width by default. */
  left?: number;
  width?: number;
  spaceBefore?: number;
  spaceAfter?: number;
}

export interface TableColumn {
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface PageLayout {
  size: readonly [number, number];
  margin: { top: number; right: number; bottom: number; left: number };
}

export const A4_PORTRAIT = [595.28, 841.89] as const;
export const A4_LANDSCAPE = [841.89, 595.28] as const;
const BLACK = rgb(0, 0, 0);
const RULE = rgb(0.55, 0.55, 0.55);
const CELL_PADDING = 4;

export function lineHeight(style: TextStyle): number {
  return style.size * (style.leading ?? 1.35);
}

/**
 * Flows text and tables down the pages of a document: wraps lines, starts a new page when the next
 * line or table row does not fit (repeating the table's header), and numbers the pages at the end.
 */
export class PdfComposer {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  /** Redraws what a page continued from the previous one needs first (a table's header). */
  private continuation: (() => void) | undefined;
  /** Text widths at size 1, per font: the same words and lines are measured many times. */
  private readonly widths = new Map<PDFFont, Map<string, number>>();

  constructor(
    readonly document: PDFDocument,
    readonly layout: PageLayout,
  ) {
    this.addPage();
  }

  get currentPage(): PDFPage {
    return this.page;
  }

  get contentWidth(): number {
    return this.layout.size[0] - this.layout.margin.left - this.layout.margin.right;
  }

  /** Height left above the bottom margin on the current page. */
  get remaining(): number {
    return this.y - this.layout.margin.bottom;
  }

  get cursor(): number {
    return this.y;
  }

  private get atTopOfPage(): boolean {
    return this.y >= this.layout.size[1] - this.layout.margin.top;
  }

  addPage(): void {
    this.page = this.document.addPage([this.layout.size[0], this.layout.size[1]]);
    this.pages.push(this.page);
    this.y = this.layout.size[1] - this.layout.margin.top;
    this.continuation?.();
  }

  /** Moves to a new page unless `height` still fits here (or this page is still empty). */
  keepTogether(height: number): void {
    if (height > this.remaining && !this.atTopOfPage) this.addPage();
  }

  space(points: number): void {
    if (!this.atTopOfPage) this.y -= points;
  }

  /** Moves the cursor to an absolute height (for fixed layouts such as the certificate). */
  moveTo(y: number): void {
    this.y = y;
  }

  /** The width of a text in a style (pdf-lib's width scales linearly with the size). */
  measure(text: string, style: TextStyle): number {
    let widths = this.widths.get(style.font);
    if (!widths) {
      widths = new Map();
      this.widths.set(style.font, widths);
    }
    let width = widths.get(text);
    if (width === undefined) {
      width = style.font.widthOfTextAtSize(text, 1);
      widths.set(text, width);
    }
    return width * style.size;
  }

  wrap(text: string, style: TextStyle, width = this.contentWidth): string[] {
    return wrapText(text, width, (candidate) => this.measure(candidate, style));
  }

  paragraphHeight(text: string, style: TextStyle, width = this.contentWidth): number {
    return this.wrap(text, style, width).length * lineHeight(style);
  }

  /** Wrapped text; lines that no longer fit continue on the next page. */
  paragraph(text: string, style: TextStyle, options: ParagraphOptions = {}): void {
    const width = options.width ?? this.contentWidth;
    const left = this.layout.margin.left + (options.left ?? 0);
    if (options.spaceBefore) this.space(options.spaceBefore);
    const height = lineHeight(style);
    for (const line of this.wrap(text, style, width)) {
      if (height > this.remaining) this.addPage();
      this.y -= height;
      this.drawLine(line, style, left, width, options.align ?? 'left');
    }
    if (options.spaceAfter) this.y -= options.spaceAfter;
  }

  /** The cells' wrapped lines and the row's height, for keep-together decisions before drawing. */
  measureRow(
    cells: readonly string[],
    columns: readonly TableColumn[],
    style: TextStyle,
  ): { lines: string[][]; height: number } {
    const lines = columns.map((column, index) =>
      this.wrap(cells[index] ?? '', style, column.width - 2 * CELL_PADDING),
    );
    const height =
      Math.max(...lines.map((cell) => cell.length)) * lineHeight(style) + 2 * CELL_PADDING;
    return { lines, height };
  }

  /** A ruled table; the header row is repeated at the top of every page the table continues on. */
  table(
    columns: readonly TableColumn[],
    header: readonly string[],
    rows: readonly (readonly string[])[],
    styles: { header: TextStyle; body: TextStyle },
  ): void {
    const headerRow = this.measureRow(header, columns, styles.header);
    const drawHeader = () => this.drawRow(columns, headerRow, styles.header, rgb(0.92, 0.92, 0.92));
    this.keepTogether(
      headerRow.height + (rows[0] ? this.measureRow(rows[0], columns, styles.body).height : 0),
    );
    drawHeader();
    this.continuation = drawHeader;
    try {
      for (const cells of rows) {
        const row = this.measureRow(cells, columns, styles.body);
        if (row.height > this.remaining) this.addPage();
        this.drawRow(columns, row, styles.body);
      }
    } finally {
      this.continuation = undefined;
    }
  }

  /** Writes a footer on every page once the page count is known ("Trang 1/3"). */
  numberPages(text: (page: number, pages: number) => string, style: TextStyle): void {
    this.pages.forEach((page, index) => {
      const label = text(index + 1, this.pages.length);
      const width = this.measure(label, style);
      page.drawText(label, {
        x: (this.layout.size[0] - width) / 2,
        y: this.layout.margin.bottom / 2,
        size: style.size,
        font: style.font,
        color: style.color ?? BLACK,
      });
    });
  }

  private drawRow(
    columns: readonly TableColumn[],
    row: { lines: string[][]; height: number },
    style: TextStyle,
    fill?: RGB,
  ): void {
    const top = this.y;
    let x = this.layout.margin.left;
    columns.forEach((column, index) => {
      this.page.drawRectangle({
        x,
        y: top - row.height,
        width: column.width,
        height: row.height,
        borderColor: RULE,
        borderWidth: 0.5,
        ...(fill ? { color: fill } : {}),
      });
      let lineTop = top - CELL_PADDING;
      for (const line of row.lines[index] ?? []) {
        lineTop -= lineHeight(style);
        this.drawText(
          line,
          style,
          x + CELL_PADDING,
          lineTop,
          column.width - 2 * CELL_PADDING,
          column.align ?? 'left',
        );
      }
      x += column.width;
    });
    this.y = top - row.height;
  }

  private drawLine(
    line: string,
    style: TextStyle,
    left: number,
    width: number,
    align: 'left' | 'center' | 'right',
  ): void {
    this.drawText(line, style, left, this.y, width, align);
  }

  /** `baseline` is the bottom of the line box; the glyphs sit a little above it for the descenders. */
  private drawText(
    text: string,
    style: TextStyle,
    left: number,
    baseline: number,
    width: number,
    align: 'left' | 'center' | 'right',
  ): void {
    if (!text) return;
    const textWidth = this.measure(text, style);
    const x =
      align === 'center'
        ? left + (width - textWidth) / 2
        : align === 'right'
          ? left + width - textWidth
          : left;
    const descent = (lineHeight(style) - style.size) / 2 + style.size * 0.22;
    this.page.drawText(text, {
      x,
      y: baseline + descent,
      size: style.size,
      font: style.font,
      color: style.color ?? BLACK,
    });
  }
}
