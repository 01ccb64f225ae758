import { describe, expect, it } from '@jest/globals';
import { complaintOutcomeMail, outcomeMail, prizeNames } from './templates';

describe(prizeNames.name, () => {
  it('should name a tier, topic prizes or both, and nothing for no prize', () => {
    expect(prizeNames('Giải A')).toEqual({ vi: 'Giải A', en: 'Giải A' });
    expect(prizeNames(null, ['Tác giả cao tuổi'])).toEqual({
      vi: 'Giải chuyên đề Tác giả cao tuổi',
      en: 'the topic prize Tác giả cao tuổi',
    });
    expect(prizeNames('Giải B', ['Tác giả trẻ', 'Giải chuyên đề Lý luận'])).toEqual({
      vi: 'Giải B, Giải chuyên đề Tác giả trẻ và Giải chuyên đề Lý luận',
      en: 'Giải B and the topic prizes Tác giả trẻ and Giải chuyên đề Lý luận',
    });
    expect(prizeNames(null, [])).toBeNull();
  });
});

describe(outcomeMail.name, () => {
  const base = {
    to: 'pv@example.vn',
    fullName: 'Nguyễn Văn An',
    awardName: 'Giải Búa liềm vàng',
    entryTitle: 'Bản Ếch',
    link: 'https://example.vn/r',
  };

  it('should congratulate a work that won only a topic prize, never tell it it won nothing', () => {
    const mail = outcomeMail({ ...base, tierLabel: null, topicPrizeLabels: ['Tác giả cao tuổi'] });
    expect(mail.text).toContain(
      'Chúc mừng: tác phẩm "Bản Ếch" đạt Giải chuyên đề Tác giả cao tuổi.',
    );
    expect(mail.text).not.toContain('không đạt giải');
    expect(mail.text).not.toContain('did not win');
  });

  it('should tell a work without any prize so', () => {
    const mail = outcomeMail({ ...base, tierLabel: null });
    expect(mail.text).toContain('Tác phẩm "Bản Ếch" không đạt giải lần này.');
    expect(mail.text).not.toContain('Chúc mừng');
  });
});

describe(complaintOutcomeMail.name, () => {
  it('should name the topic prize a complaint was about, as well as the tier', () => {
    const mail = complaintOutcomeMail({
      to: 'pv@example.vn',
      fullName: 'Nguyễn Văn An',
      awardName: 'Giải Búa liềm vàng',
      entryTitle: 'Bản Ếch',
      tierLabel: null,
      topicPrizeLabels: ['Tác giả trẻ'],
      outcome: 'revoked',
      link: 'https://example.vn/r',
    });
    expect(mail.text).toContain(
      'tác phẩm "Bản Ếch" (Giải chuyên đề Tác giả trẻ): giải thưởng của tác phẩm bị thu hồi.',
    );
    expect(mail.text).toContain(
      '"Bản Ếch" (the topic prize Tác giả trẻ): the prize of the work is revoked.',
    );
  });
});
