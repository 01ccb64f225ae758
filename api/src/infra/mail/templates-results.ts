/** Mails about published results: each entry's outcome and complaint outcomes. */
import type { OutgoingMail } from './mail.service';

/** "A", "A và B", "A, B và C" (or "and" in English). */
function listOf(items: string[], and: string): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const TOPIC_PRIZE_WORDS = 'Giải chuyên đề';

/**
 * What a work won, in words: the tier and each topic prize ("Giải A và Giải chuyên đề Tác giả cao
 * tuổi"), or null for no prize. A topic prize whose label already says "Giải chuyên đề" is not
 * prefixed twice.
 */
export function prizeNames(
  tierLabel: string | null,
  topicPrizeLabels: readonly string[] = [],
): { vi: string; en: string } | null {
  if (!tierLabel && topicPrizeLabels.length === 0) return null;
  const topicsVi = topicPrizeLabels.map((label) =>
    label
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .startsWith(TOPIC_PRIZE_WORDS.toLocaleLowerCase('vi'))
      ? label
      : `${TOPIC_PRIZE_WORDS} ${label}`,
  );
  const topicsEn = topicPrizeLabels.length
    ? `the topic ${topicPrizeLabels.length === 1 ? 'prize' : 'prizes'} ${listOf([...topicPrizeLabels], 'and')}`
    : null;
  return {
    vi: listOf([...(tierLabel ? [tierLabel] : []), ...topicsVi], 'và'),
    en: [tierLabel, topicsEn].filter(Boolean).join(' and '),
  };
}

/** The outcome of one entry, sent when the results are published: a tier, topic prizes, both, or no prize. */
export function outcomeMail(input: {
  to: string;
  fullName: string;
  awardName: string;
  entryTitle: string;
  tierLabel: string | null;
  topicPrizeLabels?: readonly string[];
  link: string;
}): OutgoingMail {
  const prize = prizeNames(input.tierLabel, input.topicPrizeLabels);
  return {
    to: input.to,
    template: 'outcome',
    subject: `Kết quả ${input.awardName} / Results`,
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      prize
        ? `Chúc mừng: tác phẩm "${input.entryTitle}" đạt ${prize.vi}.`
        : `Tác phẩm "${input.entryTitle}" không đạt giải lần này. Cảm ơn Ông/Bà đã tham gia.`,
      `Kết quả: ${input.link}`,
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      prize
        ? `Congratulations: "${input.entryTitle}" won ${prize.en}.`
        : `"${input.entryTitle}" did not win a prize this time. Thank you for taking part.`,
      `Results: ${input.link}`,
    ].join('\n'),
  };
}

const COMPLAINT_OUTCOMES: Record<
  'dismissed' | 'withdrawn' | 'revoked',
  { vi: string; en: string }
> = {
  dismissed: {
    vi: 'không có căn cứ; kết quả của tác phẩm được giữ nguyên',
    en: 'dismissed; the result of the entry stands',
  },
  withdrawn: { vi: 'tác phẩm bị rút khỏi giải', en: 'the work is withdrawn from the award' },
  revoked: { vi: 'giải thưởng của tác phẩm bị thu hồi', en: 'the prize of the work is revoked' },
};

/**
 * How a complaint against a published result was resolved. The organizers' note stays with them and
 * in the audit trail: it may name the complainant, so the author hears the outcome, not the file.
 */
export function complaintOutcomeMail(input: {
  to: string;
  fullName: string;
  awardName: string;
  entryTitle: string;
  tierLabel: string | null;
  topicPrizeLabels?: readonly string[];
  outcome: 'dismissed' | 'withdrawn' | 'revoked';
  link: string;
}): OutgoingMail {
  const outcome = COMPLAINT_OUTCOMES[input.outcome];
  const names = prizeNames(input.tierLabel, input.topicPrizeLabels);
  return {
    to: input.to,
    template: `complaint-${input.outcome}`,
    subject: `Kết quả giải quyết khiếu nại – ${input.awardName} / Complaint resolved`,
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      `Ban Tổ chức ${input.awardName} đã giải quyết khiếu nại liên quan đến tác phẩm "${input.entryTitle}"${names ? ` (${names.vi})` : ''}: ${outcome.vi}.`,
      'Mọi thắc mắc xin liên hệ Ban Tổ chức.',
      `Kết quả giải: ${input.link}`,
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      `The organizers of ${input.awardName} have resolved a complaint about "${input.entryTitle}"${names ? ` (${names.en})` : ''}: ${outcome.en}.`,
      'Please contact the organizers with any questions.',
      `Results: ${input.link}`,
    ].join('\n'),
  };
}
