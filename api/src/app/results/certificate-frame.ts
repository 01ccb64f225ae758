import type { UiLanguage } from '@press-award/contracts';
import { formalDateLine } from '@press-award/domain';
import type { PDFDocument } from 'pdf-lib';
import { rgb, type PDFPage } from 'pdf-lib';
import { nfc } from './export-format';
import { A4_LANDSCAPE, createPdf, PdfComposer, type TextStyle } from './pdf/pdf-composer';
import { RESULTS_LABELS } from './results-labels';

export const CERTIFICATE_INK = rgb(0.1, 0.1, 0.1);
export const CERTIFICATE_CRIMSON = rgb(0.62, 0.07, 0.09);
const GOLD = rgb(0.72, 0.55, 0.2);
/** Where the date and signature block starts (from the bottom of the page), unless the text runs lower. */
export const CERTIFICATE_SIGNATURE_TOP = 186;

/**
 * Who issues a certificate and under which number: the award's institution (`effectiveInstitution`)
 * and the certificate's place in the award's list (`certificateNumbers`). Plain data for the worker.
 */
export interface CertificateIssuer {
  /** "12-GCN/BTCTU"; null prints no number. */
  number: string | null;
  /** The signer's title lines ("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN"). */
  signerTitle: string;
  signerName: string | null;
  /** Where it is dated (the award's place, Hà Nội, or the Tỉnh ủy's province). */
  place: string | null;
}

const CERTIFICATE_MARGIN_X = 90;

/**
 * The start every certificate (a work's, a collective's) shares: an A4 landscape page in the frame,
 * the organizer, the award's title and the heading "GIẤY CHỨNG NHẬN"; the caller goes on from there.
 * `style` builds the certificate's text styles from its fonts.
 */
export async function startCertificate(input: {
  /** Whom it certifies, for the document's title ("Giấy chứng nhận – …"). */
  name: string;
  organizerName: string | null;
  awardName: string;
  awardTitle: string;
  lang: UiLanguage;
  now: Date;
}): Promise<{
  document: PDFDocument;
  composer: PdfComposer;
  style: (
    font: 'serif' | 'serifBold' | 'serifItalic',
    size: number,
    color?: TextStyle['color'],
  ) => TextStyle;
}> {
  const labels = RESULTS_LABELS[input.lang].certificate;
  const { document, fonts } = await createPdf(
    {
      title: `${labels.heading} – ${input.name}`,
      author: nfc(input.organizerName ?? input.awardName),
      subject: nfc(input.awardName),
      lang: input.lang,
      createdAt: input.now,
    },
    ['serif', 'serifBold', 'serifItalic'],
  );
  const composer = new PdfComposer(document, {
    size: A4_LANDSCAPE,
    margin: { top: 62, right: CERTIFICATE_MARGIN_X, bottom: 50, left: CERTIFICATE_MARGIN_X },
  });
  drawCertificateFrame(composer.currentPage);
  const style = (
    font: 'serif' | 'serifBold' | 'serifItalic',
    size: number,
    color = CERTIFICATE_INK,
  ): TextStyle => ({ font: fonts[font], size, color, leading: 1.3 });
  const center = { align: 'center' as const };
  const organizer = nfc(input.organizerName ?? '').trim() || labels.organizerFallback;
  composer.paragraph(organizer.toLocaleUpperCase('vi'), style('serifBold', 13), {
    ...center,
    spaceAfter: 2,
  });
  composer.paragraph(nfc(input.awardTitle), style('serif', 13), center);
  composer.paragraph(labels.heading, style('serifBold', 36, CERTIFICATE_CRIMSON), {
    ...center,
    spaceBefore: 14,
    spaceAfter: 4,
  });
  return { document, composer, style };
}

/** The double border every certificate (a work's, a collective's) is drawn in. */
export function drawCertificateFrame(page: PDFPage): void {
  const [width, height] = A4_LANDSCAPE;
  page.drawRectangle({
    x: 18,
    y: 18,
    width: width - 36,
    height: height - 36,
    borderColor: CERTIFICATE_CRIMSON,
    borderWidth: 3,
  });
  page.drawRectangle({
    x: 26,
    y: 26,
    width: width - 52,
    height: height - 52,
    borderColor: GOLD,
    borderWidth: 1,
  });
}

/**
 * The number, date and signature block, at a fixed place at the bottom whatever came above it: the
 * certificate's number on the left ("Số: 12-GCN/BTCTU"); on the right the date as Party documents
 * date themselves ("Hà Nội, ngày 13 tháng 01 năm 2021"), the body signing, the signer's title lines,
 * room for the signature and seal, and the signer's name.
 */
export function drawCertificateSignature(
  composer: PdfComposer,
  award: { publishedAt: Date | null },
  issuer: CertificateIssuer,
  text: { lang: UiLanguage; now: Date; signatory: string; number: string },
  styles: { date: TextStyle; signatory: TextStyle },
): void {
  const blockWidth = 360;
  const block = {
    align: 'center' as const,
    left: composer.contentWidth - blockWidth,
    width: blockWidth,
  };
  const top = Math.min(composer.cursor - 10, CERTIFICATE_SIGNATURE_TOP);
  if (issuer.number) {
    composer.moveTo(top);
    composer.paragraph(`${text.number}: ${issuer.number}`, styles.date, {
      align: 'left',
      width: composer.contentWidth - blockWidth - 10,
    });
  }
  composer.moveTo(top);
  const dateLine = formalDateLine(award.publishedAt ?? text.now, issuer.place, text.lang);
  composer.paragraph(dateLine, styles.date, block);
  composer.paragraph(text.signatory, styles.signatory, block);
  // The signer's title is Vietnamese wording of the award's own; an English copy keeps the body line.
  if (text.lang === 'vi')
    for (const line of issuer.signerTitle.normalize('NFC').split('\n').filter(Boolean))
      composer.paragraph(line.trim(), styles.signatory, block);
  if (issuer.signerName) {
    composer.space(30);
    composer.paragraph(issuer.signerName.normalize('NFC'), styles.signatory, block);
  }
}
