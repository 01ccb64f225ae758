import type { EntryStatus } from './entries';
import type { MediaType } from './enums';

/** Formats of the organizer's results file. */
export const RESULT_EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export type ResultExportFormat = (typeof RESULT_EXPORT_FORMATS)[number];

/**
 * One decided result as organizers see it in exports: the public facts plus the entry's code, its
 * receipt number, its score in the last round and whether a complaint took the prize away.
 */
export interface ResultRow {
  entryId: string;
  entryCode: string | null;
  receiptNumber: string | null;
  tierCode: string | null;
  tierLabel: string | null;
  topicPrizes: string[];
  entryTitle: string;
  categoryName: string;
  mediaType: MediaType;
  authors: { fullName: string; penName: string | null; organizationName: string | null }[];
  organizationName: string | null;
  /** The entry's score in the award's last closed round (mean of the judges' totals). */
  score: number | null;
  /** `awarded`, or what a complaint decided: the prize `revoked` or the work `withdrawn`. */
  standing: PrizeStanding;
}

export const PRIZE_STANDINGS = ['awarded', 'revoked', 'withdrawn'] as const;
export type PrizeStanding = (typeof PRIZE_STANDINGS)[number];

/** Complaints (khiếu nại) recorded after publication, and how the organizer resolved them. */
export const COMPLAINT_STATUSES = ['open', 'dismissed', 'withdrawn', 'revoked'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_OUTCOMES = ['dismissed', 'withdrawn', 'revoked'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export interface ComplaintResponse {
  id: string;
  awardId: string;
  entryId: string;
  entryTitle: string;
  entryCode: string | null;
  tierCode: string | null;
  /** Who complained (a person or body, as written on the complaint). */
  complainant: string;
  reason: string;
  status: ComplaintStatus;
  resolutionNote: string | null;
  filedAt: string;
  resolvedAt: string | null;
}

/** Where a forwarded entry came from ("forwarded by …, prize A"). */
export interface EntryProvenance {
  awardId: string;
  awardName: string;
  entryId: string;
  receiptNumber: string | null;
  tierCode: string | null;
  tierLabel: string | null;
  forwardedAt: string;
}

export interface ForwardResultResponse {
  /** The national entries created, one per forwarded provincial entry. */
  forwarded: { sourceEntryId: string; entryId: string; title: string; tierCode: string | null }[];
  /** Entries chosen but not forwarded, with the reason's code (e.g. ENTRY_ALREADY_FORWARDED). */
  skipped: { sourceEntryId: string; title: string; code: string }[];
}

/** The organizer's dashboard: counts for the charts, all computed in SQL. */
export interface AwardDashboardResponse {
  entriesByMediaType: { mediaType: MediaType; status: EntryStatus; count: number }[];
  judgingProgress: {
    roundId: string;
    roundName: string;
    panelId: string;
    panelName: string;
    assigned: number;
    submitted: number;
  }[];
  /** Per round and judge with submitted sheets: their totals as a histogram over the rubric's range (10 buckets). */
  scoreDistributions: {
    roundId: string;
    judgeId: string;
    judgeName: string;
    buckets: { from: number; to: number; count: number }[];
  }[];
  tiers: { code: string; label: string; targetCount: number; current: number }[];
}
