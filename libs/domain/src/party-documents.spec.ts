import {
  documentReference,
  effectiveInstitution,
  formatDong,
  issuerKey,
  issuingPlace,
  splitPrize,
} from './party-documents';

describe('effectiveInstitution', () => {
  it('reads the Central Organization Commission as BCH TW / Ban Tổ chức, BTCTW', () => {
    expect(
      effectiveInstitution({ organizerName: 'Ban Tổ chức Trung ương', level: 'national' }),
    ).toMatchObject({
      parentBody: 'BAN CHẤP HÀNH TRUNG ƯƠNG',
      issuingBody: 'BAN TỔ CHỨC',
      symbol: 'BTCTW',
    });
  });

  it('reads a provincial organization commission under its Tỉnh ủy, BTCTU', () => {
    expect(
      effectiveInstitution({ organizerName: 'Ban Tổ chức Tỉnh ủy Bình Định', level: 'provincial' }),
    ).toMatchObject({
      parentBody: 'TỈNH ỦY BÌNH ĐỊNH',
      issuingBody: 'BAN TỔ CHỨC',
      symbol: 'BTCTU',
    });
    expect(
      effectiveInstitution({ organizerName: 'Ban Tổ chức Thành ủy Hà Nội', level: 'provincial' })
        .parentBody,
    ).toBe('THÀNH ỦY HÀ NỘI');
  });

  it('prefers the award’s own setting, and prints an unknown organizer as it is', () => {
    const own = {
      parentBody: 'X',
      issuingBody: 'Y',
      symbol: 'Z',
      signerTitle: 'T',
      signerName: 'N',
      prizeSplit: 'none' as const,
    };
    expect(
      effectiveInstitution({
        organizerName: 'Ban Tổ chức Trung ương',
        level: 'national',
        institution: own,
      }),
    ).toBe(own);
    expect(
      effectiveInstitution({ organizerName: 'Hội Nhà báo tỉnh', level: 'unit' }),
    ).toMatchObject({
      parentBody: '',
      issuingBody: 'HỘI NHÀ BÁO TỈNH',
      symbol: 'BTC',
    });
  });
});

describe('issuingPlace', () => {
  it('uses the award’s place, Hà Nội for a national award, else the Tỉnh ủy’s province', () => {
    expect(
      issuingPlace({
        place: 'Quy Nhơn',
        level: 'provincial',
        organizerName: 'Ban Tổ chức Tỉnh ủy Bình Định',
      }),
    ).toBe('Quy Nhơn');
    expect(
      issuingPlace({ place: null, level: 'national', organizerName: 'Ban Tổ chức Trung ương' }),
    ).toBe('Hà Nội');
    expect(
      issuingPlace({
        place: null,
        level: 'provincial',
        organizerName: 'Ban Tổ chức Tỉnh ủy Gia Lai',
      }),
    ).toBe('Gia Lai');
    expect(issuingPlace({ place: null, level: 'unit', organizerName: 'Báo Nhân Dân' })).toBeNull();
  });
});

describe('numbering', () => {
  it('keeps two provinces’ BTCTU apart and ignores case and spacing', () => {
    const binhDinh = effectiveInstitution({
      organizerName: 'Ban Tổ chức Tỉnh ủy Bình Định',
      level: 'provincial',
    });
    const giaLai = effectiveInstitution({
      organizerName: 'Ban Tổ chức Tỉnh ủy Gia Lai',
      level: 'provincial',
    });
    expect(issuerKey(binhDinh)).not.toBe(issuerKey(giaLai));
    expect(issuerKey({ ...giaLai, parentBody: 'tỉnh  ủy gia lai' })).toBe(issuerKey(giaLai));
  });

  it('prints number, kind and symbol', () => {
    expect(documentReference(15, 'council_decision', 'BTCTW')).toBe('15-QĐ/BTCTW');
    expect(documentReference(3, 'round_minutes', 'BTCTU')).toBe('3-BB/BTCTU');
    expect(documentReference(4, 'prize_proposal', 'BTCTW')).toBe('4-TTr/BTCTW');
    expect(() => documentReference(0, 'payment_list', 'BTC')).toThrow(RangeError);
  });
});

describe('prize money', () => {
  it('formats đồng with dots', () => {
    expect(formatDong(12_500_000)).toBe('12.500.000');
    expect(formatDong(900)).toBe('900');
    expect(formatDong(0)).toBe('0');
  });

  it('splits equally in thousands, the remainder to the first author, adding up to the prize', () => {
    expect(splitPrize(10_000_000, 3, 'equal')).toEqual([3_334_000, 3_333_000, 3_333_000]);
    expect(splitPrize(10_000_000, 3, 'equal').reduce((a, b) => a + b, 0)).toBe(10_000_000);
    expect(splitPrize(7_000_000, 1, 'equal')).toEqual([7_000_000]);
    expect(splitPrize(7_000_000, 2, 'none')).toEqual([7_000_000, 0]);
    expect(splitPrize(5_000_000, 0, 'equal')).toEqual([]);
    expect(() => splitPrize(-1, 2, 'equal')).toThrow(RangeError);
  });
});
