import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AwardStatus,
  ResultExportFormat,
  ResultRow,
  UiLanguage,
} from '@press-award/contracts';
import * as ExcelJSModule from 'exceljs';
import { awardTitle, documentPlace, formalDateLine } from '@press-award/domain';
import { rgb } from 'pdf-lib';
import type { DataSource } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { Award } from '../awards/entities/award.entity';
import {
  authorsText,
  csvDocument,
  formatVietnamDate,
  nfc,
  resultsFileNames,
  topicPrizeHeading,
  topicPrizeLabels,
  uniqueSheetNames,
  type DownloadFile,
} from './export-format';
import {
  A4_PORTRAIT,
  createPdf,
  lineHeight,
  PdfComposer,
  type TableColumn,
  type TextStyle,
} from './pdf/pdf-composer';
import { RESULTS_LABELS, type ResultsLabels } from './results-labels';
import { ResultsService } from './results.service';

// exceljs is CommonJS without export hints: under native ES modules (Jest) its API sits on `default`.
const ExcelJS =
  (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

/** Organizers prepare the ceremony from the decided list, so exports open as soon as judging starts. */
const EXPORTABLE_STATUSES: ReadonlySet<AwardStatus> = new Set(['judging', 'decided', 'published']);

const CONTENT_TYPES: Record<ResultExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

interface ExportContext {
  award: Award;
  rows: ResultRow[];
  /** Category names in the award's order (every category, including those without a prize). */
  categories: string[];
  lang: UiLanguage;
  labels: ResultsLabels;
  exportedAt: Date;
}

/**
 * The organizer's results files: spreadsheet, CSV and the official PDF list. All three are built from
 * `ResultsService.resultRows`, the same rows the web app shows, so their numbers always agree.
 */
@Injectable()
export class ResultsExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly results: ResultsService,
    private readonly clock: Clock,
  ) {}

  async export(
    awardId: string,
    format: ResultExportFormat,
    lang: UiLanguage,
  ): Promise<DownloadFile> {
    const award = await this.db.getRepository(Award).findOneBy({ id: awardId });
    if (!award) throw new AppException('AWARD_NOT_FOUND');
    if (!EXPORTABLE_STATUSES.has(award.status))
      throw new AppException('RESULTS_EXPORT_NOT_AVAILABLE');
    const categories: { name: string }[] = await this.db.query(
      'SELECT name FROM categories WHERE award_id = $1 ORDER BY sort_order, name',
      [awardId],
    );
    const context: ExportContext = {
      award,
      rows: (await this.results.resultRows(award)).map(normalizeRow),
      categories: [...new Set(categories.map((category) => nfc(category.name)))],
      lang,
      labels: RESULTS_LABELS[lang],
      exportedAt: this.clock.now(),
    };
    const body =
      format === 'xlsx'
        ? await this.xlsx(context)
        : format === 'csv'
          ? this.csv(context)
          : await this.pdf(context);
    return {
      body,
      contentType: CONTENT_TYPES[format],
      ...resultsFileNames(award, context.labels, format),
    };
  }

  /** The columns every organizer's row has, in the spreadsheet and the CSV. */
  private cells(row: ResultRow, context: ExportContext) {
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

  private async xlsx(context: ExportContext): Promise<Buffer> {
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
      key: keyof ReturnType<ResultsExportService['cells']> | 'index';
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
          const cells = Object.entries(this.cells(row, context)).map(([key, value]) => [
            key,
            value === '' ? null : value,
          ]);
          sheet.addRow({ index: index + 1, ...Object.fromEntries(cells) });
        });
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** One line per prize, with its category, in announcement order. */
  private csv(context: ExportContext): Buffer {
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
      const cells = this.cells(row, context);
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

  /**
   * The official list as announced: by tier (then each topic prize), within it by category; only
   * prizes that stand — a revoked prize or withdrawn work is not on the official list.
   */
  private async pdf(context: ExportContext): Promise<Buffer> {
    const { award, labels } = context;
    const { document, fonts } = await createPdf(
      {
        title: `${labels.list.heading} – ${nfc(award.name)}`,
        author: nfc(award.organizerName ?? award.name),
        lang: context.lang,
        createdAt: context.exportedAt,
      },
      ['serif', 'serifBold', 'serifItalic'],
    );
    const composer = new PdfComposer(document, {
      size: A4_PORTRAIT,
      margin: { top: 50, right: 50, bottom: 50, left: 50 },
    });
    const style = (
      font: keyof typeof fonts,
      size: number,
      extra: Partial<TextStyle> = {},
    ): TextStyle => ({ font: fonts[font], size, ...extra });

    if (award.organizerName)
      composer.paragraph(nfc(award.organizerName).toLocaleUpperCase('vi'), style('serifBold', 11), {
        align: 'center',
        spaceAfter: 6,
      });
    composer.paragraph(nfc(awardTitle(award)), style('serifBold', 14), {
      align: 'center',
      spaceAfter: 10,
    });
    composer.paragraph(labels.list.heading, style('serifBold', 17), {
      align: 'center',
      spaceAfter: 4,
    });
    const published = award.status === 'published' && award.publishedAt;
    // Published, the list is an official document: dated at the award's place, "Hà Nội, ngày … tháng … năm …".
    composer.paragraph(
      published
        ? formalDateLine(award.publishedAt as Date, documentPlace(award), context.lang)
        : labels.list.draft(formatVietnamDate(context.exportedAt, true)),
      style('serifItalic', 10, published ? {} : { color: DRAFT_RED }),
      { align: 'center', spaceAfter: 18 },
    );

    const columns: TableColumn[] = [
      { width: 32, align: 'center' },
      { width: 183 },
      { width: 160 },
      { width: composer.contentWidth - 375 },
    ];
    const header = [
      labels.columns.index,
      labels.columns.title,
      labels.columns.authors,
      labels.columns.agency,
    ];
    const headingStyle = style('serifBold', 13);
    const categoryStyle = style('serifBold', 11, { color: CATEGORY_INK });
    const styles = { header: style('serifBold', 9.5), body: style('serif', 9.5) };
    const groups = officialGroups(context);
    if (!groups.length)
      composer.paragraph(labels.list.empty, style('serifItalic', 11), { align: 'center' });
    for (const group of groups) {
      let index = 0;
      const firstRows = group.categories[0]?.rows[0];
      const headingText = `${group.heading.toLocaleUpperCase('vi')} (${labels.list.entries(group.rowCount)})`;
      // A heading never ends a page: it moves with its first category and that category's first row.
      composer.keepTogether(
        composer.paragraphHeight(headingText, headingStyle) +
          8 +
          lineHeight(categoryStyle) * 2 +
          composer.measureRow(header, columns, styles.header).height +
          (firstRows
            ? composer.measureRow(lineCells(firstRows, 1, labels), columns, styles.body).height
            : 0),
      );
      composer.paragraph(headingText, headingStyle, { spaceBefore: 10, spaceAfter: 4 });
      for (const category of group.categories) {
        composer.keepTogether(
          lineHeight(categoryStyle) * 2 +
            composer.measureRow(header, columns, styles.header).height * 2,
        );
        composer.paragraph(category.name, categoryStyle, { spaceBefore: 4, spaceAfter: 4 });
        composer.table(
          columns,
          header,
          category.rows.map((row) => lineCells(row, ++index, labels)),
          styles,
        );
      }
    }
    composer.numberPages(labels.list.page, style('serif', 9));
    return Buffer.from(await document.save());
  }
}

const DRAFT_RED = rgb(0.6, 0.05, 0.05);
const CATEGORY_INK = rgb(0.15, 0.15, 0.3);

function lineCells(row: ResultRow, index: number, labels: ResultsLabels): string[] {
  return [
    String(index),
    row.entryTitle,
    authorsText(row.authors, labels),
    row.organizationName ?? '',
  ];
}

/** The official list's sections: each tier, then each topic prize; within each, its categories in order. */
function officialGroups(
  context: ExportContext,
): { heading: string; rowCount: number; categories: { name: string; rows: ResultRow[] }[] }[] {
  const standing = context.rows.filter((row) => row.standing === 'awarded');
  const byCategory = (rows: ResultRow[]) => {
    const names = [
      ...context.categories,
      ...rows.map((row) => row.categoryName).filter((name) => !context.categories.includes(name)),
    ];
    return names
      .map((name) => ({ name, rows: rows.filter((row) => row.categoryName === name) }))
      .filter((category) => category.rows.length > 0);
  };
  const tierCodes = [
    ...context.award.prizeTiers.map((tier) => tier.code),
    ...standing
      .map((row) => row.tierCode)
      .filter(
        (code): code is string =>
          !!code && !context.award.prizeTiers.some((tier) => tier.code === code),
      ),
  ];
  const tiers = [...new Set(tierCodes)].map((code) => {
    const rows = standing.filter((row) => row.tierCode === code);
    return {
      heading: nfc(context.award.prizeTiers.find((tier) => tier.code === code)?.label ?? code),
      rowCount: rows.length,
      categories: byCategory(rows),
    };
  });
  const topics = context.award.topicPrizes.map((topic) => {
    const rows = standing.filter((row) => row.topicPrizes.includes(topic.code));
    return {
      heading: topicPrizeHeading(topic.label, context.labels.list.topicPrize),
      rowCount: rows.length,
      categories: byCategory(rows),
    };
  });
  return [...tiers, ...topics].filter((group) => group.rowCount > 0);
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

/** Every text of a row in composed form (NFC), whatever form it was typed in. */
function normalizeRow(row: ResultRow): ResultRow {
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
