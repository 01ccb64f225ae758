import { csvDocument } from './export-format';
import { exportCells, type ExportContext } from './results-export-context';

/** One line per prize, with its category, in announcement order. */
export function buildCsv(context: ExportContext): Buffer {
  const { labels } = context;
  const header = [
    labels.columns.index,
    labels.columns.category,
    labels.columns.tier,
    labels.columns.topicPrizes,
    labels.columns.code,
    labels.columns.receiptNumber,
    labels.columns.title,
    labels.columns.authors,
    labels.columns.agency,
    labels.columns.score,
    labels.columns.standing,
  ];
  const lines = context.rows.map((row, index) => {
    const cells = exportCells(row, context);
    return [
      index + 1,
      row.categoryName,
      cells.tier,
      cells.topicPrizes,
      cells.code,
      cells.receiptNumber,
      cells.title,
      cells.authors,
      cells.agency,
      cells.score,
      cells.standing,
    ];
  });
  return csvDocument([header, ...lines]);
}
