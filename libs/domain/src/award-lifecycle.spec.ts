import { AWARD_STATUSES } from '@press-award/contracts';
import { allowedAwardTransitions, canTransitionAward, isAwardPublic } from './award-lifecycle';

describe(canTransitionAward.name, () => {
  it('should allow the main line draft → open → closed → judging → decided → published', () => {
    const line = ['draft', 'open', 'closed', 'judging', 'decided', 'published'] as const;
    for (let index = 0; index < line.length - 1; index++)
      expect(canTransitionAward(line[index]!, line[index + 1]!)).toBe(true);
  });

  it('should allow only the two documented steps back and nothing after publication', () => {
    const backwards = AWARD_STATUSES.flatMap((from) =>
      AWARD_STATUSES.filter(
        (to) =>
          AWARD_STATUSES.indexOf(to) < AWARD_STATUSES.indexOf(from) && canTransitionAward(from, to),
      ).map((to) => `${from}→${to}`),
    );
    expect(backwards).toEqual(['closed→open', 'decided→judging']);
    expect(allowedAwardTransitions('published')).toEqual([]);
  });

  it('should never skip a step forward or stay in place', () => {
    for (const from of AWARD_STATUSES) {
      expect(canTransitionAward(from, from)).toBe(false);
      for (const to of AWARD_STATUSES) {
        if (AWARD_STATUSES.indexOf(to) > AWARD_STATUSES.indexOf(from) + 1)
          expect(canTransitionAward(from, to)).toBe(false);
      }
    }
  });

  it('should keep drafts private', () => {
    expect(AWARD_STATUSES.filter(isAwardPublic)).toEqual([
      'open',
      'closed',
      'judging',
      'decided',
      'published',
    ]);
  });
});
