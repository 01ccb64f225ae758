import { SAME_SITE_PATH_PATTERN } from '@press-award/contracts';
import { normalizePersonName } from '@press-award/domain';

/**
 * The little Markdown the user guides are written in, parsed into blocks the help page renders with
 * Angular bindings (never `innerHTML`, so nothing in a guide can become markup): headings (#, ##,
 * ###), paragraphs, bulleted lists (-), a picture on a line of its own (![alt](file)), and inside
 * text **bold**, `code` and [links](url).
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string; external: boolean };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; id: string; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'image'; alt: string; src: string };

const IMAGE = /^!\[([^\]]*)\]\(([^)\s]+)\)$/;
const INLINE = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** A heading's anchor: the words folded as names are (no diacritics, đ → d), joined by dashes. */
export function slug(text: string): string {
  return normalizePersonName(text).replace(/ /g, '-');
}

/** Links go to this site's pages, to anchors, or out over https; anything else stays text. */
function safeHref(href: string): { href: string; external: boolean } | null {
  if (/^https:\/\//.test(href)) return { href, external: true };
  if (SAME_SITE_PATH_PATTERN.test(href) || /^#[\w-]*$/.test(href)) return { href, external: false };
  return null;
}

export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) parts.push({ kind: 'strong', text: match[1] });
    else if (match[2] !== undefined) parts.push({ kind: 'code', text: match[2] });
    else {
      const target = safeHref(match[4] ?? '');
      parts.push(
        target
          ? { kind: 'link', text: match[3] ?? '', ...target }
          : { kind: 'text', text: match[3] ?? '' },
      );
    }
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/**
 * `imageBase` is prefixed to a picture's file name; a picture's name may hold letters, digits,
 * dashes and dots only (no folders, no other site).
 */
export function parseMarkdown(source: string, imageBase: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length)
      blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', items: list.map(parseInline) });
    paragraph = [];
    list = null;
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.+)$/.exec(line);
    const image = IMAGE.exec(line);
    if (!line) flush();
    else if (heading) {
      flush();
      const text = heading[2] ?? '';
      blocks.push({
        kind: 'heading',
        level: (heading[1] ?? '#').length as 1 | 2 | 3,
        id: slug(text),
        content: parseInline(text),
      });
    } else if (image) {
      flush();
      const file = image[2] ?? '';
      if (/^[A-Za-z0-9._-]+$/.test(file) && !file.startsWith('.'))
        blocks.push({ kind: 'image', alt: image[1] ?? '', src: `${imageBase}${file}` });
    } else if (line.startsWith('- ')) {
      if (paragraph.length) flush();
      (list ??= []).push(line.slice(2));
    } else if (list && raw.startsWith('  ')) {
      list[list.length - 1] += ` ${line}`;
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
