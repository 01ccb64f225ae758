import type { MediaType } from './enums';
import type { EntryProvenance, PrizeStanding } from './results';

/**
 * draft → submitted → (screening) eligible | ineligible | needs_revision; needs_revision → submitted
 * again once fixed (before the revision deadline); submitted → withdrawn (before the deadline).
 */
export const ENTRY_STATUSES = [
  'draft',
  'submitted',
  'withdrawn',
  'eligible',
  'ineligible',
  'needs_revision',
] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const SCREENING_DECISIONS = ['eligible', 'ineligible', 'needs_revision'] as const;
export type ScreeningDecision = (typeof SCREENING_DECISIONS)[number];

/** What a file is to the entry: the work itself or a document around it. */
export const FILE_KINDS = ['work', 'script', 'translation', 'confirmation'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Kinds of prize a work may already have won; the National Press Award disqualifies it. */
export const PRIOR_AWARD_KINDS = [
  'national_press_award',
  'ministry',
  'provincial',
  'other',
] as const;
export type PriorAwardKind = (typeof PRIOR_AWARD_KINDS)[number];

export const AUTHOR_ROLES = [
  'author',
  'co_author',
  'script',
  'editor',
  'camera',
  'presenter',
  'photographer',
  'translator',
  'other',
] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export interface EntryPartInput {
  title: string;
  outlet: string;
  /** The publication or broadcast date, a Vietnam calendar date (YYYY-MM-DD). */
  publishedAt: string;
  url?: string | null;
}

export interface EntryAuthorInput {
  fullName: string;
  penName?: string | null;
  role?: AuthorRole | null;
  organizationName?: string | null;
  email?: string | null;
  /** YYYY-MM-DD; used to match authors across entries and for the age prizes. */
  dateOfBirth?: string | null;
  /** Lives abroad (người Việt Nam ở nước ngoài): for the overseas-author topic prize. Absent = false. */
  overseas?: boolean;
}

export interface PriorAwardInput {
  kind: PriorAwardKind;
  name: string;
  year: number;
  prize?: string | null;
}

export interface EntryFileResponse {
  id: string;
  kind: FileKind;
  partIndex: number | null;
  size: number;
  sha256: string;
  mimeType: string;
  originalName: string;
  /** Facts read from the content where the tools exist; absent tools are named in `missingTools`. */
  pageCount: number | null;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  missingTools: string[];
  createdAt: string;
}

/**
 * What the award decided for the entry, as its submitter (and the award's organizers and secretaries)
 * see it on the entry itself. Only ever set once the award is published: before that the decision is
 * under embargo and the entry endpoints answer `null`, exactly as for an entry without a prize.
 */
export interface EntryOutcome {
  tierCode: string | null;
  /** The award's label for the tier ("Giải A"), or the code if the award no longer lists it. */
  tierLabel: string | null;
  topicPrizes: { code: string; label: string }[];
  /** `awarded`, or what a complaint decided after publication: the prize `revoked`, the work `withdrawn`. */
  standing: PrizeStanding;
  /** `GET /entries/:entryId/certificate` will answer with the PDF (a prize that still stands). */
  certificateAvailable: boolean;
}

export interface EntryResponse {
  id: string;
  awardId: string;
  categoryId: string;
  mediaType: MediaType;
  status: EntryStatus;
  title: string;
  genre: string | null;
  language: string;
  summary: string | null;
  parts: (EntryPartInput & { index: number })[];
  authors: (EntryAuthorInput & { index: number; userId: string | null })[];
  priorAwards: PriorAwardInput[];
  topicPrizes: string[];
  files: EntryFileResponse[];
  receiptNumber: string | null;
  submittedAt: string | null;
  /** Set while the secretariat asks for changes: the reporter may edit and resubmit until then. */
  revisionDeadline: string | null;
  /** The secretariat's latest reason (ineligible, needs revision), shown to the reporter. */
  screeningReason: string | null;
  /** Set on a provincial winner forwarded to this award: where it came from and with which prize. */
  provenance?: EntryProvenance | null;
  /** The organization's batch (hồ sơ gửi giải) the entry was filed in; null when filed on its own. */
  batchId: string | null;
  /** The prize, once the award is published; `null` before publication and for works without a prize. */
  outcome: EntryOutcome | null;
  createdAt: string;
  updatedAt: string;
}

export interface ScreeningFinding {
  code: string;
  params?: Record<string, string | number>;
  relatedEntryIds?: string[];
}

export interface ScreeningRecord {
  decision: ScreeningDecision;
  reason: string | null;
  revisionDeadline: string | null;
  decidedBy: { id: string; fullName: string };
  decidedAt: string;
}

/**
 * An entry as the secretariat screens it: everything, with the system's findings and the history.
 * Screening is about eligibility, so it carries no prize outcome: prizes have the results page.
 */
export interface ScreeningEntryResponse extends Omit<EntryResponse, 'outcome'> {
  categoryCode: string;
  /** The blind code, once issued (secretariat only). */
  code: string | null;
  submitter: { id: string; fullName: string; email: string };
  findings: ScreeningFinding[];
  decisions: ScreeningRecord[];
}

export interface BulkScreeningResponse {
  decided: number;
  entryIds: string[];
}
