import type { AwardLevel, UiLanguage } from '@press-award/contracts';
import { documentPlace, formalDateLine } from '@press-award/domain';
import { rgb, type PDFPage } from 'pdf-lib';
import { A4_LANDSCAPE, type PdfComposer, type TextStyle } from './pdf/pdf-composer';

export const CERTIFICATE_INK = rgb(0.1, 0.1, 0.1);
export const CERTIFICATE_CRIMSON = rgb(0.62, 0.07, 0.09);
const GOLD = rgb(0.72, 0.55, 0.2);
/** Where the date and signature block starts (from the bottom of the page), unless the text runs lower. */
export const CERTIFICATE_SIGNATURE_TOP = 150;

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
 * The date and signature block, at a fixed place at the bottom right whatever came above it. As
 * Party documents date themselves: "Hà Nội, ngày 13 tháng 01 năm 2021", at the award's place.
 */
export function drawCertificateSignature(
  composer: PdfComposer,
  award: { place: string | null; level: AwardLevel; publishedAt: Date | null },
  text: { lang: UiLanguage; now: Date; signatory: string },
  styles: { date: TextStyle; signatory: TextStyle },
): void {
  const blockWidth = 360;
  const block = {
    align: 'center' as const,
    left: composer.contentWidth - blockWidth,
    width: blockWidth,
  };
  composer.moveTo(Math.min(composer.cursor - 10, CERTIFICATE_SIGNATURE_TOP));
  const dateLine = formalDateLine(
    award.publishedAt ?? text.now,
    documentPlace({ place: award.place, level: award.level }),
    text.lang,
  );
  composer.paragraph(dateLine, styles.date, block);
  composer.paragraph(text.signatory, styles.signatory, block);
}
