import type { AwardLevel, MediaType } from '@press-award/contracts';
import { awardTitle, formalDateLine, startOfVietnamDay } from '@press-award/domain';
import type { DataSource } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { nfc } from '../results/export-format';
import { A4_LANDSCAPE, createPdf, PdfComposer, type TextStyle } from '../results/pdf/pdf-composer';

/**
 * The batch list (danh sách tác phẩm gửi kèm công văn) as plain data for the PDF worker. The same
 * input can later be numbered as one of the award's documents: `batchListInput` reads it from the
 * database, `buildBatchList` lays it out.
 */
export interface BatchListInput {
  /** The filing organization: the issuing body of the list. */
  organizationName: string;
  award: { name: string; edition: number; year: number; level: AwardLevel };
  batch: {
    title: string;
    letterNumber: string | null;
    /** YYYY-MM-DD. */
    letterIssuedOn: string | null;
    /** The list's date: the letter's date, or the day the batch was opened. */
    datedAt: Date;
  };
  /** Set when the list is numbered as an award document ("12-DS/BTCTU"); absent otherwise. */
  documentNumber?: string | null;
  entries: {
    title: string;
    categoryName: string;
    mediaType: MediaType;
    authors: { fullName: string; penName: string | null }[];
    parts: { outlet: string; publishedAt: string }[];
    receiptNumber: string | null;
  }[];
}

const MEDIA: Record<MediaType, string> = {
  print: 'Báo in',
  online: 'Báo điện tử',
  radio: 'Phát thanh',
  tv: 'Truyền hình',
  photo: 'Ảnh báo chí',
};

/** dd/MM/yyyy from an ISO calendar date. */
const calendarDate = (iso: string | null): string =>
  iso ? iso.slice(0, 10).split('-').reverse().join('/') : '';

/**
 * The batch's entries as its list shows them: every entry filed in it but the withdrawn ones, in
 * the order they were filed; the receipt number once submitted.
 */
export async function batchListInput(db: DataSource, batchId: string): Promise<BatchListInput> {
  const [batch] = await db.query(
    `SELECT b.title, b.organization_name, b.letter_number, b.letter_issued_on::text AS letter_issued_on,
            b.created_at, a.name, a.edition, a.year, a.level
       FROM batches b JOIN awards a ON a.id = b.award_id
      WHERE b.id = $1`,
    [batchId],
  );
  if (!batch) throw new AppException('BATCH_NOT_FOUND');
  const entries: {
    id: string;
    title: string;
    receipt_number: string | null;
    category_name: string;
    media_type: MediaType;
    authors: { fullName: string; penName: string | null }[] | null;
    parts: { outlet: string; publishedAt: string }[] | null;
  }[] = await db.query(
    `SELECT e.id, e.title, e.receipt_number, c.name AS category_name, c.media_type,
            (SELECT json_agg(json_build_object('fullName', au.full_name, 'penName', au.pen_name)
                             ORDER BY au."index")
               FROM entry_authors au WHERE au.entry_id = e.id) AS authors,
            (SELECT json_agg(json_build_object('outlet', p.outlet, 'publishedAt', p.published_at::text)
                             ORDER BY p."index")
               FROM entry_parts p WHERE p.entry_id = e.id) AS parts
       FROM entries e JOIN categories c ON c.id = e.category_id
      WHERE e.batch_id = $1 AND e.status <> 'withdrawn'
      ORDER BY e.created_at, e.id`,
    [batchId],
  );
  return {
    organizationName: batch.organization_name,
    award: { name: batch.name, edition: batch.edition, year: batch.year, level: batch.level },
    batch: {
      title: batch.title,
      letterNumber: batch.letter_number,
      letterIssuedOn: batch.letter_issued_on,
      datedAt: batch.letter_issued_on
        ? startOfVietnamDay(batch.letter_issued_on)
        : new Date(batch.created_at),
    },
    entries: entries.map((entry) => ({
      title: entry.title,
      categoryName: entry.category_name,
      mediaType: entry.media_type,
      authors: entry.authors ?? [],
      parts: entry.parts ?? [],
      receiptNumber: entry.receipt_number,
    })),
  };
}

/** "Nguyễn Văn A (bút danh Văn An)". */
function authorLine(author: { fullName: string; penName: string | null }): string {
  const pen = author.penName?.trim();
  return pen && pen !== author.fullName.trim()
    ? `${nfc(author.fullName)} (bút danh ${nfc(pen)})`
    : nfc(author.fullName);
}

/**
 * The list a committee or agency sends with its covering letter, in the form of a Party document:
 * the organization as issuing body and "ĐẢNG CỘNG SẢN VIỆT NAM" side by side, the date line, the title
 * with the award, "Kèm theo Công văn số … ngày …", and one row per work — title, media type and
 * category, authors with pen names, outlet and date of each part, receipt number — then the
 * organization's signature block. The same batch always gives the same list.
 */
export async function buildBatchList(input: BatchListInput): Promise<Uint8Array> {
  const { batch } = input;
  const organization = nfc(input.organizationName).trim();
  const { document, fonts } = await createPdf(
    {
      title: `Danh sách tác phẩm dự giải – ${organization}`,
      subject: nfc(input.award.name),
      author: organization,
      lang: 'vi',
      createdAt: batch.datedAt,
    },
    ['serif', 'serifBold', 'serifItalic'],
  );
  const composer = new PdfComposer(document, {
    size: A4_LANDSCAPE,
    margin: { top: 48, right: 48, bottom: 48, left: 56 },
  });
  const style = (font: keyof typeof fonts, size: number): TextStyle => ({
    font: fonts[font],
    size,
    leading: 1.35,
  });
  const half = composer.contentWidth / 2;
  const top = composer.cursor;

  // The header: issuing body on the left with its number, the Party on the right with the date.
  composer.paragraph(organization.toLocaleUpperCase('vi'), style('serifBold', 11), {
    width: half - 20,
    align: 'center',
  });
  composer.paragraph('*', style('serif', 11), { width: half - 20, align: 'center' });
  if (input.documentNumber)
    composer.paragraph(`Số ${nfc(input.documentNumber)}`, style('serif', 11), {
      width: half - 20,
      align: 'center',
    });
  const leftBottom = composer.cursor;
  composer.moveTo(top);
  composer.paragraph('ĐẢNG CỘNG SẢN VIỆT NAM', style('serifBold', 12), {
    left: half,
    width: half,
    align: 'center',
    spaceAfter: 6,
  });
  composer.paragraph(formalDateLine(batch.datedAt, null, 'vi'), style('serifItalic', 11), {
    left: half,
    width: half,
    align: 'center',
  });
  composer.moveTo(Math.min(leftBottom, composer.cursor));

  composer.paragraph('DANH SÁCH TÁC PHẨM DỰ GIẢI', style('serifBold', 14), {
    align: 'center',
    spaceBefore: 20,
    spaceAfter: 2,
  });
  composer.paragraph(nfc(awardTitle(input.award)), style('serifBold', 12), {
    align: 'center',
    spaceAfter: 2,
  });
  const letter =
    batch.letterNumber && batch.letterIssuedOn
      ? `(Kèm theo Công văn số ${nfc(batch.letterNumber)} ngày ${calendarDate(batch.letterIssuedOn)} của ${organization})`
      : `(${nfc(batch.title)} – chưa có công văn)`;
  composer.paragraph(letter, style('serifItalic', 11), { align: 'center', spaceAfter: 12 });

  const width = composer.contentWidth;
  composer.table(
    [
      { width: 32, align: 'center' },
      { width: width * 0.27 - 32 },
      { width: width * 0.14 },
      { width: width * 0.22 },
      { width: width * 0.23 },
      { width: width * 0.14, align: 'center' },
    ],
    [
      'STT',
      'Tên tác phẩm',
      'Loại hình, hạng mục',
      'Tác giả (họ tên, bút danh)',
      'Cơ quan đăng, phát – ngày',
      'Số biên nhận',
    ],
    input.entries.map((entry, index) => [
      String(index + 1),
      nfc(entry.title),
      `${MEDIA[entry.mediaType]} – ${nfc(entry.categoryName)}`,
      entry.authors.map(authorLine).join('; '),
      entry.parts
        .map((part) => `${nfc(part.outlet)}, ${calendarDate(part.publishedAt)}`)
        .join('; '),
      entry.receiptNumber ?? 'Chưa nộp',
    ]),
    { header: style('serifBold', 10), body: style('serif', 10) },
  );
  composer.paragraph(`Tổng cộng: ${input.entries.length} tác phẩm.`, style('serifItalic', 10.5), {
    spaceBefore: 8,
    spaceAfter: 14,
  });

  // The organization signs and seals the list it sends.
  composer.keepTogether(100);
  composer.paragraph(`T/M ${organization.toLocaleUpperCase('vi')}`, style('serifBold', 11), {
    left: half,
    width: half,
    align: 'center',
  });
  composer.paragraph('(Ký tên, đóng dấu)', style('serifItalic', 10), {
    left: half,
    width: half,
    align: 'center',
  });
  composer.numberPages((page, pages) => `Trang ${page}/${pages}`, style('serif', 9));
  return document.save({ useObjectStreams: false });
}
