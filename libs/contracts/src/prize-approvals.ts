import type { CollectivePrizeTier } from './collective-prizes';

/**
 * The steering committee (Ban Chỉ đạo) approves the prize list (docs/councils.md, "The steering
 * committee approves the prize list"). Each approval records the hash of the list as it was, so an
 * approval stays attached to that list: once a prize changes it is no longer `current`.
 */
export const PRIZE_APPROVAL_NOTE_MAX_LENGTH = 1000;

/** One member's approval. */
export interface PrizeApprovalResponse {
  id: string;
  userId: string;
  fullName: string;
  /** The member's title in this award (chức vụ), when the organizer gave one. */
  title: string | null;
  approvedAt: string;
  note: string | null;
  /** The approved list is the list as it is now (its hash equals `listHash`). */
  current: boolean;
}

/** A collective prize as the list being approved names it. */
export interface ApprovedCollectivePrize {
  organizationName: string;
  tierCode: CollectivePrizeTier;
  tierLabel: string;
  citation: string;
}

/** `GET /awards/:awardId/prize-approvals`. */
export interface PrizeApprovalsResponse {
  /** sha256 of the canonical JSON of today's prize list (works' code, tier, topic prizes; collectives). */
  listHash: string;
  /** Newest first. */
  approvals: PrizeApprovalResponse[];
  /** How many steering committee members the award has. */
  steeringMembers: number;
  /**
   * The collective prizes on the list, in the order they are announced: the steering committee
   * approves them too but has no access to the collective prizes' routes.
   */
  collectivePrizes: ApprovedCollectivePrize[];
}
