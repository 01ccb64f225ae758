import type {
  AwardStatus,
  ComplaintOutcome,
  ComplaintResponse,
  ComplaintStatus,
  ForwardResultResponse,
  PrizeResponse,
  PrizeTier,
  PublicAwardResponse,
} from '@press-award/contracts';

/**
 * The rules of the aftercare page (complaints and forwarding after publication), kept pure so they
 * are unit-tested without a browser.
 */

/** The limits of `FileComplaintDto` / `ResolveComplaintDto`, so the form refuses what the API would. */
export { COMPLAINANT_MAX_LENGTH, COMPLAINT_TEXT_MAX_LENGTH } from '@press-award/contracts';

/** Complaints and forwarding concern published results only (the API answers 409 before). */
export function aftercareOpen(status: AwardStatus): boolean {
  return status === 'published';
}

/** What a resolved complaint did to the prize; dismissed complaints change nothing. */
export type LostStanding = 'withdrawn' | 'revoked';

/**
 * Per entry, the prize a resolved complaint took away. Every change of standing comes from a
 * complaint, so the complaints the page has loaded tell it (the prizes list's `standing` agrees). A
 * withdrawn work stays withdrawn whatever else was decided about it.
 */
export function lostStandings(
  complaints: readonly ComplaintResponse[],
): ReadonlyMap<string, LostStanding> {
  const lost = new Map<string, LostStanding>();
  for (const complaint of complaints) {
    if (complaint.status === 'withdrawn') lost.set(complaint.entryId, 'withdrawn');
    else if (complaint.status === 'revoked' && lost.get(complaint.entryId) !== 'withdrawn')
      lost.set(complaint.entryId, 'revoked');
  }
  return lost;
}

export interface PrizeWinner {
  entryId: string;
  entryCode: string | null;
  title: string;
  tierCode: string | null;
  /** The tier's label, or null for a work holding topic prizes only. */
  tierLabel: string | null;
  topicPrizes: string[];
  lost: LostStanding | null;
}

/**
 * The prize-winning entries (a tier or a topic prize, as the API requires for a complaint), in the
 * order of the prize structure, then by code. Entries with no prize at all are left out.
 */
export function prizeWinners(
  prizes: readonly PrizeResponse[],
  tiers: readonly PrizeTier[],
  complaints: readonly ComplaintResponse[],
): PrizeWinner[] {
  const lost = lostStandings(complaints);
  const tierOrder = (code: string | null): number => {
    const index = tiers.findIndex((tier) => tier.code === code);
    return index === -1 ? tiers.length : index;
  };
  return prizes
    .filter((prize) => prize.tierCode !== null || prize.topicPrizes.length > 0)
    .map((prize) => ({
      entryId: prize.entryId,
      entryCode: prize.entryCode,
      title: prize.title,
      tierCode: prize.tierCode,
      tierLabel: tiers.find((tier) => tier.code === prize.tierCode)?.label ?? null,
      topicPrizes: prize.topicPrizes,
      lost: lost.get(prize.entryId) ?? null,
    }))
    .sort(
      (a, b) =>
        tierOrder(a.tierCode) - tierOrder(b.tierCode) ||
        (a.entryCode ?? '').localeCompare(b.entryCode ?? '') ||
        a.title.localeCompare(b.title, 'vi'),
    );
}

/**
 * The outcomes an organizer may choose for a complaint. Revoking needs a standing prize (the API
 * answers COMPLAINT_NO_PRIZE otherwise); withdrawing a withdrawn work changes nothing either.
 */
export function availableOutcomes(lost: LostStanding | null): ComplaintOutcome[] {
  if (lost === 'withdrawn') return ['dismissed'];
  if (lost === 'revoked') return ['dismissed', 'withdrawn'];
  return ['dismissed', 'withdrawn', 'revoked'];
}

/** Open complaints first, then the newest: the API's order, kept when one is added or resolved. */
export function sortComplaints(complaints: readonly ComplaintResponse[]): ComplaintResponse[] {
  return [...complaints].sort(
    (a, b) =>
      Number(b.status === 'open') - Number(a.status === 'open') ||
      b.filedAt.localeCompare(a.filedAt) ||
      a.id.localeCompare(b.id),
  );
}

/** Replaces one complaint (after resolving it) or adds it (after filing), keeping the order. */
export function upsertComplaint(
  complaints: readonly ComplaintResponse[],
  complaint: ComplaintResponse,
): ComplaintResponse[] {
  return sortComplaints([
    ...complaints.filter((existing) => existing.id !== complaint.id),
    complaint,
  ]);
}

export function countOpen(complaints: readonly ComplaintResponse[]): number {
  return complaints.filter((complaint) => complaint.status === 'open').length;
}

export const complaintChipClass = (status: ComplaintStatus): string =>
  `pa-complaint-chip pa-complaint-chip--${status}`;

/** National awards open for entries, other than this one: the only targets the API accepts. */
export function forwardTargets(
  awards: readonly PublicAwardResponse[],
  sourceAwardId: string,
): PublicAwardResponse[] {
  return awards.filter(
    (award) => award.level === 'national' && award.status === 'open' && award.id !== sourceAwardId,
  );
}

/**
 * Tiers ticked at first: A and B, the works provinces usually forward. An award whose tiers are
 * coded otherwise (Nhất/Nhì…) gets its first two tiers, its highest by the order it declares them.
 */
export function defaultForwardTiers(tiers: readonly PrizeTier[]): string[] {
  const usual = tiers
    .filter((tier) => tier.code === 'A' || tier.code === 'B')
    .map((tier) => tier.code);
  return usual.length > 0 ? usual : tiers.slice(0, 2).map((tier) => tier.code);
}

export interface ForwardSelection {
  tierCodes: ReadonlySet<string>;
  entryIds: ReadonlySet<string>;
}

export interface ForwardPlan {
  /** What is sent: tiers as tiers (the API picks their standing winners), and the extra entries. */
  request: { tierCodes?: string[]; entryIds?: string[] } | null;
  /** The works the plan covers, for the confirmation; prizes a complaint took away are not among them. */
  works: PrizeWinner[];
}

/** A winner is forwarded through its tier when that tier is ticked; it then needs no tick of its own. */
export function coveredByTier(winner: PrizeWinner, selection: ForwardSelection): boolean {
  return winner.tierCode !== null && selection.tierCodes.has(winner.tierCode);
}

/**
 * Turns the ticks into the request body. Entries already covered by a ticked tier are not sent
 * again; works whose prize was lost are never sent (the API would skip them anyway). Null when
 * nothing is chosen, so the page can say so before calling.
 */
export function forwardPlan(
  winners: readonly PrizeWinner[],
  selection: ForwardSelection,
): ForwardPlan {
  const standing = winners.filter((winner) => winner.lost === null);
  const tierCodes = [...selection.tierCodes];
  const entryIds = standing
    .filter((winner) => selection.entryIds.has(winner.entryId) && !coveredByTier(winner, selection))
    .map((winner) => winner.entryId);
  const works = standing.filter(
    (winner) => coveredByTier(winner, selection) || entryIds.includes(winner.entryId),
  );
  if (tierCodes.length === 0 && entryIds.length === 0) return { request: null, works: [] };
  return {
    request: {
      ...(tierCodes.length ? { tierCodes } : {}),
      ...(entryIds.length ? { entryIds } : {}),
    },
    works,
  };
}

export interface ForwardOutcome {
  forwarded: { title: string; tierLabel: string | null }[];
  skipped: { title: string; code: string; reason: string }[];
}

/** The answer in words: tier labels for what went, the translated reason for what did not. */
export function describeForwardResult(
  result: ForwardResultResponse,
  tiers: readonly PrizeTier[],
  reasonFor: (code: string) => string,
  untitled: string,
): ForwardOutcome {
  return {
    forwarded: result.forwarded.map((item) => ({
      title: item.title,
      tierLabel: tiers.find((tier) => tier.code === item.tierCode)?.label ?? null,
    })),
    skipped: result.skipped.map((item) => ({
      title: item.title || untitled,
      code: item.code,
      reason: reasonFor(item.code),
    })),
  };
}
