import type { AwardRole } from './enums';
import type { PublicResultResponse } from './jury';

/**
 * Prizes for collectives (giải / khen thưởng tập thể): press agencies and Party committees'
 * commissions that organised or promoted the award well. The organizer decides them with a
 * citation; they are listed with the results and have a certificate of their own.
 *
 * Their tiers are not the works' tiers (A, B, C…): a committee honours a unit with a collective
 * prize, a certificate of merit (Bằng khen, from a body of ministerial or provincial rank, e.g. Ban
 * Tổ chức Trung ương) or a certificate of commendation (Giấy khen, e.g. a provincial commission).
 */
export const COLLECTIVE_PRIZE_TIERS = ['collective_prize', 'merit', 'commendation'] as const;
export type CollectivePrizeTier = (typeof COLLECTIVE_PRIZE_TIERS)[number];

/**
 * The tiers as committees print them. Public results carry this Vietnamese label, like the award's
 * own tier labels (data, not interface words); the web app translates `tierCode` for English.
 */
export const COLLECTIVE_PRIZE_TIER_LABELS: Record<CollectivePrizeTier, string> = {
  collective_prize: 'Giải tập thể',
  merit: 'Bằng khen',
  commendation: 'Giấy khen',
};

export const COLLECTIVE_ORGANIZATION_MAX_LENGTH = 300;
export const COLLECTIVE_CITATION_MAX_LENGTH = 2000;

/** One collective prize as the organizer and the secretariat see it. */
export interface CollectivePrizeResponse {
  id: string;
  awardId: string;
  organizationName: string;
  tierCode: CollectivePrizeTier;
  tierLabel: string;
  citation: string;
  createdAt: string;
}

/**
 * A collective prize among the public results (`GET /public/awards/:awardId/results`): a row marked
 * `collective: true`, after the works' rows, so clients reading the works' rows keep working.
 */
export interface PublicCollectivePrizeResult {
  collective: true;
  tierCode: CollectivePrizeTier;
  tierLabel: string;
  organizationName: string;
  citation: string;
}

/**
 * Who may read an award's verification package: anyone (`public`, the default: "công khai, minh
 * bạch"), or only its organizers, steering committee and named auditors (`restricted`).
 */
export const VERIFICATION_ACCESS_MODES = ['public', 'restricted'] as const;
export type VerificationAccess = (typeof VERIFICATION_ACCESS_MODES)[number];

/** One row of `GET /public/awards/:awardId/results`: a work's prize, or a collective's. */
export type PublicResultsRow = PublicResultResponse | PublicCollectivePrizeResult;

/**
 * Award roles that grant nothing but reading a restricted verification package (and, for the
 * steering committee, Ban Chỉ đạo, reading and approving the prize list): the steering committee and
 * named auditors. They manage nothing, so they neither list the award among the awards a person
 * manages nor land on the management pages.
 */
export const VERIFICATION_ONLY_ROLES = [
  'steering',
  'auditor',
] as const satisfies readonly AwardRole[];
