import {
  formatBytes,
  formatPercent,
  formatDate,
  formatDateInput,
  formatDateTime,
  formatDateTimeInput,
  formatDecimalInput,
  formatDuration,
  formatMoney,
  formatNumber,
  isoToVietnamLocal,
  parseDateInput,
  parseDateTimeInput,
  parseDecimal,
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
    it('should use the digit grouping of the UI language and the dong sign', () => {
      expect(formatMoney(300_000_000, 'vi')).toBe('300.000.000 ₫');
      expect(formatMoney(300_000_000, 'en')).toBe('300,000,000 ₫');
      expect(formatMoney(0, 'vi')).toBe('0 ₫');
    });

    it('should show nothing when there is no amount', () => {
      expect(formatMoney(null, 'vi')).toBe('');
      expect(formatMoney(undefined, 'en')).toBe('');
    });
  });

  describe(formatNumber.name, () => {
    it('should write a decimal comma in Vietnamese and a decimal point in English', () => {
      expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
      expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
      expect(formatNumber(3.75, 'vi')).toBe('3,75');
      expect(formatNumber(3.75, 'en')).toBe('3.75');
    });
  });

  it('should show file sizes in the units the rules use, numbers in the UI language', () => {
    expect(formatBytes(50 * 1024 * 1024, 'vi')).toBe('50 MB');
    expect(formatBytes(4096 * 1024 * 1024, 'vi')).toBe('4 GB');
    expect(formatBytes(1536 * 1024 * 1024, 'vi')).toBe('1,5 GB');
    expect(formatBytes(1536 * 1024 * 1024, 'en')).toBe('1.5 GB');
    expect(formatBytes(1000 * 1024 * 1024 + 1, 'vi')).toBe('1.000 MB');
    expect(formatBytes(1000 * 1024 * 1024 + 1, 'en')).toBe('1,000 MB');
    expect(formatPercent(75, 'vi')).toBe('75 %');
    expect(formatPercent(62.5, 'en')).toBe('62.5%');
    expect(formatPercent(null, 'en')).toBe('');
  });

  describe(parseDecimal.name, () => {
    it('should read a decimal comma and a decimal point in Vietnamese', () => {
      expect(parseDecimal('3,75', 'vi')).toBe(3.75);
      expect(parseDecimal('3.75', 'vi')).toBe(3.75);
      expect(parseDecimal(' 10 ', 'vi')).toBe(10);
      expect(parseDecimal(',5', 'vi')).toBe(0.5);
      expect(parseDecimal('3,', 'vi')).toBe(3);
    });

    it('should read only a decimal point in English', () => {
      expect(parseDecimal('3.75', 'en')).toBe(3.75);
      expect(parseDecimal('.5', 'en')).toBe(0.5);
      expect(parseDecimal('3,75', 'en')).toBeNaN();
    });

    it('should give null for nothing and NaN for what is not a number', () => {
      expect(parseDecimal('', 'vi')).toBeNull();
      expect(parseDecimal('   ', 'en')).toBeNull();
      expect(parseDecimal(null, 'vi')).toBeNull();
      for (const text of ['abc', '3,7,5', '3.7.5', '1.000,5', '3 75', '1e3', '0x10', '--1', '+']) {
        expect({ text, value: parseDecimal(text, 'vi') }).toEqual({ text, value: NaN });
      }
    });

    it('should read negative numbers, so the form can refuse them', () => {
      expect(parseDecimal('-1,5', 'vi')).toBe(-1.5);
      expect(parseDecimal('\u22121.5', 'en')).toBe(-1.5);
    });
  });

  describe(formatDecimalInput.name, () => {
    it('should write what a decimal input shows in the UI language, without grouping', () => {
      expect(formatDecimalInput(3.75, 'vi')).toBe('3,75');
      expect(formatDecimalInput(3.75, 'en')).toBe('3.75');
      expect(formatDecimalInput(0.1 + 0.2, 'vi')).toBe('0,3');
      expect(formatDecimalInput(1234.0625, 'en')).toBe('1234.0625');
      expect(formatDecimalInput(null, 'vi')).toBe('');
      expect(formatDecimalInput(NaN, 'vi')).toBe('');
    });

    it('should read back what it writes', () => {
      for (const value of [0, 0.25, 3.75, 9.5, 10, 1234.0625]) {
        expect(parseDecimal(formatDecimalInput(value, 'vi'), 'vi')).toBe(value);
        expect(parseDecimal(formatDecimalInput(value, 'en'), 'en')).toBe(value);
      }
    });
  });

  describe(parseDateInput.name, () => {
    it('should read dd/MM/yyyy as the calendar date the API takes', () => {
      expect(parseDateInput('19/05/2020')).toBe('2020-05-19');
      expect(parseDateInput('1/5/2020')).toBe('2020-05-01');
      expect(parseDateInput(' 31.12.2020 ')).toBe('2020-12-31');
      expect(parseDateInput('29-02-2024')).toBe('2024-02-29');
      expect(parseDateInput('19052020')).toBe('2020-05-19');
    });

    it('should read an ISO date too', () => {
      expect(parseDateInput('2020-05-19')).toBe('2020-05-19');
    });

    it('should never read day and month the American way', () => {
      expect(parseDateInput('05/19/2020')).toBe('05/19/2020');
    });

    it('should keep text that is not a real day as it is, and empty as empty', () => {
      for (const text of [
        '31/02/2020',
        '29/02/2023',
        '19/05/20',
        'hôm qua',
        '2020-13-01',
        '00/01/2020',
        '1952020',
        '19/05-2020x',
      ]) {
        expect(parseDateInput(text)).toBe(text);
      }
      expect(parseDateInput('')).toBe('');
      expect(parseDateInput(null)).toBe('');
    });
  });

  describe(formatDateInput.name, () => {
    it('should show a calendar date as dd/MM/yyyy and anything else as it is', () => {
      expect(formatDateInput('2020-05-19')).toBe('19/05/2020');
      expect(formatDateInput('31/02/2020')).toBe('31/02/2020');
      expect(formatDateInput(null)).toBe('');
      expect(parseDateInput(formatDateInput('2024-02-29'))).toBe('2024-02-29');
    });
  });

  describe(parseDateTimeInput.name, () => {
    it('should read dd/MM/yyyy HH:mm as a Vietnam wall-clock value', () => {
      expect(parseDateTimeInput('10/11/2020 17:00')).toBe('2020-11-10T17:00');
      expect(parseDateTimeInput('1/2/2021 8:05')).toBe('2021-02-01T08:05');
      expect(parseDateTimeInput('10/11/2020, 17h00')).toBe('2020-11-10T17:00');
      expect(parseDateTimeInput('2020-11-10T17:00')).toBe('2020-11-10T17:00');
      expect(parseDateTimeInput('10112020 1700')).toBe('2020-11-10T17:00');
      expect(parseDateTimeInput('101120201700')).toBe('2020-11-10T17:00');
      expect(vietnamLocalToIso(parseDateTimeInput('10/11/2020 17:00'))).toBe(
        '2020-11-10T17:00:00+07:00',
      );
    });

    it('should keep what is not a moment as it is', () => {
      for (const text of [
        '10/11/2020',
        '10/11/2020 24:00',
        '10/11/2020 17:60',
        '31/11/2020 17:00',
        '17:00',
        '10/11/2020 17:00 PM',
        '2020-11-10T25:00',
      ]) {
        expect(parseDateTimeInput(text)).toBe(text);
      }
      expect(parseDateTimeInput('  ')).toBe('');
    });
  });

  describe(formatDateTimeInput.name, () => {
    it('should show a wall-clock value as dd/MM/yyyy HH:mm', () => {
      expect(formatDateTimeInput('2020-11-10T17:00')).toBe('10/11/2020 17:00');
      expect(formatDateTimeInput('10/11/2020 25:00')).toBe('10/11/2020 25:00');
      expect(formatDateTimeInput('')).toBe('');
    });
  });

  it('should write editions in Roman numerals and English ordinals', () => {
    expect([1, 4, 5, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'V', 'IX', 'XIV', 'XL']);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(toOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
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
