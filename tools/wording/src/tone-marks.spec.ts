import { filesUnder, isShippedSource, readText } from './text-sources';

/**
 * One tone-mark convention: the traditional placement ("hòa", "hóa", "thủy", "ủy", "khỏe",
 * "Khánh Hòa", "Tỉnh ủy"), as the Party's documents and the demo write it. The new-style placement
 * puts the mark on the second vowel of an open "oa", "oe", "uy" at the end of a word ("hoà", "thuỷ");
 * after "q" the "u" is part of the consonant, so "quý", "quả" are right in both styles.
 */
const NEW_STYLE_PLACEMENT = /(?<![q])(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/giu;

/** Everything a user may read: the web app, the API (mails, PDFs, the demo seed) and the shared libs. */
const SCANNED_DIRECTORIES = ['web/src', 'api/src', 'libs'];

function newStylePlacements(path: string): string[] {
  return readText(path)
    .split('\n')
    .flatMap((text, index) =>
      [...text.matchAll(NEW_STYLE_PLACEMENT)].map((match) => {
        const at = match.index ?? 0;
        const word = text.slice(Math.max(0, at - 12), at + match[0].length).trim();
        return `${path}:${index + 1} …${word}`;
      }),
    );
}

describe('tone marks', () => {
  it('should write every word with the traditional placement (hòa, thủy, ủy, khỏe), the demo seed included', () => {
    const files = SCANNED_DIRECTORIES.flatMap((directory) =>
      filesUnder(directory, isShippedSource),
    );
    expect(files).toEqual(
      expect.arrayContaining([
        'web/src/app/core/i18n/dictionary.vi.ts',
        'libs/contracts/src/errors.ts',
      ]),
    );
    expect(files.some((path) => path.startsWith('api/src/seed/'))).toBe(true);
    expect(files.flatMap(newStylePlacements)).toEqual([]);
  });

  it('should tell the two placements apart', () => {
    const found = (text: string): string[] =>
      [...text.matchAll(NEW_STYLE_PLACEMENT)].map((match) => match[0]);
    expect(found('Xoá, Huỷ, hoà bình, Tỉnh uỷ, khoẻ, Khánh Hoà, THUỶ')).toEqual([
      'oá',
      'uỷ',
      'oà',
      'uỷ',
      'oẻ',
      'oà',
      'UỶ',
    ]);
    expect(
      found('Xóa, Hủy, hòa bình, Tỉnh ủy, khỏe, Khánh Hòa, quý, quả, hoàn, toán, thuyết, khuya'),
    ).toEqual([]);
  });
});
