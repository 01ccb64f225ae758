import type { AwardLevel, CollectivePrizeTier, UiLanguage } from '@press-award/contracts';
import { awardTitle } from '@press-award/domain';
import {
  CERTIFICATE_CRIMSON,
  CERTIFICATE_SIGNATURE_TOP,
  drawCertificateSignature,
  startCertificate,
  type CertificateIssuer,
} from './certificate-frame';
import { nfc } from './export-format';
import { lineHeight } from './pdf/pdf-composer';
import { fitBlock, fitText } from './pdf/text-layout';
import { RESULTS_LABELS } from './results-labels';

/** What a collective's certificate is built from: plain data, so it can cross to the PDF worker. */
export interface CollectiveCertificateInput {
  award: {
    name: string;
    edition: number;
    year: number;
    organizerName: string | null;
    level: AwardLevel;
    place: string | null;
    publishedAt: Date | null;
  };
  prize: { organizationName: string; tierCode: CollectivePrizeTier; citation: string };
  issuer: CertificateIssuer;
  lang: UiLanguage;
  now: Date;
}

/** The words only a collective's certificate prints; the rest is the works' certificate's. */
export const COLLECTIVE_CERTIFICATE_LABELS: Record<
  UiLanguage,
  {
    certifies: string;
    tier: Record<CollectivePrizeTier, string>;
    fileStem: string;
    fileTitle: string;
  }
> = {
  vi: {
    certifies: 'Chứng nhận tập thể',
    tier: { collective_prize: 'Giải tập thể', merit: 'Bằng khen', commendation: 'Giấy khen' },
    fileStem: 'giay-chung-nhan-tap-the',
    fileTitle: 'Giấy chứng nhận tập thể',
  },
  en: {
    certifies: 'This certifies that',
    tier: {
      collective_prize: 'Collective prize',
      merit: 'Certificate of merit',
      commendation: 'Certificate of commendation',
    },
    fileStem: 'collective-certificate',
    fileTitle: 'Collective certificate',
  },
};

/**
 * A collective's certificate (giấy chứng nhận tập thể): one A4 landscape page in the works'
 * certificate frame — the organizer, the award, the unit honoured, the prize, the citation, the
 * place and date of publication. Who may have one is `CollectivePrizesService`'s rule.
 */
export async function buildCollectiveCertificate({
  award,
  prize,
  issuer,
  lang,
  now,
}: CollectiveCertificateInput): Promise<Buffer> {
  const labels = RESULTS_LABELS[lang].certificate;
  const own = COLLECTIVE_CERTIFICATE_LABELS[lang];
  const organization = nfc(prize.organizationName);
  const { document, composer, style } = await startCertificate({
    name: organization,
    organizerName: award.organizerName,
    awardName: award.name,
    awardTitle: awardTitle(award),
    lang,
    now,
  });
  const center = { align: 'center' as const };
  composer.paragraph(own.certifies, style('serifItalic', 14), { ...center, spaceAfter: 6 });

  // A long name shrinks rather than pushing the signature off the page; it is never cut.
  const name = fitText(
    organization.toLocaleUpperCase('vi'),
    composer.contentWidth,
    2,
    [24, 22, 20, 18, 16, 14, 12],
    (text, size) => composer.measure(text, style('serifBold', size)),
  );
  composer.paragraph(name.lines.join('\n'), style('serifBold', name.size), {
    ...center,
    spaceAfter: 10,
  });
  const prizeStyle = style('serifBold', 22, CERTIFICATE_CRIMSON);
  composer.paragraph(
    `${labels.won} ${own.tier[prize.tierCode].toLocaleUpperCase('vi')}`,
    prizeStyle,
    { ...center, spaceAfter: 8 },
  );

  // The citation gets the height left above the signature block, smaller as it grows.
  const budget = composer.cursor - CERTIFICATE_SIGNATURE_TOP - 12;
  const citation = fitBlock(
    [{ paragraphs: nfc(prize.citation).split(/\r?\n/).filter(Boolean) }],
    composer.contentWidth - 40,
    budget,
    [14, 13, 12, 11, 10, 9, 8],
    (text, size) => composer.measure(text, style('serifItalic', size)),
    1.3,
  );
  composer.paragraph(citation.lines.join('\n'), style('serifItalic', citation.size), {
    ...center,
    left: 20,
    width: composer.contentWidth - 40,
    spaceAfter: lineHeight(prizeStyle) / 4,
  });

  drawCertificateSignature(
    composer,
    { publishedAt: award.publishedAt },
    issuer,
    { lang, now, signatory: labels.signatory, number: labels.number },
    { date: style('serifItalic', 13), signatory: style('serifBold', 13) },
  );
  return Buffer.from(await document.save());
}
