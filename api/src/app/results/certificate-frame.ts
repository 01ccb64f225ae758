import type { UiLanguage } from '@press-award/contracts';
import { formalDateLine } from '@press-award/domain';
import { rgb, type PDFPage } from 'pdf-lib';
import { A4_LANDSCAPE, type PdfComposer, type TextStyle } from './pdf/pdf-composer';

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
