import type { MediaType } from './enums';
import type { EntryStatus } from './entries';

/**
 * Who an account is: a person (a reporter, a judge, an organizer's staff) or an organization — a
 * press agency (cơ quan báo chí) or a Party committee's commission (Ban Tổ chức Tỉnh ủy…) that files
 * entries on behalf of its reporters, in batches with a covering letter (công văn). See
 * docs/agencies.md.
 */
export const ACCOUNT_KINDS = ['person', 'organization'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/**
 * A covering letter's number and symbol as written on it: "45-CV/BTCTU", "112/CV-BGL",
 * "07-CV/BTGTU". Letters, digits and the separators Vietnamese document symbols use.
 */
export const LETTER_NUMBER_PATTERN = /^[\p{L}\p{N}](?:[\p{L}\p{N}./-]|\s(?=\S)){0,48}$/u;
export const LETTER_NUMBER_MAX_LENGTH = 50;
export const BATCH_TITLE_MAX_LENGTH = 200;

/** The covering letter (công văn) of a batch: what it says and the stored PDF. */
export interface CoveringLetterResponse {
  /** Số và ký hiệu, e.g. "45-CV/BTCTU". */
  number: string;
  /** The letter's date, a Vietnam calendar date (YYYY-MM-DD). */
  issuedOn: string;
  originalName: string;
  size: number;
  sha256: string;
  pageCount: number | null;
  uploadedAt: string;
}

/** One entry of a batch, as its organization and the award's staff see it in the batch. */
export interface BatchEntryResponse {
  id: string;
  title: string;
  status: EntryStatus;
  categoryName: string;
  mediaType: MediaType;
  authors: { fullName: string; penName: string | null }[];
  receiptNumber: string | null;
  submittedAt: string | null;
}

/** A batch (hồ sơ gửi giải) in a list: its letter and how far its entries are. */
export interface BatchSummary {
  id: string;
  awardId: string;
  awardName: string;
  title: string;
  /** The filing organization, as named when the batch was created. */
  organizationName: string;
  owner: { id: string; fullName: string; email: string };
  coveringLetter: CoveringLetterResponse | null;
  entryCount: number;
  /** Entries submitted or past submission (screened). */
  submittedCount: number;
  createdAt: string;
}

export interface BatchResponse extends BatchSummary {
  entries: BatchEntryResponse[];
}
