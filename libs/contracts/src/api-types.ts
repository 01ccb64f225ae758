import type { VerificationAccess } from './collective-prizes';
import type { AwardInstitution } from './documents';
import type { AccountKind } from './agencies';
import type {
  AwardLevel,
  AwardRole,
  AwardStatus,
  MailStatus,
  MediaType,
  SystemRole,
} from './enums';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface UserResponse {
  id: string;
  email: string;
  fullName: string;
  penName: string | null;
  phone: string | null;
  organizationName: string | null;
  createdAt: string;
}

export interface MembershipSummary {
  awardId: string;
  role: AwardRole;
}

export interface MeResponse {
  id: string;
  email: string;
  fullName: string;
  penName: string | null;
  phone: string | null;
  organizationName: string | null;
  /** `organization`: a press agency or committee that files entries in batches (docs/agencies.md). */
  accountKind: AccountKind;
  roles: SystemRole[];
  memberships: MembershipSummary[];
}

/**
 * The answer to a registration: the same whether or not the email already has an account, so it
 * tells nobody which emails exist. The account is created from the link mailed to the address.
 */
export interface RegisterResponse {
  status: 'confirmation_sent';
  email: string;
}

export interface LoginResponse {
  accessToken: string;
  expiresAt: string;
  user: MeResponse;
}

/** What a media type accepts: a size cap and MIME types (decided from file content, not names). */
export interface FileRule {
  maxBytes: number;
  types: string[];
  /** Optional content limits, checked at upload from the file's headers (defaults in libs/domain). */
  maxPixels?: number;
  maxPages?: number;
  maxDurationSeconds?: number;
}

export interface AwardRules {
  /** First publication date accepted, a calendar date in Vietnam (YYYY-MM-DD). */
  publicationFrom: string;
  /** Last publication date accepted, inclusive (YYYY-MM-DD). */
  publicationTo: string;
  /** The moment entries close, ISO 8601 with offset (e.g. 2020-11-10T17:00:00+07:00). */
  submissionDeadline: string;
  maxEntriesPerAuthor: number;
  /** The most authors one work may list, all of them counted. */
  maxCoAuthors: number;
  maxSeriesParts: number;
  languages: string[];
  files: Partial<Record<MediaType, FileRule>>;
  /**
   * Entries must come through an agency or committee: submitting an entry that is not in a batch
   * with a covering letter is refused (AGENCY_CONFIRMATION_REQUIRED). Absent = false.
   */
  agencyConfirmationRequired?: boolean;
}

export interface PrizeTier {
  code: string;
  label: string;
  targetCount: number;
  prizeMoney?: number | null;
  /**
   * The lowest average, on a 10-point scale (0–10, at most 2 decimals), from which the results
   * suggest this tier; scaled to each round's rubric maximum. Not above any earlier tier's. Once any
   * tier of an award has one, tiers without one are never suggested.
   */
  minScore?: number | null;
}

/**
 * A topic prize's machine-readable condition on the work's authors; at least one author must meet it.
 * Ages are whole years on the award's submission deadline (a Vietnam calendar date).
 */
export type TopicPrizeCondition =
  /** An author aged `years` or more (giải tác giả cao tuổi: 70). */
  | { kind: 'authorAgeAtLeast'; years: number }
  /** An author younger than `years` (giải tác giả trẻ nhất: under 18). */
  | { kind: 'authorYoungerThan'; years: number }
  /** An author declared as living abroad (người Việt Nam ở nước ngoài). */
  | { kind: 'overseasAuthor' };

export interface TopicPrize {
  code: string;
  label: string;
  targetCount?: number | null;
  prizeMoney?: number | null;
  /** Checked against the authors when the prize is decided; absent = no condition. */
  condition?: TopicPrizeCondition | null;
}

export interface CategoryResponse {
  id: string;
  awardId: string;
  code: string;
  name: string;
  mediaType: MediaType;
  genres: string[];
  sortOrder: number;
}

export interface AwardSummary {
  id: string;
  name: string;
  edition: number;
  year: number;
  level: AwardLevel;
  status: AwardStatus;
  organizerName: string | null;
}

export interface AwardResponse extends AwardSummary {
  description: string | null;
  /**
   * Where the award's documents are dated ("Hà Nội, ngày … tháng … năm …"); null = the default for
   * its level (`documentPlace` in libs/domain: Hà Nội for a national award).
   */
  place: string | null;
  rules: AwardRules;
  categories: CategoryResponse[];
  prizeTiers: PrizeTier[];
  topicPrizes: TopicPrize[];
  /** Who issues and signs its documents; null = implied by the organizer's name. */
  institution: AwardInstitution | null;
  /** Filled by the judging issue; empty until rounds exist. */
  rounds: unknown[];
  allowedTransitions: AwardStatus[];
  /** Set by publication: when, and the sha256 of the frozen decisions (also in the audit chain). */
  publishedAt: string | null;
  resultsSnapshotHash: string | null;
  /** Who may read the verification package once published (`public` by default). */
  verificationAccess: VerificationAccess;
  createdAt: string;
  updatedAt: string;
}

export interface PublicAwardResponse extends AwardSummary {
  description: string | null;
  rules: AwardRules;
  categories: Pick<CategoryResponse, 'id' | 'code' | 'name' | 'mediaType' | 'genres'>[];
  prizeTiers: PrizeTier[];
  topicPrizes: TopicPrize[];
}

export interface MemberResponse {
  id: string;
  awardId: string;
  userId: string;
  email: string;
  fullName: string;
  role: AwardRole;
  organizationName: string | null;
  /** Chức vụ (e.g. "Phó Tổng Biên tập Báo Nhân Dân"), shown in councils and their documents. */
  title: string | null;
  /** True once the invitee has set a password. */
  activated: boolean;
  /** Agencies a judge declared a relationship with. */
  declaredOrganizations: string[];
  createdAt: string;
}

export interface OutboxMessageResponse {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}
