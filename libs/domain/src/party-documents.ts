import type { AwardInstitution, AwardLevel, DocumentType } from '@press-award/contracts';
import { documentPlace } from './formal-date';

/**
 * The rules of the numbered documents an award's committee issues: who issues them, how they are
 * numbered ("15-QĐ/BTCTW": number, kind, issuing body's symbol) and how prize money is shared.
 */

/** The kind of document as it appears in its number (Party practice: QĐ decision, BB minutes…). */
export const DOCUMENT_KIND_CODES: Readonly<Record<DocumentType, string>> = {
  council_decision: 'QĐ',
  round_minutes: 'BB',
  prize_proposal: 'TTr',
  prize_decision: 'QĐ',
  payment_list: 'DS',
  batch_list: 'DS',
};

const upper = (text: string) => text.normalize('NFC').trim().toLocaleUpperCase('vi');

/**
 * The institution an award's documents are issued by: its own setting, or what its organizer's name
 * implies — "Ban Tổ chức Trung ương" is BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC, symbol BTCTW; "Ban Tổ
 * chức Tỉnh ủy Gia Lai" is TỈNH ỦY GIA LAI / BAN TỔ CHỨC, BTCTU (Thành ủy likewise, BTCTU). Anything
 * else is printed as it is, with the symbol BTC.
 */
export function effectiveInstitution(award: {
  organizerName: string | null;
  level: AwardLevel;
  institution?: AwardInstitution | null;
}): AwardInstitution {
  if (award.institution) return award.institution;
  const organizer = (award.organizerName ?? '').normalize('NFC').trim();
  const signer = { signerTitle: 'TRƯỞNG BAN', signerName: null, prizeSplit: 'equal' as const };
  if (/^ban tổ chức trung ương$/iu.test(organizer))
    return {
      parentBody: 'BAN CHẤP HÀNH TRUNG ƯƠNG',
      issuingBody: 'BAN TỔ CHỨC',
      symbol: 'BTCTW',
      ...signer,
    };
  const local = /^ban tổ chức ((?:tỉnh|thành) ủy) (.+)$/iu.exec(organizer);
  if (local)
    return {
      parentBody: `${upper(local[1])} ${upper(local[2])}`,
      issuingBody: 'BAN TỔ CHỨC',
      symbol: 'BTCTU',
      ...signer,
    };
  return {
    parentBody: '',
    issuingBody: upper(organizer || 'Ban Tổ chức Giải'),
    symbol: 'BTC',
    ...signer,
  };
}

/**
 * Where the award's numbered documents are dated: its own place, Hà Nội for a national award, else
 * the province or city of a "Ban Tổ chức Tỉnh ủy/Thành ủy …" organizer (a document needs a place).
 */
export function issuingPlace(award: {
  place?: string | null;
  level: AwardLevel;
  organizerName: string | null;
}): string | null {
  const place = documentPlace(award);
  if (place) return place;
  const local = /^ban tổ chức (?:tỉnh|thành) ủy (.+)$/iu.exec(
    (award.organizerName ?? '').normalize('NFC').trim(),
  );
  return local?.[1]?.trim() || null;
}

/**
 * The numbering sequence a document belongs to: one per issuing body (its superior, its name and its
 * symbol: two provinces' BTCTU are different bodies) and calendar year.
 */
export function issuerKey(institution: AwardInstitution): string {
  return [institution.parentBody, institution.issuingBody, institution.symbol]
    .map((part) => upper(part).replace(/\s+/gu, ' '))
    .join('|');
}

/** The number and symbol as printed: `15-QĐ/BTCTW`. */
export function documentReference(number: number, type: DocumentType, symbol: string): string {
  if (!Number.isInteger(number) || number < 1)
    throw new RangeError(`Bad document number ${number}`);
  return `${number}-${DOCUMENT_KIND_CODES[type]}/${symbol.normalize('NFC').trim()}`;
}

/** 12500000 → "12.500.000" (Vietnamese thousands separator). */
export function formatDong(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(amount))).replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
}

/**
 * A work's prize money shared among its authors: `equal` parts rounded down to 1,000 đồng with what
 * is left (at most a few thousand đồng) to the first author, so the parts always add up to the
 * prize; `none` pays it all to the first author for the group. The result follows the authors' order.
 */
export function splitPrize(
  amount: number,
  authors: number,
  rule: AwardInstitution['prizeSplit'],
): number[] {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`Bad prize amount ${amount}`);
  if (!Number.isInteger(authors) || authors < 1) return [];
  if (rule === 'none' || authors === 1) return [amount, ...Array<number>(authors - 1).fill(0)];
  const share = Math.floor(amount / authors / 1000) * 1000;
  return [amount - share * (authors - 1), ...Array<number>(authors - 1).fill(share)];
}
