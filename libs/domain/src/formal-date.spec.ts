import { documentPlace, formalDateLine, vietnamCalendarDate } from './formal-date';

describe(formalDateLine.name, () => {
  it('should write place and date the way Party documents do, day and month in two digits', () => {
    // The 5th edition's ceremony: 13 January 2021, 09:00 in Hà Nội.
    expect(formalDateLine(new Date('2021-01-13T02:00:00Z'), 'Hà Nội')).toBe(
      'Hà Nội, ngày 13 tháng 01 năm 2021',
    );
    expect(formalDateLine(new Date('2020-03-05T02:00:00Z'), 'Quy Nhơn')).toBe(
      'Quy Nhơn, ngày 05 tháng 03 năm 2020',
    );
  });

  it('should read the date in Vietnam time, whatever the server time zone', () => {
    // 17:00 UTC on 12 January is already midnight of the 13th in Vietnam (UTC+7, no daylight saving).
    expect(formalDateLine(new Date('2021-01-12T17:00:00Z'), 'Hà Nội')).toBe(
      'Hà Nội, ngày 13 tháng 01 năm 2021',
    );
    expect(formalDateLine(new Date('2021-01-12T16:59:59Z'), 'Hà Nội')).toBe(
      'Hà Nội, ngày 12 tháng 01 năm 2021',
    );
    // New year's eve in UTC is New Year's Day in Vietnam.
    expect(formalDateLine(new Date('2020-12-31T20:00:00Z'), 'Hà Nội')).toBe(
      'Hà Nội, ngày 01 tháng 01 năm 2021',
    );
  });

  it('should start with "Ngày" when there is no place, and trim and compose the place', () => {
    expect(formalDateLine(new Date('2021-01-13T02:00:00Z'), null)).toBe(
      'Ngày 13 tháng 01 năm 2021',
    );
    expect(formalDateLine(new Date('2021-01-13T02:00:00Z'), '   ')).toBe(
      'Ngày 13 tháng 01 năm 2021',
    );
    expect(formalDateLine(new Date('2021-01-13T02:00:00Z'), ' Ha\u0300 Nô\u0323i ')).toBe(
      'Hà Nội, ngày 13 tháng 01 năm 2021',
    );
  });

  it('should write the English line with the month by name', () => {
    expect(formalDateLine(new Date('2021-01-13T02:00:00Z'), 'Hà Nội', 'en')).toBe(
      'Hà Nội, 13 January 2021',
    );
    expect(formalDateLine(new Date('2021-11-03T02:00:00Z'), null, 'en')).toBe('03 November 2021');
  });
});

describe(vietnamCalendarDate.name, () => {
  it('should give the Vietnam calendar date of an instant', () => {
    expect(vietnamCalendarDate(new Date('2020-11-10T17:00:00+07:00'))).toBe('2020-11-10');
    expect(vietnamCalendarDate(new Date('2020-11-10T23:59:59+07:00'))).toBe('2020-11-10');
    expect(vietnamCalendarDate(new Date('2020-11-10T17:00:00Z'))).toBe('2020-11-11');
  });
});

describe(documentPlace.name, () => {
  it("should use the award's own place, and Hà Nội for a national award without one", () => {
    expect(documentPlace({ place: 'Quy Nhơn', level: 'provincial' })).toBe('Quy Nhơn');
    expect(documentPlace({ place: ' Hà Nội ', level: 'provincial' })).toBe('Hà Nội');
    expect(documentPlace({ place: null, level: 'national' })).toBe('Hà Nội');
    expect(documentPlace({ place: '', level: 'national' })).toBe('Hà Nội');
  });

  it('should have no place for a provincial or unit award that names none (the line starts with the date)', () => {
    expect(documentPlace({ place: null, level: 'provincial' })).toBeNull();
    expect(documentPlace({ place: undefined, level: 'unit' })).toBeNull();
  });
});
