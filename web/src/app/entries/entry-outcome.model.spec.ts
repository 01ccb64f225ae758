import type { EntryOutcome, EntryProvenance, UiLanguage } from '@press-award/contracts';
import { en } from '../core/i18n/dictionary.en';
import { vi } from '../core/i18n/dictionary.vi';
import { interpolate } from '../core/i18n/i18n.service';
import {
  outcomeView,
  provenanceDetail,
  provenanceText,
  type Translate,
} from './entry-outcome.model';

function dictionary(lang: UiLanguage): Translate {
  const texts = lang === 'vi' ? vi : en;
  return { t: (key, params) => interpolate(texts[key], params) };
}

function outcomeFactory(overrides: Partial<EntryOutcome> = {}): EntryOutcome {
  return {
    tierCode: 'A',
    tierLabel: 'Giải A',
    topicPrizes: [],
    standing: 'awarded',
    certificateAvailable: true,
    ...overrides,
  };
}

function provenanceFactory(overrides: Partial<EntryProvenance> = {}): EntryProvenance {
  return {
    awardId: '5b000000-0000-4000-8000-000000002020',
    awardName: 'Giải báo chí về xây dựng Đảng tỉnh Bình Định năm 2020',
    entryId: 'e1',
    receiptNumber: '2020-5B00-00001',
    tierCode: 'A',
    tierLabel: 'Giải A',
    // 5 January 2021, 00:30 in Vietnam: still the 4th in UTC, so the date must be taken in Vietnam time.
    forwardedAt: '2021-01-04T17:30:00Z',
    ...overrides,
  };
}

describe(outcomeView.name, () => {
  const t = dictionary('vi');

  it('should show nothing without an outcome (before publication, or no prize)', () => {
    expect(outcomeView(null, t)).toBeNull();
    expect(outcomeView(undefined, t)).toBeNull();
  });

  it('should never invent a prize from an outcome that names none', () => {
    expect(
      outcomeView(outcomeFactory({ tierCode: null, tierLabel: null, topicPrizes: [] }), t),
    ).toBeNull();
  });

  it('should show the tier label on the chip and offer the certificate while the prize stands', () => {
    expect(outcomeView(outcomeFactory(), t)).toEqual({
      standing: 'awarded',
      chip: 'Giải A',
      detail: null,
      certificate: true,
    });
  });

  it('should list the topic prizes beside the tier, or on the chip when there is no tier', () => {
    const topics = [
      { code: 'TRE', label: 'Tác giả trẻ' },
      { code: 'DAI_HOI', label: 'Đại hội Đảng' },
    ];
    expect(outcomeView(outcomeFactory({ topicPrizes: topics }), t)).toMatchObject({
      chip: 'Giải A',
      detail: 'Giải chuyên đề: Tác giả trẻ; Đại hội Đảng',
    });
    expect(
      outcomeView(outcomeFactory({ tierCode: null, tierLabel: null, topicPrizes: topics }), t),
    ).toMatchObject({ chip: 'Giải chuyên đề: Tác giả trẻ; Đại hội Đảng', detail: null });
  });

  it('should not say "Giải chuyên đề" twice when a topic prize is named that way', () => {
    const topics = [
      { code: 'LY_LUAN', label: 'Giải chuyên đề Lý luận xây dựng Đảng' },
      { code: 'TRE', label: 'Tác giả trẻ' },
    ];
    expect(
      outcomeView(
        outcomeFactory({ tierCode: null, tierLabel: null, topicPrizes: topics.slice(0, 1) }),
        t,
      ),
    ).toMatchObject({
      standing: 'awarded',
      chip: 'Giải chuyên đề Lý luận xây dựng Đảng',
      certificate: true,
    });
    expect(outcomeView(outcomeFactory({ topicPrizes: topics }), t)?.detail).toBe(
      'Giải chuyên đề Lý luận xây dựng Đảng; Giải chuyên đề: Tác giả trẻ',
    );
  });

  it('should follow the server on the certificate of a standing prize', () => {
    expect(outcomeView(outcomeFactory({ certificateAvailable: false }), t)?.certificate).toBe(
      false,
    );
  });

  it('should say "Thu hồi giải" for a revoked prize, keep what it was, and never offer a certificate', () => {
    const view = outcomeView(
      outcomeFactory({
        tierCode: 'KK',
        tierLabel: 'Giải Khuyến khích',
        topicPrizes: [{ code: 'TRE', label: 'Tác giả trẻ' }],
        standing: 'revoked',
        // Even if a stale answer claimed one, a revoked prize has no certificate.
        certificateAvailable: true,
      }),
      t,
    );
    expect(view).toEqual({
      standing: 'revoked',
      chip: 'Thu hồi giải',
      detail: 'Giải Khuyến khích · Giải chuyên đề: Tác giả trẻ',
      certificate: false,
    });
  });

  it('should say "Đã rút" for a withdrawn work', () => {
    expect(
      outcomeView(outcomeFactory({ standing: 'withdrawn', certificateAvailable: false }), t),
    ).toMatchObject({
      standing: 'withdrawn',
      chip: 'Đã rút',
      detail: 'Giải A',
      certificate: false,
    });
  });

  it('should speak English when asked', () => {
    const english = dictionary('en');
    expect(outcomeView(outcomeFactory({ standing: 'revoked' }), english)?.chip).toBe(
      'Prize revoked',
    );
    expect(outcomeView(outcomeFactory({ standing: 'withdrawn' }), english)?.chip).toBe('Withdrawn');
    expect(
      outcomeView(outcomeFactory({ topicPrizes: [{ code: 'TRE', label: 'Tác giả trẻ' }] }), english)
        ?.detail,
    ).toBe('Topic prizes: Tác giả trẻ');
  });
});

describe(provenanceText.name, () => {
  it('should say where a forwarded work came from and with which prize', () => {
    expect(provenanceText(provenanceFactory(), dictionary('vi'))).toBe(
      'Được chuyển từ Giải báo chí về xây dựng Đảng tỉnh Bình Định năm 2020 – Giải A',
    );
    expect(provenanceText(provenanceFactory(), dictionary('en'))).toBe(
      'Forwarded from Giải báo chí về xây dựng Đảng tỉnh Bình Định năm 2020 – Giải A',
    );
  });

  it('should leave out a missing tier rather than print a dangling dash', () => {
    expect(
      provenanceText(provenanceFactory({ tierCode: null, tierLabel: null }), dictionary('vi')),
    ).toBe('Được chuyển từ Giải báo chí về xây dựng Đảng tỉnh Bình Định năm 2020');
  });

  it('should show nothing for a work that was not forwarded', () => {
    expect(provenanceText(null, dictionary('vi'))).toBeNull();
    expect(provenanceText(undefined, dictionary('vi'))).toBeNull();
    expect(provenanceDetail(null, dictionary('vi'))).toBeNull();
  });
});

describe(provenanceDetail.name, () => {
  it('should give the source receipt number and the forwarding date in Vietnam time (dd/MM/yyyy)', () => {
    expect(provenanceDetail(provenanceFactory(), dictionary('vi'))).toBe(
      'Số biên nhận tại giải gốc: 2020-5B00-00001; chuyển ngày 05/01/2021',
    );
    expect(provenanceDetail(provenanceFactory({ receiptNumber: null }), dictionary('en'))).toBe(
      'Forwarded on 05/01/2021',
    );
  });
});
