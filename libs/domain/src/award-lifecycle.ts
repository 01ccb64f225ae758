import type { AwardStatus } from '@press-award/contracts';

/**
 * Legal moves of an award edition. The main line runs forward; two steps back are allowed because
 * real committees do them: reopening a closed call (deadline extended) and returning a decided award
 * to deliberation before anything is published. Publication is final.
 */
const TRANSITIONS: Readonly<Record<AwardStatus, readonly AwardStatus[]>> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'judging'],
  judging: ['decided'],
  decided: ['judging', 'published'],
  published: [],
};

export function allowedAwardTransitions(from: AwardStatus): readonly AwardStatus[] {
  return TRANSITIONS[from];
}

export function canTransitionAward(from: AwardStatus, to: AwardStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses the public (and every signed-in reporter) may see. */
export function isAwardPublic(status: AwardStatus): boolean {
  return status !== 'draft';
}
