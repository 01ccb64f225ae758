import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatNumber,
  isoToVietnamLocal,
  toOrdinal,
  toRoman,
  vietnamLocalToIso,
} from './format';

describe('format', () => {
  describe(formatDate.name, () => {
    it('should show a calendar date as dd/MM/yyyy without shifting it through a time zone', () => {
      expect(formatDate('2020-10-31')).toBe('31/10/2020');
      expect(formatDate('2019-11-01')).toBe('01/11/2019');
    });

    it('should show a moment as its date in Vietnam time', () => {
      // 20:00 UTC on 10 Nov is 03:00 on 11 Nov in Hanoi.
      expect(formatDate('2020-11-10T20:00:00Z')).toBe('11/11/2020');
      expect(formatDate('2020-11-10T17:00:00+07:00')).toBe('10/11/2020');
    });

    it('should show nothing for missing or invalid input', () => {
      expect(formatDate(null)).toBe('');
      expect(formatDate('')).toBe('');
      expect(formatDate('not a date')).toBe('');
    });
  });

  describe(formatDateTime.name, () => {
    it('should show dd/MM/yyyy HH:mm in Vietnam time, 24-hour clock', () => {
      expect(formatDateTime('2020-11-10T10:00:00Z')).toBe('10/11/2020 17:00');
      expect(formatDateTime('2021-01-12T17:30:00Z')).toBe('13/01/2021 00:30');
    });
  });

  describe(formatMoney.name, () => {
    it('should use Vietnamese digit grouping and the dong sign', () => {
      expect(formatMoney(300_000_000)).toBe('300.000.000 ₫');
      expect(formatMoney(0)).toBe('0 ₫');
    });

    it('should show nothing when there is no amount', () => {
      expect(formatMoney(null)).toBe('');
      expect(formatMoney(undefined)).toBe('');
    });
  });

  it('should use a comma for decimals in numbers', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });

  it('should show file sizes in the units the rules use', () => {
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(4096 * 1024 * 1024)).toBe('4 GB');
    expect(formatBytes(1536 * 1024 * 1024)).toBe('1,5 GB');
    expect(formatBytes(1000 * 1024 * 1024 + 1)).toBe('1.000 MB');
  });

  it('should write editions in Roman numerals and English ordinals', () => {
    expect([1, 4, 5, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'V', 'IX', 'XIV', 'XL']);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(toOrdinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd',
    ]);
  });

  it('should turn a Vietnam wall-clock time into ISO with +07:00 and back', () => {
    expect(vietnamLocalToIso('2020-11-10T17:00')).toBe('2020-11-10T17:00:00+07:00');
    expect(isoToVietnamLocal('2020-11-10T17:00:00+07:00')).toBe('2020-11-10T17:00');
    expect(isoToVietnamLocal('2020-11-10T10:00:00Z')).toBe('2020-11-10T17:00');
    expect(vietnamLocalToIso('garbage')).toBe('garbage');
  });

  it('should write durations as m:ss or h:mm:ss', () => {
    expect(formatDuration(1)).toBe('0:01');
    expect(formatDuration(65.4)).toBe('1:05');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(null)).toBe('');
    expect(formatDuration(-1)).toBe('');
  });
});
