import type { AuthorRole, AwardLevel, MediaType } from '@press-award/contracts';
import { awardTitle, documentPlace, formalDateLine } from '@press-award/domain';
import { nfc } from '../results/export-format';
import { A4_PORTRAIT, createPdf, PdfComposer, type TextStyle } from '../results/pdf/pdf-composer';
import { RESULTS_LABELS } from '../results/results-labels';

/** The entry and its award as the registration form needs them: plain data for the PDF worker. */
export interface RegistrationFormInput {
  award: {
    name: string;
    edition: number;
    year: number;
    level: AwardLevel;
    place: string | null;
    organizerName: string | null;
  };
  entry: {
    title: string;
    categoryName: string;
    mediaType: MediaType;
    genre: string | null;
    language: string;
    summary: string | null;
    receiptNumber: string | null;
    /** When it was submitted (the form's date), or when it was last changed for a draft. */
    datedAt: Date;
    submitted: boolean;
  };
  parts: { title: string; outlet: string; publishedAt: string; url: string | null }[];
  authors: {
    fullName: string;
    penName: string | null;
    role: AuthorRole | null;
    dateOfBirth: string | null;
    organizationName: string | null;
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
 * The phiếu đăng ký of one entry, in Vietnamese and in the form of a Party document: the issuing body
 * (the award's organizer) and "ĐẢNG CỘNG SẢN VIỆT NAM" side by side, the place and date, the entry as
 * registered (category, title, each part with its outlet and date, the authors with pen names, birth
 * dates and agencies), its receipt, and the signature blocks — the author's, and the agency's with its
 * seal. Dated at the submission, so the same entry always gives the same form.
 */
export async function buildRegistrationForm(input: RegistrationFormInput): Promise<Uint8Array> {
  const { award, entry } = input;
  const labels = RESULTS_LABELS.vi;
  const title = nfc(entry.title);
  const { document, fonts } = await createPdf(
    {
      title: `Phiếu đăng ký tác phẩm – ${title}`,
      subject: nfc(award.name),
      author: nfc(award.organizerName ?? award.name),
      lang: 'vi',
      createdAt: entry.datedAt,
    },
    ['serif', 'serifBold', 'serifItalic'],
  );
  const composer = new PdfComposer(document, {
    size: A4_PORTRAIT,
    margin: { top: 56, right: 56, bottom: 56, left: 70 },
  });
  const style = (font: keyof typeof fonts, size: number): TextStyle => ({
    font: fonts[font],
    size,
    leading: 1.35,
  });
  const half = composer.contentWidth / 2;
  const top = composer.cursor;

  // The header: issuing body on the left, the Party on the right, the place and date under it.
  const issuer = nfc(award.organizerName ?? '').trim() || 'BAN TỔ CHỨC GIẢI';
  composer.paragraph(issuer.toLocaleUpperCase('vi'), style('serifBold', 11), {
    width: half - 10,
    align: 'center',
  });
  composer.paragraph('*', style('serif', 11), { width: half - 10, align: 'center' });
  const leftBottom = composer.cursor;
  composer.moveTo(top);
  composer.paragraph('ĐẢNG CỘNG SẢN VIỆT NAM', style('serifBold', 12), {
    left: half,
    width: half,
    align: 'center',
    spaceAfter: 6,
  });
  composer.paragraph(
    formalDateLine(entry.datedAt, documentPlace(award), 'vi'),
    style('serifItalic', 11),
    { left: half, width: half, align: 'center' },
  );
  composer.moveTo(Math.min(leftBottom, composer.cursor));

  composer.paragraph('PHIẾU ĐĂNG KÝ TÁC PHẨM DỰ GIẢI', style('serifBold', 15), {
    align: 'center',
    spaceBefore: 26,
    spaceAfter: 2,
  });
  composer.paragraph(
    nfc(awardTitle({ name: award.name, edition: award.edition, year: award.year })),
    style('serifBold', 12),
    { align: 'center', spaceAfter: 14 },
  );

  const field = (label: string, value: string) =>
    composer.paragraph(`${label}: ${value}`, style('serif', 11.5), { spaceAfter: 3 });
  field('Tên tác phẩm', title);
  field('Loại hình báo chí', MEDIA[entry.mediaType]);
  field('Hạng mục', nfc(entry.categoryName));
  if (entry.genre) field('Thể loại', nfc(entry.genre));
  field('Ngôn ngữ', entry.language === 'vi' ? 'Tiếng Việt' : entry.language);
  field('Số biên nhận', entry.receiptNumber ?? 'chưa nộp');
  if (entry.summary) field('Tóm tắt nội dung', nfc(entry.summary));

  composer.paragraph('Các kỳ đã đăng, phát', style('serifBold', 12), {
    spaceBefore: 10,
    spaceAfter: 4,
  });
  const width = composer.contentWidth;
  composer.table(
    [
      { width: 34, align: 'center' },
      { width: width * 0.46 - 34 },
      { width: width * 0.34 },
      { width: width * 0.2, align: 'center' },
    ],
    ['STT', 'Tên kỳ / tác phẩm', 'Cơ quan báo chí, ấn phẩm', 'Ngày đăng, phát'],
    input.parts.map((part, index) => [
      String(index + 1),
      nfc(part.title),
      nfc(part.outlet),
      calendarDate(part.publishedAt),
    ]),
    { header: style('serifBold', 10), body: style('serif', 10) },
  );

  composer.paragraph('Tác giả', style('serifBold', 12), { spaceBefore: 12, spaceAfter: 4 });
  composer.table(
    [
      { width: 34, align: 'center' },
      { width: width * 0.3 - 34 },
      { width: width * 0.17 },
      { width: width * 0.14, align: 'center' },
      { width: width * 0.24 },
      { width: width * 0.15 },
    ],
    ['STT', 'Họ và tên', 'Bút danh', 'Ngày sinh', 'Cơ quan công tác', 'Vai trò'],
    input.authors.map((author, index) => [
      String(index + 1),
      nfc(author.fullName),
      nfc(author.penName ?? ''),
      calendarDate(author.dateOfBirth),
      nfc(author.organizationName ?? ''),
      author.role ? labels.authorRole[author.role] : '',
    ]),
    { header: style('serifBold', 10), body: style('serif', 10) },
  );

  composer.paragraph(
    'Chúng tôi cam đoan tác phẩm đã đăng, phát trong thời gian quy định của Thể lệ và chịu trách nhiệm về thông tin kê khai trên.',
    style('serifItalic', 10.5),
    { spaceBefore: 14, spaceAfter: 18 },
  );

  // Signature blocks: the agency (with its seal) on the left, the author on the right.
  composer.keepTogether(110);
  const signTop = composer.cursor;
  composer.paragraph('XÁC NHẬN CỦA CƠ QUAN', style('serifBold', 11), {
    width: half,
    align: 'center',
  });
  composer.paragraph('(Ký tên, đóng dấu)', style('serifItalic', 10), {
    width: half,
    align: 'center',
  });
  composer.moveTo(signTop);
  composer.paragraph('TÁC GIẢ', style('serifBold', 11), {
    left: half,
    width: half,
    align: 'center',
  });
  composer.paragraph('(Ký, ghi rõ họ tên)', style('serifItalic', 10), {
    left: half,
    width: half,
    align: 'center',
    spaceAfter: 56,
  });
  const first = input.authors[0];
  if (first)
    composer.paragraph(nfc(first.fullName), style('serifBold', 11), {
      left: half,
      width: half,
      align: 'center',
    });
  composer.numberPages((page, pages) => `Trang ${page}/${pages}`, style('serif', 9));
  return document.save({ useObjectStreams: false });
}
