import type { ResultRow } from '@press-award/contracts';
import * as ExcelJSModule from 'exceljs';
import { awardTitle } from '@press-award/domain';
import { formatVietnamDate, nfc, uniqueSheetNames } from './export-format';
import { exportCells, type ExportContext } from './results-export-context';

// exceljs is CommonJS without export hints: under native ES modules (Jest) its API sits on `default`.
const ExcelJS =
  (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

export async function buildXlsx(context: ExportContext): Promise<Buffer> {
  const { award, labels } = context;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'press-award';
  workbook.created = context.exportedAt;
  workbook.title = nfc(award.name);

  const summary = workbook.addWorksheet(labels.summary.sheetName);
  summary.columns = [{ width: 34 }, { width: 18 }, { width: 16 }, { width: 16 }, { width: 16 }];
  const facts: [string, string][] = [
    [labels.summary.award, nfc(awardTitle(award))],
    ...(award.organizerName
      ? [[labels.summary.organizer, nfc(award.organizerName)] as [string, string]]
      : []),
    [labels.summary.status, labels.awardStatus[award.status]],
    [labels.summary.exportedAt, formatVietnamDate(context.exportedAt, true)],
  ];
  for (const fact of facts) summary.addRow(fact).getCell(1).font = { bold: true };
  summary.addRow([]);
  summary.addRow([labels.summary.tiers]).font = { bold: true, size: 12 };
  const countHeader = [
    labels.summary.label,
    labels.summary.planned,
    labels.summary.awarded,
    labels.summary.revoked,
    labels.summary.withdrawn,
  ];
  summary.addRow(countHeader).font = { bold: true };
  const totals = [0, 0, 0, 0];
  for (const tier of award.prizeTiers) {
    const counts = standingCounts(context.rows.filter((row) => row.tierCode === tier.code));
    const line = [tier.targetCount, counts.awarded, counts.revoked, counts.withdrawn];
    line.forEach((value, index) => (totals[index] = (totals[index] ?? 0) + value));
    summary.addRow([nfc(tier.label), ...line]);
  }
  summary.addRow([labels.summary.total, ...totals]).font = { bold: true };
  if (award.topicPrizes.length) {
    summary.addRow([]);
    summary.addRow([labels.summary.topicPrizes]).font = { bold: true, size: 12 };
    summary.addRow(countHeader).font = { bold: true };
    for (const topic of award.topicPrizes) {
      const counts = standingCounts(
        context.rows.filter((row) => row.topicPrizes.includes(topic.code)),
      );
      summary.addRow([
        nfc(topic.label),
        topic.targetCount ?? null,
        counts.awarded,
        counts.revoked,
        counts.withdrawn,
      ]);
    }
  }

  const columns: {
    header: string;
    width: number;
    wrap?: boolean;
    key: keyof ReturnType<typeof exportCells> | 'index';
  }[] = [
    { header: labels.columns.index, width: 6, key: 'index' },
    { header: labels.columns.tier, width: 18, key: 'tier' },
    { header: labels.columns.topicPrizes, width: 24, wrap: true, key: 'topicPrizes' },
    { header: labels.columns.code, width: 13, key: 'code' },
    { header: labels.columns.receiptNumber, width: 18, key: 'receiptNumber' },
    { header: labels.columns.title, width: 50, wrap: true, key: 'title' },
    { header: labels.columns.authors, width: 44, wrap: true, key: 'authors' },
    { header: labels.columns.agency, width: 30, wrap: true, key: 'agency' },
    { header: labels.columns.score, width: 9, key: 'score' },
    { header: labels.columns.standing, width: 15, key: 'standing' },
  ];
  const sheetNames = uniqueSheetNames(
    context.categories,
    [labels.summary.sheetName],
    labels.columns.category,
  );
  context.categories.forEach((category, categoryIndex) => {
    const sheet = workbook.addWorksheet(sheetNames[categoryIndex], {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = columns.map((column) => ({
      header: column.header,
      key: column.key,
      width: column.width,
      style: column.wrap
        ? { alignment: { wrapText: true, vertical: 'top' } }
        : { alignment: { vertical: 'top' } },
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getColumn('score').numFmt = '0.00';
    context.rows
      .filter((row) => row.categoryName === category)
      .forEach((row, index) => {
        // Empty cells stay empty (not an empty string), so Excel's "blanks" filter finds them.
        const cells = Object.entries(exportCells(row, context)).map(([key, value]) => [
          key,
          value === '' ? null : value,
        ]);
        sheet.addRow({ index: index + 1, ...Object.fromEntries(cells) });
      });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function standingCounts(rows: ResultRow[]): {
  awarded: number;
  revoked: number;
  withdrawn: number;
} {
  return {
    awarded: rows.filter((row) => row.standing === 'awarded').length,
    revoked: rows.filter((row) => row.standing === 'revoked').length,
    withdrawn: rows.filter((row) => row.standing === 'withdrawn').length,
  };
}
