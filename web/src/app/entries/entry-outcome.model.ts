import type { EntryOutcome, EntryProvenance, PrizeStanding } from '@press-award/contracts';
import { formatDate } from '../core/format/format';
import type { I18nService } from '../core/i18n/i18n.service';

/** The lookups the display needs; the real I18nService, or a dictionary in tests. */
export type Translate = Pick<I18nService, 't'>;

/** How an entry's prize shows on "Tác phẩm của tôi", the entry and its receipt. */
export interface OutcomeView {
  standing: PrizeStanding;
  /** The chip: the prize while it stands ("Giải A"), otherwise what a complaint decided. */
  chip: string;
  /**
   * Beside the chip: the topic prizes next to a tier; for a revoked prize or withdrawn work, the
   * prize it had (struck through), so the reporter sees what was taken back.
   */
  detail: string | null;
  certificate: boolean;
}

/** A topic prize label that is already a prize's full name ("Giải chuyên đề Lý luận…"). */
const NAMED_TOPIC_PRIZE = /^giải chuyên đề(?=\s|$)/iu;

/**
 * The topic prizes in words: labels that already say "Giải chuyên đề" stand on their own, the
 * others are listed after it ("Giải chuyên đề: Tác giả trẻ; Đại hội Đảng").
 */
function topicsText(outcome: EntryOutcome, i18n: Translate): string | null {
  if (!outcome.topicPrizes.length) return null;
  const labels = outcome.topicPrizes.map((topic) => topic.label.normalize('NFC').trim());
  const named = labels.filter((label) => NAMED_TOPIC_PRIZE.test(label));
  const others = labels.filter((label) => !NAMED_TOPIC_PRIZE.test(label));
  const listed = others.length
    ? [i18n.t('outcome.topicPrizes', { topics: others.join('; ') })]
    : [];
  return [...named, ...listed].join('; ');
}

/**
 * What to show for an outcome; `null` shows nothing. The API sends `null` until the award is
 * published, so this never has to know about the embargo, only never to invent a prize.
 */
export function outcomeView(
  outcome: EntryOutcome | null | undefined,
  i18n: Translate,
): OutcomeView | null {
  if (!outcome) return null;
  const topics = topicsText(outcome, i18n);
  const prize = [outcome.tierLabel, topics].filter((part): part is string => !!part).join(' · ');
  if (!prize) return null;
  if (outcome.standing === 'awarded') {
    return {
      standing: 'awarded',
      chip: outcome.tierLabel ?? topics ?? prize,
      detail: outcome.tierLabel ? topics : null,
      certificate: outcome.certificateAvailable,
    };
  }
  return {
    standing: outcome.standing,
    chip: i18n.t(outcome.standing === 'revoked' ? 'outcome.revoked' : 'outcome.withdrawn'),
    detail: prize,
    // Only the server knows whether a certificate exists; a revoked prize never has one.
    certificate: false,
  };
}

/** "Được chuyển từ {award} – {tier}": where a forwarded work came from, and with which prize. */
export function provenanceText(
  provenance: EntryProvenance | null | undefined,
  i18n: Translate,
): string | null {
  if (!provenance) return null;
  return provenance.tierLabel
    ? i18n.t('outcome.provenance', { award: provenance.awardName, tier: provenance.tierLabel })
    : i18n.t('outcome.provenanceNoTier', { award: provenance.awardName });
}

/** The source receipt number and the forwarding date (dd/MM/yyyy, Vietnam time), for the detail views. */
export function provenanceDetail(
  provenance: EntryProvenance | null | undefined,
  i18n: Translate,
): string | null {
  if (!provenance) return null;
  const date = formatDate(provenance.forwardedAt);
  return provenance.receiptNumber
    ? i18n.t('outcome.provenanceDetail', { receipt: provenance.receiptNumber, date })
    : i18n.t('outcome.provenanceDate', { date });
}
