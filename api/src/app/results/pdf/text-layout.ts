/** Line breaking for the PDFs, independent of pdf-lib: a `measure` function gives a text's width. */

export type Measure = (text: string) => number;

// Grapheme clusters, so a word broken mid-way never separates a letter from its tone mark.
const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * Greedy word wrap within `maxWidth`. Line breaks in the text are kept; a word wider than a whole line
 * (a long URL, a code) is broken between letters rather than overflowing the column. Each word is
 * measured once and a line's width is the sum of its words and spaces: measuring every candidate line
 * again would make long paragraphs quadratic, and text shaping is the slow part of making a PDF.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let current = '';
    let width = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const wordWidth = measure(word);
      if (current && width + space + wordWidth <= maxWidth) {
        current += ` ${word}`;
        width += space + wordWidth;
        continue;
      }
      if (current) lines.push(current);
      if (wordWidth <= maxWidth) {
        current = word;
        width = wordWidth;
        continue;
      }
      const pieces = breakWord(word, maxWidth, measure);
      lines.push(...pieces.slice(0, -1));
      current = pieces[pieces.length - 1] ?? '';
      width = measure(current);
    }
    lines.push(current);
  }
  return lines;
}

function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(word)) {
    if (current && measure(current + segment) > maxWidth) {
      pieces.push(current);
      current = segment;
    } else {
      current += segment;
    }
  }
  pieces.push(current);
  return pieces;
}

/**
 * The largest of `sizes` (tried in order) at which the text wraps into at most `maxLines` lines; if none
 * does, the last size with every line kept (never truncated: a certificate must show the whole title).
 */
export function fitText(
  text: string,
  maxWidth: number,
  maxLines: number,
  sizes: readonly number[],
  measureAt: (text: string, size: number) => number,
): { size: number; lines: string[] } {
  if (!sizes.length) throw new Error('fitText needs at least one size');
  let fitted = { size: sizes[0] as number, lines: [] as string[] };
  for (const size of sizes) {
    fitted = { size, lines: wrapText(text, maxWidth, (candidate) => measureAt(candidate, size)) };
    if (fitted.lines.length <= maxLines) return fitted;
  }
  return fitted;
}

/** One way to set a block of text: its paragraphs, and whether each must stay on a single line. */
export interface BlockLayout {
  paragraphs: string[];
  singleLines?: boolean;
}

/**
 * The largest size at which one of the layouts (tried in order of preference) fits `maxHeight`; with
 * `singleLines` a layout qualifies only if no paragraph needs wrapping (e.g. one author per line).
 * When nothing fits, the last layout at the smallest size: the text is never cut.
 */
export function fitBlock(
  layouts: readonly BlockLayout[],
  maxWidth: number,
  maxHeight: number,
  sizes: readonly number[],
  measureAt: (text: string, size: number) => number,
  leading: number,
): { size: number; lines: string[] } {
  const smallest = sizes[sizes.length - 1];
  const last = layouts[layouts.length - 1];
  if (smallest === undefined || !last)
    throw new Error('fitBlock needs at least one size and one layout');
  const linesOf = (layout: BlockLayout, size: number) =>
    layout.paragraphs.flatMap((paragraph) =>
      wrapText(paragraph, maxWidth, (text) => measureAt(text, size)),
    );
  for (const size of sizes) {
    for (const layout of layouts) {
      const lines = linesOf(layout, size);
      if (layout.singleLines && lines.length > layout.paragraphs.length) continue;
      if (lines.length * size * leading <= maxHeight) return { size, lines };
    }
  }
  return { size: smallest, lines: linesOf(last, smallest) };
}
