import { describe, expect, it } from '@jest/globals';
import { fitBlock, fitText, wrapText } from './text-layout';

/** Every character 1 unit wide: widths are lengths in grapheme clusters. */
const length = (text: string) =>
  [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(text)].length;

describe(wrapText.name, () => {
  it('should break between words, never past the width', () => {
    const lines = wrapText('Những người giữ lửa ở bản Ếch', 12, length);
    expect(lines).toEqual(['Những người', 'giữ lửa ở', 'bản Ếch']);
    for (const line of lines) expect(length(line)).toBeLessThanOrEqual(12);
  });

  it('should keep line breaks and collapse runs of spaces', () => {
    expect(wrapText('Hồng   Lĩnh\nỶ Lan\r\n\r\nx', 20, length)).toEqual([
      'Hồng Lĩnh',
      'Ỷ Lan',
      '',
      'x',
    ]);
    expect(wrapText('', 10, length)).toEqual(['']);
  });

  it('should break a word wider than the line between letters, keeping each tone mark on its letter', () => {
    const word = 'Nguyễn'.normalize('NFD') + 'ThịÁnhTuyết'.normalize('NFD');
    const lines = wrapText(`ab ${word}`, 4, length);
    expect(lines[0]).toBe('ab');
    expect(lines.slice(1).join('')).toBe(word);
    for (const line of lines) expect(length(line)).toBeLessThanOrEqual(4);
    // No line starts with a combining mark torn from its base letter.
    for (const line of lines) expect(line).not.toMatch(/^\p{M}/u);
  });
});

describe(fitText.name, () => {
  it('should take the largest size that fits the lines, else the smallest with nothing cut', () => {
    const measureAt = (text: string, size: number) => length(text) * size;
    expect(fitText('một hai ba bốn', 115, 1, [10, 8, 6], measureAt)).toEqual({
      size: 8,
      lines: ['một hai ba bốn'],
    });
    expect(fitText('một hai ba bốn', 140, 1, [10, 8], measureAt)).toEqual({
      size: 10,
      lines: ['một hai ba bốn'],
    });
    const squeezed = fitText('một hai ba bốn năm sáu', 30, 1, [10, 8], measureAt);
    expect(squeezed.size).toBe(8);
    expect(squeezed.lines.join(' ')).toBe('một hai ba bốn năm sáu');
  });
});

describe(fitBlock.name, () => {
  const measureAt = (text: string, size: number) => length(text) * size;

  it('should prefer one paragraph per line while each fits, then a joined paragraph', () => {
    const layouts = [
      { paragraphs: ['Nhóm tác giả:', 'Ánh Tuyết', 'Hữu Phước'], singleLines: true },
      { paragraphs: ['Nhóm tác giả: Ánh Tuyết; Hữu Phước'] },
    ];
    expect(fitBlock(layouts, 200, 100, [10, 8], measureAt, 1)).toEqual({
      size: 10,
      lines: ['Nhóm tác giả:', 'Ánh Tuyết', 'Hữu Phước'],
    });
    // Too low for three lines at 10: the joined paragraph takes two.
    expect(fitBlock(layouts, 200, 25, [10, 8], measureAt, 1)).toEqual({
      size: 10,
      lines: ['Nhóm tác giả: Ánh', 'Tuyết; Hữu Phước'],
    });
    // Nothing fits: the last layout at the smallest size, whole.
    expect(fitBlock(layouts, 200, 1, [10, 8], measureAt, 1)).toEqual({
      size: 8,
      lines: ['Nhóm tác giả: Ánh Tuyết;', 'Hữu Phước'],
    });
  });
});
