import type {
  AuthorRole,
  AwardLevel,
  AwardStatus,
  PrizeStanding,
  PrizeTier,
  TopicPrize,
  UiLanguage,
} from '@press-award/contracts';
import { awardTitle } from '@press-award/domain';
import { rgb } from 'pdf-lib';
import {
  CERTIFICATE_CRIMSON as CRIMSON,
  CERTIFICATE_SIGNATURE_TOP as SIGNATURE_TOP,
  drawCertificateSignature,
  startCertificate,
  type CertificateIssuer,
} from './certificate-frame';
import { authorText, nfc, topicPrizeHeading, topicPrizeLabels } from './export-format';
import { lineHeight } from './pdf/pdf-composer';
import { fitBlock, fitText } from './pdf/text-layout';
import { RESULTS_LABELS } from './results-labels';

/** The certificate's entry, award and prize, as one query returns them. */
export interface CertificateRow {
  id: string;
  award_id: string;
  title: string;
  code: string | null;
  receipt_number: string | null;
  category_name: string;
  award_name: string;
  award_edition: number;
  award_year: number;
  organizer_name: string | null;
  award_level: AwardLevel;
  award_place: string | null;
  award_status: AwardStatus;
  published_at: Date | null;
  prize_tiers: PrizeTier[];
  award_topic_prizes: TopicPrize[];
  tier_code: string | null;
  topic_prizes: string[] | null;
  standing: PrizeStanding | null;
  authors:
    | {
        fullName: string;
        penName: string | null;
        role: AuthorRole | null;
        organizationName: string | null;
      }[]
    | null;
}

/** What a certificate is built from: plain data, so it can cross to the PDF worker. */
export interface CertificateInput {
  row: CertificateRow;
  issuer: CertificateIssuer;
  lang: UiLanguage;
  /** The document's creation date (and its date line, should the award have no publication date). */
  now: Date;
}

/**
 * The winner's certificate (giấy chứng nhận): one A4 landscape page. Who may have one is
 * `CertificateService`'s rule; this only draws it.
 */
export async function buildCertificate({
  row,
  issuer,
  lang,
  now,
}: CertificateInput): Promise<Buffer> {
  const labels = RESULTS_LABELS[lang].certificate;
  const all = RESULTS_LABELS[lang];
  const title = nfc(row.title);
  const { document, composer, style } = await startCertificate({
    name: title,
    organizerName: row.organizer_name,
    awardName: row.award_name,
    awardTitle: awardTitle({
      name: row.award_name,
      edition: row.award_edition,
      year: row.award_year,
    }),
    lang,
    now,
  });
  const page = composer.currentPage;
  const center = { align: 'center' as const };
  composer.paragraph(labels.certifies, style('serifItalic', 14), { ...center, spaceAfter: 6 });

  // A long title shrinks rather than pushing the signature off the page; it is never cut.
  const fitted = fitText(
    `“${title}”`,
    composer.contentWidth,
    2,
    [22, 20, 18, 16, 14, 12],
    (text, size) => composer.measure(text, style('serifBold', size)),
  );
  composer.paragraph(fitted.lines.join('\n'), style('serifBold', fitted.size), {
    ...center,
    spaceAfter: 8,
  });

  const authors = (row.authors ?? []).map((author) => ({
    ...author,
    fullName: nfc(author.fullName),
    penName: nfc(author.penName),
  }));
  const agencies = [
    ...new Set(authors.map((author) => nfc(author.organizationName ?? '').trim()).filter(Boolean)),
  ];
  const tierLabel = row.tier_code
    ? nfc(row.prize_tiers.find((tier) => tier.code === row.tier_code)?.label ?? row.tier_code)
    : null;
  // Each topic prize by its name ("Giải chuyên đề: Tác giả trẻ"); a work may have won it alone.
  const topics = topicPrizeLabels(row.topic_prizes ?? [], row.award_topic_prizes).map((label) =>
    topicPrizeHeading(label, labels.topicPrizes),
  );

  // The authors get the height left once the lines below them and the signature block are counted:
  // one author per line when they fit, otherwise one paragraph, smaller as the team grows.
  const body = style('serif', 13);
  const below =
    (agencies.length ? lineHeight(body) + 2 : 0) +
    lineHeight(body) +
    10 +
    lineHeight(style('serifBold', 22)) +
    4 +
    (tierLabel && topics.length ? lineHeight(body) : 0);
  const budget = composer.cursor - below - SIGNATURE_TOP - 12;
  const entries = authors.map((author) => authorText(author, all, true));
  const layouts =
    entries.length === 1
      ? [{ paragraphs: [`${labels.author}: ${entries[0]}`] }]
      : [
          { paragraphs: [`${labels.authors}:`, ...entries], singleLines: true },
          { paragraphs: [`${labels.authors}: ${entries.join('; ')}`] },
        ];
  const block = fitBlock(
    layouts,
    composer.contentWidth,
    budget,
    [14, 13, 12, 11, 10, 9, 8],
    (text, size) => composer.measure(text, style('serif', size)),
    1.3,
  );
  composer.paragraph(block.lines.join('\n'), style('serif', block.size), {
    ...center,
    spaceAfter: 2,
  });
  if (agencies.length)
    composer.paragraph(`${labels.agency}: ${agencies.join('; ')}`, body, {
      ...center,
      spaceAfter: 2,
    });
  composer.paragraph(`${labels.category}: ${nfc(row.category_name)}`, body, {
    ...center,
    spaceAfter: 10,
  });

  const prize = tierLabel ?? topics.join('; ');
  composer.paragraph(
    `${labels.won} ${prize.toLocaleUpperCase('vi')}`,
    style('serifBold', 22, CRIMSON),
    { ...center, spaceAfter: 4 },
  );
  if (tierLabel && topics.length)
    composer.paragraph(topics.join('; '), style('serifBold', 13), center);

  drawCertificateSignature(
    composer,
    { publishedAt: row.published_at },
    issuer,
    { lang, now, signatory: labels.signatory, number: labels.number },
    { date: style('serifItalic', 13), signatory: style('serifBold', 13) },
  );

  const reference = [
    row.receipt_number ? `${labels.receiptNumber}: ${row.receipt_number}` : null,
    row.code ? `${labels.code}: ${row.code}` : null,
  ]
    .filter(Boolean)
    .join('   ·   ');
  if (reference) {
    const referenceStyle = style('serif', 8, rgb(0.35, 0.35, 0.35));
    page.drawText(reference, {
      x: 40,
      y: 36 + lineHeight(referenceStyle) - referenceStyle.size,
      size: referenceStyle.size,
      font: referenceStyle.font,
      color: referenceStyle.color,
    });
  }
  return Buffer.from(await document.save());
}
