import { formalDateLine } from '@press-award/domain';
import * as ExcelJSModule from 'exceljs';
import JSZip from 'jszip';
import { nfc } from '../results/export-format';
import { issuedInstant, issuerLines, type PartyDocumentModel } from './party-document';

// exceljs is CommonJS without export hints: under native ES modules (Jest) its API sits on `default`.
const ExcelJS =
  (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

/**
 * The payment list as a spreadsheet the finance office can sum and sign: the document's header lines,
 * its table (amounts as numbers, not text) and the signer. Built from the same model as the PDF; the
 * zip is rewritten with the document's date on every part so the same model gives the same bytes.
 */
export async function buildPaymentListXlsx(model: PartyDocumentModel): Promise<Uint8Array> {
  const date = issuedInstant(model.header.issuedOn);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = issuerLines(model.header).join(' – ');
  workbook.created = date;
  workbook.modified = date;
  workbook.title = nfc(model.metaTitle);
  const sheet = workbook.addWorksheet('Danh sách chi trả', {
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const table = model.blocks.find((block) => block.kind === 'table');
  const columns = table?.kind === 'table' ? table.columns : [];
  sheet.columns = columns.map((column) => ({ width: Math.max(6, Math.round(column.width * 1.6)) }));
  for (const line of issuerLines(model.header)) sheet.addRow([line.toLocaleUpperCase('vi')]);
  sheet.addRow([`Số ${model.header.reference}`]);
  sheet.addRow([formalDateLine(date, model.header.place, 'vi')]).font = { italic: true };
  sheet.addRow([]);
  sheet.addRow([`${model.title} ${model.subtitle ?? ''}`.trim()]).font = { bold: true, size: 13 };
  for (const block of model.blocks)
    if (block.kind === 'paragraph') sheet.addRow([block.text]).font = { italic: true };
  sheet.addRow([]);
  if (table?.kind === 'table') {
    const header = sheet.addRow(columns.map((column) => column.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const cells of table.rows) {
      const row = sheet.addRow(
        cells.map((cell, index) =>
          // Money columns are numbers, so the sheet can add them up: "12.500.000" → 12500000.
          columns[index]?.align === 'right' && /^[\d.]+$/u.test(cell)
            ? Number(cell.replace(/\./gu, ''))
            : nfc(cell),
        ),
      );
      columns.forEach((column, index) => {
        if (column.align === 'right') row.getCell(index + 1).numFmt = '#,##0';
      });
    }
    // The last row is the total.
    if (sheet.lastRow) sheet.lastRow.font = { bold: true };
  }
  sheet.addRow([]);
  if (model.signature) {
    const at = Math.max(1, columns.length - 2);
    for (const line of model.signature.title.split('\n')) {
      const row = sheet.addRow([]);
      row.getCell(at).value = line;
      row.getCell(at).font = { bold: true };
    }
    sheet.addRow([]);
    sheet.addRow([]);
    const name = sheet.addRow([]);
    name.getCell(at).value = model.signature.name ?? '';
    name.getCell(at).font = { bold: true };
  }
  const written = await workbook.xlsx.writeBuffer();
  // exceljs stamps each zip entry with the current time: rewrite them with the document's date.
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  const stable = new JSZip();
  for (const path of Object.keys(zip.files).sort()) {
    const entry = zip.files[path];
    if (entry.dir) continue;
    stable.file(path, await entry.async('uint8array'), { date, createFolders: false });
  }
  return stable.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
