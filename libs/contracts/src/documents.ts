/**
 * The numbered documents an award's committee issues from its data (issue 15): Party-format
 * decisions, minutes and lists. Their text is built from the award's records, never typed beside them.
 */
export const DOCUMENT_TYPES = [
  'council_decision',
  'round_minutes',
  'prize_proposal',
  'prize_decision',
  'payment_list',
  'batch_list',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The file formats a generated document can be downloaded in. */
export const DOCUMENT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * The body that issues an award's documents, as printed in the header of a Party document
 * ("BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC / * / Số 15-QĐ/BTCTW"), and who signs them.
 * Unset fields fall back to what the organizer's name implies (`effectiveInstitution` in libs/domain).
 */
export interface AwardInstitution {
  /** The superior Party body printed above the issuer ("BAN CHẤP HÀNH TRUNG ƯƠNG", "TỈNH ỦY GIA LAI"). */
  parentBody: string;
  /** The issuing body as printed under it ("BAN TỔ CHỨC"). */
  issuingBody: string;
  /** The body's symbol in document numbers: 15-QĐ/**BTCTW**. */
  symbol: string;
  /** The signer's capacity and title, one line each ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"). */
  signerTitle: string;
  /** The signer's full name; null prints a blank line for the name to be written by hand. */
  signerName: string | null;
  /**
   * How a work's prize money is split among its co-authors on the payment list: `equal` shares
   * (rounded down to 1,000 đồng, the remainder to the first author), or `none` (all to the first
   * author, who is paid for the group).
   */
  prizeSplit: 'equal' | 'none';
}

/** GET /awards/:awardId/documents, POST's answer. */
export interface GeneratedDocumentResponse {
  id: string;
  type: DocumentType;
  /** The sequence number within the issuing body and year. */
  number: number;
  /** The full number and symbol as printed: "15-QĐ/BTCTW". */
  reference: string;
  title: string;
  /** The document's date (YYYY-MM-DD, Vietnam), which also decides the numbering year. */
  issuedOn: string;
  roundId: string | null;
  batchId: string | null;
  /** The formats it can be downloaded in; the first is the one `sha256` is of. */
  formats: DocumentFormat[];
  /** sha256 of the first format's bytes, as recorded in the audit chain. */
  sha256: string;
  /** The hash of the data it was generated from (a closed round's frozen sheets, the prize list…). */
  snapshotHash: string | null;
  createdBy: string | null;
  createdAt: string;
}
