import { formalDateLine } from '@press-award/domain';
import JSZip from 'jszip';
import { nfc } from '../results/export-format';
import { issuedInstant, issuerLines, type PartyDocumentModel } from './party-document';

/**
 * The DOCX of a Party-format document, for a committee that edits it before signing: the same model
 * as the PDF, written as plain WordprocessingML (Times New Roman, as Party documents are typed). The
 * header is a borderless two-column table (issuer and number left, the Party and the date right);
 * every part of the zip carries the document's date, so the same model gives the same bytes.
 */
export async function buildPartyDocumentDocx(model: PartyDocumentModel): Promise<Uint8Array> {
  const date = issuedInstant(model.header.issuedOn);
  const zip = new JSZip();
  const add = (path: string, xml: string) =>
    zip.file(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`, {
      date,
      createFolders: false,
    });
  add(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  add(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  add(
    'word/_rels/document.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  add(
    'word/styles.xml',
    `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>`,
  );
  const iso = date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  add(
    'docProps/core.xml',
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escape(nfc(model.metaTitle))}</dc:title><dc:subject>${escape(nfc(model.header.reference))}</dc:subject><dc:creator>${escape(issuerLines(model.header).join(' – '))}</dc:creator><dc:language>vi-VN</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`,
  );
  add('word/document.xml', documentXml(model));
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escape = (text: string): string =>
  text
    // Characters XML 1.0 cannot carry at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;');

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

const run = (text: string, style: RunStyle = {}): string => {
  const props = [
    style.bold ? '<w:b/>' : '',
    style.italic ? '<w:i/>' : '',
    style.size ? `<w:sz w:val="${style.size * 2}"/><w:szCs w:val="${style.size * 2}"/>` : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(nfc(text))}</w:t></w:r>`;
};

const paragraph = (
  text: string,
  style: RunStyle & { align?: 'left' | 'center' | 'right'; after?: number } = {},
): string =>
  `<w:p><w:pPr>${style.after !== undefined ? `<w:spacing w:after="${style.after}"/>` : ''}<w:jc w:val="${style.align === 'center' ? 'center' : style.align === 'right' ? 'right' : 'both'}"/></w:pPr>${text ? run(text, style) : ''}</w:p>`;

const NO_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="nil"/>`)
  .join('')}</w:tblBorders>`;
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
  .join('')}</w:tblBorders>`;

const cell = (width: number, content: string): string =>
  `<w:tc><w:tcPr><w:tcW w:w="${Math.round(width)}" w:type="dxa"/></w:tcPr>${content || '<w:p/>'}</w:tc>`;

const table = (widths: number[], rows: string[][], borders: string, headerRow = false): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="${Math.round(widths.reduce((a, b) => a + b, 0))}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths
    .map((width) => `<w:gridCol w:w="${Math.round(width)}"/>`)
    .join('')}</w:tblGrid>${rows
    .map(
      (cells, index) =>
        `<w:tr>${index === 0 && headerRow ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells
          .map((content, column) => cell(widths[column], content))
          .join('')}</w:tr>`,
    )
    .join('')}</w:tbl>`;

function documentXml(model: PartyDocumentModel): string {
  // A4 in twentieths of a point; margins 2 cm top/bottom, 3 cm left, 1.5 cm right (Party practice).
  const [pageWidth, pageHeight] = model.landscape ? [16838, 11906] : [11906, 16838];
  const margins = { top: 1134, bottom: 1134, left: 1701, right: 850 };
  const content = pageWidth - margins.left - margins.right;
  const leftWidth = Math.min(content / 2, 4800);
  const issuer = issuerLines(model.header);
  const header = table(
    [leftWidth, content - leftWidth],
    [
      [
        [
          ...issuer.map((line, index) =>
            paragraph(line.toLocaleUpperCase('vi'), {
              bold: index === issuer.length - 1,
              align: 'center',
              after: 0,
            }),
          ),
          paragraph('*', { align: 'center', after: 0 }),
          paragraph(`Số ${model.header.reference}`, { align: 'center', after: 0 }),
        ].join(''),
        [
          paragraph('ĐẢNG CỘNG SẢN VIỆT NAM', {
            bold: true,
            align: 'center',
            size: 14,
            after: 120,
          }),
          paragraph(
            formalDateLine(issuedInstant(model.header.issuedOn), model.header.place, 'vi'),
            { italic: true, align: 'center' },
          ),
        ].join(''),
      ],
    ],
    NO_BORDERS,
  );
  const body: string[] = [
    header,
    paragraph('', { after: 120 }),
    paragraph(model.title, { bold: true, size: 15, align: 'center', after: 0 }),
  ];
  if (model.subtitle)
    body.push(paragraph(model.subtitle, { bold: true, align: 'center', after: 0 }));
  body.push(paragraph('-----', { align: 'center', after: 200 }));
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') {
      body.push(
        paragraph(block.text, {
          bold: block.emphasis === 'bold',
          italic: block.emphasis === 'italic',
          align: block.align,
        }),
      );
    } else {
      const total = block.columns.reduce((sum, column) => sum + column.width, 0);
      const widths = block.columns.map((column) => (content * column.width) / total);
      body.push(
        table(
          widths,
          [
            block.columns.map((column) =>
              paragraph(column.header, { bold: true, size: 11, align: 'center', after: 0 }),
            ),
            ...block.rows.map((row) =>
              row.map((text, index) =>
                paragraph(text, {
                  size: 11,
                  align: block.columns[index]?.align ?? 'left',
                  after: 0,
                }),
              ),
            ),
          ],
          BORDERS,
          true,
        ),
        paragraph('', { after: 120 }),
      );
    }
  }
  const signatureCell = (title: string, name: string | null, note: boolean) =>
    [
      ...nfc(title)
        .split('\n')
        .map((line) => paragraph(line, { bold: true, align: 'center', after: 0 })),
      note
        ? paragraph('(Ký, ghi rõ họ tên)', { italic: true, size: 11, align: 'center', after: 0 })
        : '',
      paragraph('', { after: 1200 }),
      paragraph(name ?? '', { bold: true, align: 'center' }),
    ].join('');
  if (model.signature) {
    const recipients = model.recipients.length
      ? [
          paragraph('Nơi nhận:', { bold: true, italic: true, size: 12, align: 'left', after: 0 }),
          ...model.recipients.map((recipient) =>
            paragraph(`- ${recipient}`, { size: 11, align: 'left', after: 0 }),
          ),
        ].join('')
      : '';
    body.push(
      table(
        [content / 2, content / 2],
        [[recipients, signatureCell(model.signature.title, model.signature.name, false)]],
        NO_BORDERS,
      ),
    );
  }
  if (model.signatures.length) {
    const width = content / model.signatures.length;
    body.push(
      table(
        model.signatures.map(() => width),
        [model.signatures.map((signature) => signatureCell(signature.title, signature.name, true))],
        NO_BORDERS,
      ),
    );
  }
  const section = `<w:sectPr><w:pgSz w:w="${pageWidth}" w:h="${pageHeight}"${model.landscape ? ' w:orient="landscape"' : ''}/><w:pgMar w:top="${margins.top}" w:right="${margins.right}" w:bottom="${margins.bottom}" w:left="${margins.left}" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;
  return `<w:document xmlns:w="${W}"><w:body>${body.join('')}${section}</w:body></w:document>`;
}
