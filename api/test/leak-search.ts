import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';

/** Folded for diacritics and case, as a person searching for a name would. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

/** PDF content hides text in compressed streams and hex strings: unpack both before searching. */
function pdfTexts(bytes: Buffer): string[] {
  const latin = bytes.toString('latin1');
  const texts: string[] = [];
  for (const match of latin.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = latin.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      texts.push(inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      /* not deflated */
    }
  }
  const all = [latin, ...texts].join('\n');
  for (const match of all.matchAll(/<([0-9A-Fa-f\s]{8,})>/g)) {
    const hex = Buffer.from(match[1]!.replace(/\s/g, ''), 'hex');
    if (hex[0] === 0xfe && hex[1] === 0xff)
      texts.push(Buffer.from(hex.subarray(2)).swap16().toString('utf16le'));
    else texts.push(hex.toString('latin1'));
  }
  return texts;
}

/** The secrets found in `bytes`, in UTF-8, Latin-1, UTF-16 either way, PDF streams and hex strings. */
export function leaks(bytes: Buffer, secrets: readonly string[]): string[] {
  const texts = [
    bytes.toString('utf8'),
    bytes.toString('latin1'),
    bytes.toString('utf16le'),
    bytes.subarray(1).toString('utf16le'),
    ...pdfTexts(bytes),
  ];
  // UTF-16BE, as PDF strings store non-ASCII text.
  if (bytes.length % 2 === 0) texts.push(Buffer.from(bytes).swap16().toString('utf16le'));
  const haystack = texts.map(fold).join('\n');
  return secrets.filter(
    (secret) =>
      haystack.includes(fold(secret)) || haystack.includes(fold(secret).replace(/ /g, '')),
  );
}

/** As `leaks`, also inside every entry of a ZIP package (DOCX), whose parts are compressed. */
export async function leaksInPackage(bytes: Buffer, secrets: readonly string[]): Promise<string[]> {
  const found = new Set(leaks(bytes, secrets));
  const zip = await JSZip.loadAsync(bytes);
  for (const file of Object.values(zip.files)) {
    for (const secret of leaks(await file.async('nodebuffer'), secrets))
      found.add(`${file.name}: ${secret}`);
    for (const secret of leaks(Buffer.from(file.name), secrets))
      found.add(`name ${file.name}: ${secret}`);
  }
  return [...found];
}
