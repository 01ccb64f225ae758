import { formalDateLine } from '@press-award/domain';
import { nfc } from '../results/export-format';
import {
  A4_LANDSCAPE,
  A4_PORTRAIT,
  createPdf,
  PdfComposer,
  type TableColumn,
  type TextStyle,
} from '../results/pdf/pdf-composer';

/**
 * A Party-format document as plain data: what the numbered documents (decisions, minutes, lists) say,
 * independent of the file format. The PDF (here, in the PDF worker) and the DOCX a committee edits
 * before signing (`party-document-docx.ts`) are both drawn from it, so the two never say different
 * things, and a document rebuilt from its stored model is the same document.
 */
export interface PartyDocumentModel {
  header: {
    /** The superior body ("BAN CHẤP HÀNH TRUNG ƯƠNG"), printed above the issuer; may be empty. */
    parentBody: string;
    /** The issuing body ("BAN TỔ CHỨC"). */
    issuingBody: string;
    /** "15-QĐ/BTCTW". */
    reference: string;
    place: string | null;
    /** YYYY-MM-DD, a calendar date in Vietnam. */
    issuedOn: string;
  };
  /** "QUYẾT ĐỊNH", "BIÊN BẢN"… */
  title: string;
  /** The summary line under the title ("về việc thành lập Hội đồng sơ khảo …"). */
  subtitle: string | null;
  landscape: boolean;
  blocks: PartyBlock[];
  /** The issuer's signature (decisions, lists), with "Nơi nhận" on its left. */
  signature: { title: string; name: string | null } | null;
  /** Several signatures side by side (minutes: the council's secretary and chair). */
  signatures: { title: string; name: string | null }[];
  recipients: string[];
  /** The document's metadata title (PDF/DOCX properties). */
  metaTitle: string;
}

export type PartyBlock =
  | { kind: 'paragraph'; text: string; emphasis?: 'bold' | 'italic'; align?: 'left' | 'center' }
  | {
      kind: 'table';
      columns: { header: string; width: number; align?: 'left' | 'center' | 'right' }[];
      rows: string[][];
    };

/** The document's date as an instant (noon in Vietnam), for the formal date line. */
export const issuedInstant = (issuedOn: string): Date => new Date(`${issuedOn}T12:00:00+07:00`);

/** The lines of the issuer's block: the superior body (if any), the issuer, the star. */
export function issuerLines(header: PartyDocumentModel['header']): string[] {
  return [header.parentBody, header.issuingBody].map((line) => nfc(line).trim()).filter(Boolean);
}

/** Builds the PDF of a Party-format document (in the PDF worker: `kind: 'party-document'`). */
export async function buildPartyDocumentPdf(model: PartyDocumentModel): Promise<Uint8Array> {
  const { document, fonts } = await createPdf(
    {
      title: nfc(model.metaTitle),
      subject: `${nfc(model.header.reference)} – ${nfc(model.title)}`,
      author: issuerLines(model.header).join(' – '),
      lang: 'vi',
      createdAt: issuedInstant(model.header.issuedOn),
    },
    ['serif', 'serifBold', 'serifItalic'],
  );
  const composer = new PdfComposer(document, {
    size: model.landscape ? A4_LANDSCAPE : A4_PORTRAIT,
    margin: { top: 56, right: 50, bottom: 56, left: 70 },
  });
  const style = (font: keyof typeof fonts, size: number): TextStyle => ({
    font: fonts[font],
    size,
    leading: 1.35,
  });
  const half = composer.contentWidth / 2;
  const leftWidth = Math.min(half, 240);

  // The header: the issuer (its superior above it, the star, the number) left; the Party right.
  const top = composer.cursor;
  const issuer = issuerLines(model.header);
  issuer.forEach((line, index) =>
    composer.paragraph(
      line.toLocaleUpperCase('vi'),
      style(index === issuer.length - 1 ? 'serifBold' : 'serif', 11.5),
      { width: leftWidth, align: 'center' },
    ),
  );
  composer.paragraph('*', style('serif', 11), { width: leftWidth, align: 'center' });
  composer.paragraph(`Số ${nfc(model.header.reference)}`, style('serif', 12), {
    width: leftWidth,
    align: 'center',
  });
  const leftBottom = composer.cursor;
  composer.moveTo(top);
  const right = composer.contentWidth - leftWidth;
  composer.paragraph('ĐẢNG CỘNG SẢN VIỆT NAM', style('serifBold', 13), {
    left: leftWidth,
    width: right,
    align: 'center',
    spaceAfter: 10,
  });
  composer.paragraph(
    formalDateLine(issuedInstant(model.header.issuedOn), model.header.place, 'vi'),
    style('serifItalic', 12),
    { left: leftWidth, width: right, align: 'center' },
  );
  composer.moveTo(Math.min(leftBottom, composer.cursor));

  composer.paragraph(nfc(model.title), style('serifBold', 15), {
    align: 'center',
    spaceBefore: 22,
    spaceAfter: 2,
  });
  if (model.subtitle)
    composer.paragraph(nfc(model.subtitle), style('serifBold', 12.5), { align: 'center' });
  composer.paragraph('-----', style('serif', 11), { align: 'center', spaceAfter: 12 });

  for (const block of model.blocks) {
    if (block.kind === 'paragraph') {
      const font =
        block.emphasis === 'bold'
          ? 'serifBold'
          : block.emphasis === 'italic'
            ? 'serifItalic'
            : 'serif';
      composer.paragraph(nfc(block.text), style(font, 12.5), {
        align: block.align ?? 'left',
        spaceAfter: 6,
      });
    } else {
      const total = block.columns.reduce((sum, column) => sum + column.width, 0);
      const columns: TableColumn[] = block.columns.map((column) => ({
        width: (composer.contentWidth * column.width) / total,
        align: column.align,
      }));
      composer.space(4);
      composer.table(
        columns,
        block.columns.map((column) => nfc(column.header)),
        block.rows.map((row) => row.map((cell) => nfc(cell))),
        { header: style('serifBold', 10.5), body: style('serif', 10.5) },
      );
      composer.space(10);
    }
  }

  // Signatures: the issuer's (with "Nơi nhận" on its left), or several side by side (minutes).
  composer.space(10);
  if (model.signature) {
    const titleLines = nfc(model.signature.title).split('\n');
    composer.keepTogether(Math.max(150, 20 * (model.recipients.length + 2)));
    const signTop = composer.cursor;
    if (model.recipients.length) {
      composer.paragraph('Nơi nhận:', style('serifBold', 11), { width: half - 10 });
      for (const recipient of model.recipients)
        composer.paragraph(`- ${nfc(recipient)}`, style('serif', 10.5), { width: half - 10 });
    }
    const leftEnd = composer.cursor;
    composer.moveTo(signTop);
    for (const line of titleLines)
      composer.paragraph(line, style('serifBold', 12.5), {
        left: half,
        width: half,
        align: 'center',
      });
    composer.space(64);
    composer.paragraph(nfc(model.signature.name ?? ''), style('serifBold', 12.5), {
      left: half,
      width: half,
      align: 'center',
    });
    composer.moveTo(Math.min(leftEnd, composer.cursor));
  }
  if (model.signatures.length) {
    composer.keepTogether(140);
    const signTop = composer.cursor;
    const width = composer.contentWidth / model.signatures.length;
    let lowest = signTop;
    model.signatures.forEach((signature, index) => {
      composer.moveTo(signTop);
      for (const line of nfc(signature.title).split('\n'))
        composer.paragraph(line, style('serifBold', 12), {
          left: width * index,
          width,
          align: 'center',
        });
      composer.paragraph('(Ký, ghi rõ họ tên)', style('serifItalic', 10.5), {
        left: width * index,
        width,
        align: 'center',
      });
      composer.space(56);
      composer.paragraph(nfc(signature.name ?? ''), style('serifBold', 12), {
        left: width * index,
        width,
        align: 'center',
      });
      lowest = Math.min(lowest, composer.cursor);
    });
    composer.moveTo(lowest);
  }
  composer.numberPages(
    (page, pages) => `${nfc(model.header.reference)} – Trang ${page}/${pages}`,
    style('serif', 9),
  );
  return document.save({ useObjectStreams: false });
}
