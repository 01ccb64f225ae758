import JSZip from 'jszip';
import sharp, { type Sharp } from 'sharp';

/**
 * The judge's copy of a Word script, rebuilt from an allow-list: a new package holding the body text
 * (`word/document.xml`), its styles and numbering, and the pictures it shows (re-encoded). Document
 * properties (docProps: author, company, custom fields), comments, headers and footers (where an
 * agency's letterhead sits), settings (template paths, revision ids), custom XML, glossary and
 * everything else are not carried. Tracked changes are accepted — insertions kept, deletions
 * dropped — so no reviser's name or date remains, and revision-session ids are removed.
 */

const DOCUMENT = 'word/document.xml';
const KEPT_PARTS: Record<string, string> = {
  'word/styles.xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  'word/numbering.xml':
    'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
};
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const KEPT_RELATIONSHIPS: Record<string, string> = {
  [`${RELATIONSHIP}/styles`]: 'word/styles.xml',
  [`${RELATIONSHIP}/numbering`]: 'word/numbering.xml',
};
const IMAGE_RELATIONSHIP = `${RELATIONSHIP}/image`;
const IMAGE_TYPES: Record<string, { mime: string; encode: (image: Sharp) => Sharp }> = {
  png: { mime: 'image/png', encode: (image) => image.png() },
  jpeg: { mime: 'image/jpeg', encode: (image) => image.jpeg({ quality: 90 }) },
  jpg: { mime: 'image/jpeg', encode: (image) => image.jpeg({ quality: 90 }) },
};

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Body markup with tracked changes accepted and every person-bearing annotation removed. */
export function cleanWordprocessingXml(xml: string): string {
  return (
    xml
      // Deleted and moved-away text is not part of the accepted document.
      .replace(/<w:(del|moveFrom)\b[^>]*\/>/g, '')
      .replace(/<w:(del|moveFrom)\b[^>]*>[\s\S]*?<\/w:\1>/g, '')
      // Insertions and moved-here text stay, without their wrapper (author, date).
      .replace(/<\/?w:(ins|moveTo)\b[^>]*>/g, '')
      // Property changes record the previous formatting and who changed it.
      .replace(
        /<w:(rPrChange|pPrChange|sectPrChange|tblPrChange|tblGridChange|trPrChange|tcPrChange|numberingChange)\b[^>]*\/>/g,
        '',
      )
      .replace(
        /<w:(rPrChange|pPrChange|sectPrChange|tblPrChange|tblGridChange|trPrChange|tcPrChange|numberingChange)\b[^>]*>[\s\S]*?<\/w:\1>/g,
        '',
      )
      .replace(
        /<w:(moveFromRangeStart|moveFromRangeEnd|moveToRangeStart|moveToRangeEnd|commentRangeStart|commentRangeEnd|commentReference|annotationRef|permStart|permEnd|proofErr)\b[^>]*\/>/g,
        '',
      )
      // Custom XML wraps content in someone else's schema (and may carry data): the content stays.
      .replace(/<w:customXmlPr\b[^>]*>[\s\S]*?<\/w:customXmlPr>/g, '')
      .replace(/<\/?w:customXml\b[^>]*>/g, '')
      // Content-control tags and aliases are free text that the document does not show.
      .replace(/<w:(tag|alias|dataBinding)\b[^>]*\/>/g, '')
      // Revision-session ids, authors, initials and dates on whatever element still carries them.
      .replace(/\s(w:rsid\w*|w:author|w:initials|w:date|w14:paraId|w14:textId)="[^"]*"/g, '')
      // Headers and footers are not carried, so their references go too.
      .replace(/<w:(headerReference|footerReference)\b[^>]*\/>/g, '')
  );
}

/** Rebuilds a DOCX; throws when it is not a readable Word package. */
export async function rebuildDocx(input: Buffer, options: { maxPixels: number }): Promise<Buffer> {
  const source = await JSZip.loadAsync(input);
  const documentXml = await source.file(DOCUMENT)?.async('string');
  if (!documentXml || !documentXml.includes('<w:document')) throw new Error('not a Word document');
  const relsXml = (await source.file('word/_rels/document.xml.rels')?.async('string')) ?? '';

  const target = new JSZip();
  // A fixed date on every entry: the zip's own timestamps say nothing about when the work was made.
  const put = (name: string, data: string | Buffer) =>
    target.file(name, data, { date: FIXED_DATE, createFolders: false });
  // Word expects [Content_Types].xml first; it is filled in at the end.
  put('[Content_Types].xml', '');
  const overrides: string[] = [
    `<Override PartName="/${DOCUMENT}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
  ];
  const defaults = new Map<string, string>([
    ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
    ['xml', 'application/xml'],
  ]);
  const relationships: string[] = [];
  let body = cleanWordprocessingXml(documentXml);

  for (const match of relsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? '';
    const id = /\bId="([^"]+)"/.exec(attributes)?.[1];
    const type = /\bType="([^"]+)"/.exec(attributes)?.[1];
    const linked = /\bTarget="([^"]+)"/.exec(attributes)?.[1];
    const external = /\bTargetMode="External"/.test(attributes);
    if (!id || !type || !linked || external) continue;
    const kept = KEPT_RELATIONSHIPS[type];
    if (kept) {
      const xml = await source.file(kept)?.async('string');
      if (!xml) continue;
      put(kept, cleanWordprocessingXml(xml));
      overrides.push(`<Override PartName="/${kept}" ContentType="${KEPT_PARTS[kept]}"/>`);
      relationships.push(
        `<Relationship Id="${escapeXml(id)}" Type="${type}" Target="${kept.slice('word/'.length)}"/>`,
      );
    } else if (type === IMAGE_RELATIONSHIP) {
      const path = `word/${linked.replace(/^\/?(word\/)?/, '')}`;
      const picture = source.file(path);
      if (!picture) continue;
      const format =
        (
          await sharp(await picture.async('nodebuffer'), {
            limitInputPixels: options.maxPixels,
          }).metadata()
        ).format ?? '';
      const encoder = IMAGE_TYPES[format];
      if (!encoder) continue;
      const extension = encoder.mime === 'image/png' ? 'png' : 'jpeg';
      const name = `media/image${relationships.length + 1}.${extension}`;
      put(
        `word/${name}`,
        await encoder
          .encode(
            sharp(await picture.async('nodebuffer'), {
              limitInputPixels: options.maxPixels,
            }).rotate(),
          )
          .toBuffer(),
      );
      defaults.set(extension, encoder.mime);
      relationships.push(
        `<Relationship Id="${escapeXml(id)}" Type="${IMAGE_RELATIONSHIP}" Target="${name}"/>`,
      );
    }
  }
  // Hyperlinks and other relationships that were not carried must not leave dangling references.
  const keptIds = new Set(
    relationships.map((relationship) => /Id="([^"]+)"/.exec(relationship)?.[1]),
  );
  body = body.replace(
    /<w:hyperlink\b([^>]*)>/g,
    (_whole, attributes: string) =>
      `<w:hyperlink${attributes.replace(/\sr:id="([^"]*)"/, (kept, id: string) => (keptIds.has(id) ? kept : ''))}>`,
  );

  put(DOCUMENT, body);
  put(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`,
  );
  put(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIP}/officeDocument" Target="${DOCUMENT}"/></Relationships>`,
  );
  const defaultsXml = [...defaults]
    .map(([extension, mime]) => `<Default Extension="${extension}" ContentType="${mime}"/>`)
    .join('');
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaultsXml}${overrides.join('')}</Types>`,
  );
  return target.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}
