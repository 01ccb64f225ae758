import type { ResultRow, UiLanguage } from '@press-award/contracts';
import { awardTitle, documentPlace, formalDateLine } from '@press-award/domain';
import { rgb } from 'pdf-lib';
import { authorsText, formatVietnamDate, nfc, topicPrizeHeading } from './export-format';
import {
  A4_PORTRAIT,
  createPdf,
  lineHeight,
  PdfComposer,
  type TableColumn,
  type TextStyle,
} from './pdf/pdf-composer';
import type { ExportContext } from './results-export-context';
import { RESULTS_LABELS, type ResultsLabels } from './results-labels';

/**
 * What the official list is built from: plain data only (it crosses to the PDF worker by structured
 * clone), so the award's fields the list prints rather than the entity, and no labels: they hold
 * functions, and are looked up by language where the list is built.
 */
export interface OfficialListInput {
  award: Pick<
    ExportContext['award'],
    | 'name'
    | 'edition'
    | 'year'
    | 'organizerName'
    | 'status'
    | 'publishedAt'
    | 'place'
    | 'level'
    | 'prizeTiers'
    | 'topicPrizes'
  >;
  rows: ExportContext['rows'];
  categories: string[];
  lang: UiLanguage;
  exportedAt: Date;
}

/** The official list's input from an export context: the entity's fields copied to a plain object. */
export function officialListInput(context: ExportContext): OfficialListInput {
  const { award } = context;
  return {
    award: {
      name: award.name,
      edition: award.edition,
      year: award.year,
      organizerName: award.organizerName,
      status: award.status,
      publishedAt: award.publishedAt,
      place: award.place,
      level: award.level,
      prizeTiers: award.prizeTiers,
      topicPrizes: award.topicPrizes,
    },
    rows: context.rows,
    categories: context.categories,
    lang: context.lang,
    exportedAt: context.exportedAt,
  };
}

/**
 * The official list as announced: by tier (then each topic prize), within it by category; only
 * prizes that stand — a revoked prize or withdrawn work is not on the official list.
 */
export async function buildPdf(input: OfficialListInput): Promise<Buffer> {
  const context = { ...input, labels: RESULTS_LABELS[input.lang] };
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
  context: OfficialListInput & { labels: ResultsLabels },
): { heading: string; rowCount: number; categories: { name: string; rows: ResultRow[] }[] }[] {
  const standing = context.rows.filter((row) => row.standing === 'awarded');
  const byCategory = (rows: ResultRow[]) => {
    // A category missing from the award's list (none should be) follows the others, once.
    const names = [...new Set([...context.categories, ...rows.map((row) => row.categoryName)])];
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
