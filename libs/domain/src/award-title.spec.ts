import { describe, expect, it } from '@jest/globals';
import { awardTitle, romanNumeral } from './award-title';

describe('awardTitle', () => {
  it('should add the edition and the year to a bare name', () => {
    expect(
      awardTitle({
        name: 'Giải báo chí toàn quốc về xây dựng Đảng (Giải Búa liềm vàng)',
        edition: 5,
        year: 2020,
      }),
    ).toBe('Giải báo chí toàn quốc về xây dựng Đảng (Giải Búa liềm vàng) lần thứ V – năm 2020');
  });

  it('should never say the edition or the year twice', () => {
    expect(
      awardTitle({ name: 'Giải Búa liềm vàng lần thứ XI – năm 2026', edition: 11, year: 2026 }),
    ).toBe('Giải Búa liềm vàng lần thứ XI – năm 2026');
    expect(
      awardTitle({
        name: 'Giải báo chí về xây dựng Đảng tỉnh Gia Lai năm 2025',
        edition: 10,
        year: 2025,
      }),
    ).toBe('Giải báo chí về xây dựng Đảng tỉnh Gia Lai năm 2025 lần thứ X');
    expect(awardTitle({ name: 'Giải X lần thứ X', edition: 10, year: 2025 })).toBe(
      'Giải X lần thứ X – năm 2025',
    );
  });

  it('should write editions in Roman numerals', () => {
    expect([1, 4, 5, 9, 10, 11, 14, 40, 2026].map(romanNumeral)).toEqual([
      'I',
      'IV',
      'V',
      'IX',
      'X',
      'XI',
      'XIV',
      'XL',
      'MMXXVI',
    ]);
  });
});
