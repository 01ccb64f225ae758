import { parseIssuedOn } from './documents.model';

describe('parseIssuedOn', () => {
  it('should read dd/MM/yyyy as a calendar date', () => {
    expect(parseIssuedOn('13/01/2021')).toBe('2021-01-13');
    expect(parseIssuedOn(' 5/1/2021 ')).toBe('2021-01-05');
  });

  it('should leave the date to the API when empty', () => {
    expect(parseIssuedOn('')).toBeNull();
    expect(parseIssuedOn('   ')).toBeNull();
  });

  it('should refuse other shapes and days that do not exist', () => {
    expect(parseIssuedOn('2021-01-13')).toBeUndefined();
    expect(parseIssuedOn('31/02/2021')).toBeUndefined();
    expect(parseIssuedOn('13/13/2021')).toBeUndefined();
  });
});
