import type { PrizeStanding } from './results';
import type { MediaType } from './enums';

export interface RubricCriterion {
  key: string;
  name: string;
  maxScore: number;
  step: number;
  weight?: number | null;
}

export interface Rubric {
  criteria: RubricCriterion[];
}

export const ROUND_STATUSES = ['draft', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface PanelResponse {
  id: string;
  roundId: string;
  name: string;
  categoryIds: string[];
  judgeIds: string[];
  /** The panel's leader (trưởng tiểu ban), one of its judges; null until the organizer names one. */
  leaderUserId: string | null;
}

export interface RoundResponse {
  id: string;
  awardId: string;
  name: string;
  order: number;
  judgesPerEntry: number;
  rubric: Rubric;
  /**
   * How far (in points of the weighted total) a judge may be from the other judges' mean on an entry
   * before the results flag DISAGREEMENT; null: the default, 2 points per 10 of the rubric's maximum.
   */
  disagreementPoints: number | null;
  /** The distance the results use: `disagreementPoints`, or the default worked out from the rubric. */
  disagreementDistance: number;
  status: RoundStatus;
  entryIds: string[];
  panels: PanelResponse[];
  createdAt: string;
}

/** What advancement by rule would put into a round (`POST /rounds/:roundId/entries/preview`); nothing is saved. */
export interface AdvancementPreviewResponse {
  fromRoundId: string;
  /** The chosen entries, by category then place: mean of submitted totals, rank within the category. */
  entries: {
    entryId: string;
    entryCode: string;
    categoryId: string;
    mean: number;
    /** 1 = best of its category in the earlier round; ties share a place. */
    place: number;
    /** Already in the round: advancing again adds nothing for it. */
    alreadyInRound: boolean;
  }[];
}

export interface BlindCodesResponse {
  /** Codes given by this call (entries coded earlier keep theirs and are not counted). */
  issued: number;
  codes: { entryId: string; code: string }[];
}

export interface AssignmentResponse {
  id: string;
  roundId: string;
  entryId: string;
  entryCode: string;
  categoryId: string;
  mediaType: MediaType;
  judgeId: string;
  judgeName: string;
  status: 'active' | 'recused';
  recusalReason: string | null;
}

export interface AutoAssignResponse {
  /** False for a preview (`dryRun`), or when no valid assignment exists. */
  saved: boolean;
  feasible: boolean;
  /** The new pairs (existing assignments are kept and not repeated). */
  added: { judgeId: string; entryId: string; entryCode: string }[];
  loads: Record<string, number>;
  balance: { panelId: string; minLoad: number; maxLoad: number; balanced: boolean }[];
  uncovered: {
    entryId: string;
    entryCode: string;
    reason: string;
    eligibleJudges: number;
    needed: number;
  }[];
}

export interface ConflictResponse {
  judgeId: string;
  entryId: string;
  reasons: string[];
}

export const SHEET_STATUSES = ['draft', 'submitted'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

/** A judge's score sheet (phiếu chấm) for one assignment. */
export interface SheetResponse {
  assignmentId: string;
  /** Criterion key → score; a draft may miss some. */
  scores: Record<string, number>;
  comment: string | null;
  /** Σ score × weight (weight 1 when unset), exact to 4 decimals; null while a score is missing. */
  total: number | null;
  status: SheetStatus;
  /** Optimistic concurrency: send it back (body `version` or `If-Match`) to save; 409 if stale. */
  version: number;
  updatedAt: string;
  submittedAt: string | null;
}

/** What a judge receives for one assignment: no author, pen name, agency, outlet or email. */
export interface JudgeAssignmentResponse {
  id: string;
  /** `recused` when the judge declared a conflict: listed, but no longer scored or served. */
  status: 'active' | 'recused';
  roundId: string;
  roundName: string;
  rubric: Rubric;
  entryCode: string;
  title: string;
  categoryName: string;
  mediaType: MediaType;
  parts: { title: string; publishedAt: string }[];
  files: { id: string; kind: string; mimeType: string; size: number }[];
  /**
   * Files whose judge copy is still being made ("đang chuẩn bị"), and files whose copy could not be
   * made ("không thể hiển thị — Ban Thư ký đã được báo"): counts only, never a reason or a name.
   */
  filesPreparing: number;
  filesUnavailable: number;
  /** The judge's sheet, or null before the first save. */
  sheet: SheetResponse | null;
}

export interface RoundProgressResponse {
  roundId: string;
  judges: {
    judgeId: string;
    judgeName: string;
    assigned: number;
    submitted: number;
    drafts: number;
    behind: boolean;
  }[];
  panels: { panelId: string; name: string; assigned: number; submitted: number }[];
  /** Entries with fewer submitted sheets than judges assigned. */
  entriesMissingScores: {
    entryId: string;
    entryCode: string;
    assigned: number;
    submitted: number;
  }[];
  totals: { assigned: number; submitted: number };
}

export const AGGREGATION_METHODS = ['mean', 'trimmed', 'zscore'] as const;
export type AggregationMethodName = (typeof AGGREGATION_METHODS)[number];

export interface RoundResultResponse {
  entryId: string;
  entryCode: string;
  categoryId: string;
  sheets: number;
  total: number | null;
  normalized: number | null;
  rank: number | null;
  flags: string[];
  /** Judges far from the others' mean on this entry (organizers only). */
  disagreeingJudges: string[];
  /** The tier a score threshold suggests; never applied by itself. */
  suggestedTier: string | null;
}

export interface JudgeSeverityResponse {
  judgeId: string;
  judgeName: string;
  sheets: number;
  mean: number;
  spread: number;
  offset: number;
}

export interface PrizeResponse {
  entryId: string;
  entryCode: string | null;
  title: string;
  categoryId: string;
  tierCode: string | null;
  topicPrizes: string[];
  note: string | null;
  /** `awarded`, or `revoked` / `withdrawn` after a complaint was resolved that way. */
  standing: PrizeStanding;
}

export interface PrizesResponse {
  prizes: PrizeResponse[];
  /** Per tier: the planned count and how many are decided now. */
  tiers: { code: string; label: string; targetCount: number; current: number }[];
}

export interface PublicResultResponse {
  /** Always `false` on a work's row; collective prizes come as `PublicCollectivePrizeResult`. */
  collective?: false;
  tierCode: string | null;
  tierLabel: string | null;
  topicPrizes: string[];
  entryTitle: string;
  categoryName: string;
  mediaType: MediaType;
  authors: { fullName: string; penName: string | null }[];
  organizationName: string | null;
}

/**
 * What anyone can check after publication (GET /public/awards/:awardId/verification): each closed
 * round's entries by code, every submitted sheet's criterion scores under a stable pseudonym per
 * judge (never a name, never a comment), the method and its parameters, the published ranking, and
 * the hash of all of it — the one recorded in the audit chain when the results were published.
 */
export interface VerificationPackage {
  awardId: string;
  /** sha256 of the canonical JSON of `{ awardId, rounds }`. */
  snapshotHash: string;
  rounds: VerificationRound[];
}

export interface VerificationRound {
  roundId: string;
  name: string;
  order: number;
  method: 'mean' | 'trimmed' | 'zscore';
  parameters: { maxTotal: number; expectedSheets: number; disagreementPoints: number };
  rubric: Rubric;
  /** Each entry of the round by its code, with its category's code (ranks are per category). */
  entries: { entryCode: string; category: string }[];
  sheets: { entryCode: string; judge: string; scores: Record<string, number> }[];
  /** The method's score and the rank within the category (null without sheets). */
  ranking: { entryCode: string; total: number | null; rank: number | null }[];
}

/** Someone who holds a place in a council (hội đồng): a judge, or the secretariat member who keeps its minutes. */
export interface CouncilPerson {
  userId: string;
  fullName: string;
  /** Chức vụ as the organizer recorded it on the award (e.g. "Phó Tổng Biên tập Báo Nhân Dân"). */
  title: string | null;
  organizationName: string | null;
}

/** A council's tiểu ban: one of the round's panels, with its leader (trưởng tiểu ban) and judges. */
export interface CouncilSubcommittee {
  panelId: string;
  name: string;
  leader: CouncilPerson | null;
  /** The panel's judges by name. */
  members: CouncilPerson[];
}

/**
 * A round's council (Hội đồng sơ khảo, Hội đồng chung khảo) as documents and pages show it
 * (`GET /rounds/:roundId/council`, and the council decision built from it).
 */
export interface CouncilView {
  roundId: string;
  roundName: string;
  name: string;
  chair: CouncilPerson | null;
  viceChair: CouncilPerson | null;
  secretary: CouncilPerson | null;
  subcommittees: CouncilSubcommittee[];
  /** Everyone once: the chair first, then the vice chair, the secretary, then the panels' judges by name. */
  members: CouncilPerson[];
}

/** The jury work an organizer may hand to the award's secretaries (Ban Thư ký). */
export const JURY_DELEGATIONS = ['rounds', 'assignments'] as const;
export type JuryDelegation = (typeof JURY_DELEGATIONS)[number];

/** `PUT /awards/:awardId/delegations` and its answer. */
export interface DelegationsResponse {
  awardId: string;
  secretariat: JuryDelegation[];
}

/** A round the caller chairs the council of (`GET /judging/councils`). */
export interface ChairedCouncilResponse {
  awardId: string;
  awardName: string;
  roundId: string;
  roundName: string;
  roundStatus: RoundStatus;
  councilName: string;
}

/**
 * What the chair of a council sees of its round's progress: the organizers' figures, blind — entries
 * by code only (`GET /rounds/:roundId/council/progress`).
 */
export interface CouncilProgressResponse {
  council: CouncilView;
  judges: RoundProgressResponse['judges'];
  panels: RoundProgressResponse['panels'];
  entriesMissingScores: { entryCode: string; assigned: number; submitted: number }[];
  totals: RoundProgressResponse['totals'];
}
