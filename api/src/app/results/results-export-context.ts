import type { ResultRow, UiLanguage } from '@press-award/contracts';
import type { Award } from '../awards/entities/award.entity';
import { authorsText, nfc, topicPrizeLabels } from './export-format';
import type { ResultsLabels } from './results-labels';

/** What every results file is built from: the award, its result rows and the labels in one language. */
export interface ExportContext {
  award: Award;
  rows: ResultRow[];
  /** Category names in the award's order (every category, including those without a prize). */
  categories: string[];
  lang: UiLanguage;
  labels: ResultsLabels;
  exportedAt: Date;
}

/** The columns every organizer's row has, in the spreadsheet and the CSV. */
export function exportCells(row: ResultRow, context: ExportContext) {
  return {
    tier: row.tierLabel ?? row.tierCode ?? '',
    topicPrizes: topicPrizeLabels(row.topicPrizes, context.award.topicPrizes).join('; '),
    code: row.entryCode ?? '',
    receiptNumber: row.receiptNumber ?? '',
    title: row.entryTitle,
    authors: authorsText(row.authors, context.labels),
    agency: row.organizationName ?? '',
    score: row.score,
    standing: context.labels.standing[row.standing],
  };
}

/** Every text of a row in composed form (NFC), whatever form it was typed in. */
export function normalizeRow(row: ResultRow): ResultRow {
  return {
    ...row,
    tierLabel: nfc(row.tierLabel),
    entryTitle: nfc(row.entryTitle),
    categoryName: nfc(row.categoryName),
    organizationName: nfc(row.organizationName),
    authors: row.authors.map((author) => ({
      fullName: nfc(author.fullName),
      penName: nfc(author.penName),
      organizationName: nfc(author.organizationName),
    })),
  };
}
