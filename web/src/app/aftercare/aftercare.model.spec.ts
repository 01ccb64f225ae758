import type {
  ComplaintResponse,
  PrizeResponse,
  PrizeTier,
  PublicAwardResponse,
} from '@press-award/contracts';
import {
  aftercareOpen,
  availableOutcomes,
  countOpen,
  defaultForwardTiers,
  describeForwardResult,
  forwardPlan,
  forwardTargets,
  lostStandings,
  prizeWinners,
  sortComplaints,
  upsertComplaint,
} from './aftercare.model';

const tiers: PrizeTier[] = [
  { code: 'A', label: 'Giải A', targetCount: 1 },
  { code: 'B', label: 'Giải B', targetCount: 2 },
  { code: 'C', label: 'Giải C', targetCount: 3 },
];
const prize = (
  entryId: string,
  entryCode: string | null,
  tierCode: string | null,
  topicPrizes: string[] = [],
): PrizeResponse => ({
  entryId,
  entryCode,
  title: `Tác phẩm ${entryId}`,
  categoryId: 'in',
  tierCode,
  topicPrizes,
  note: null,
});
const complaint = (
  id: string,
  entryId: string,
  status: ComplaintResponse['status'],
  filedAt: string,
): ComplaintResponse => ({
  id,
  awardId: 'award',
  entryId,
  entryTitle: `Tác phẩm ${entryId}`,
  entryCode: null,
  tierCode: null,
  complainant: 'Bạn đọc',
  reason: 'Trùng lặp',
  status,
  resolutionNote: status === 'open' ? null : 'Đã xác minh',
  filedAt,
  resolvedAt: status === 'open' ? null : filedAt,
});
const award = (
  id: string,
  level: PublicAwardResponse['level'],
  status: PublicAwardResponse['status'],
): PublicAwardResponse =>
  ({
    id,
    name: id,
    edition: 6,
    year: 2021,
    level,
    status,
    organizerName: null,
  }) as PublicAwardResponse;

describe('aftercare', () => {
  it('should open only once the results are published', () => {
    expect(aftercareOpen('published')).toBe(true);
    for (const status of ['draft', 'open', 'closed', 'judging', 'decided'] as const)
      expect(aftercareOpen(status)).toBe(false);
  });

  describe(lostStandings.name, () => {
    it('should read what resolved complaints took away, a withdrawal outranking a revocation', () => {
      const lost = lostStandings([
        complaint('c1', 'e1', 'dismissed', '2021-01-20T00:00:00Z'),
        complaint('c2', 'e2', 'withdrawn', '2021-01-20T00:00:00Z'),
        complaint('c3', 'e2', 'revoked', '2021-01-21T00:00:00Z'),
        complaint('c4', 'e3', 'revoked', '2021-01-21T00:00:00Z'),
        complaint('c5', 'e4', 'open', '2021-01-21T00:00:00Z'),
      ]);
      expect([...lost.entries()].sort()).toEqual([
        ['e2', 'withdrawn'],
        ['e3', 'revoked'],
      ]);
    });
  });

  describe(prizeWinners.name, () => {
    it('should list works with a tier or a topic prize in the order of the structure, never those without a prize', () => {
      const winners = prizeWinners(
        [
          prize('e1', 'IN-0003', 'B'),
          prize('e2', 'IN-0001', null),
          prize('e3', 'TH-0001', null, ['TUOI_TRE']),
          prize('e4', 'IN-0002', 'A'),
          prize('e5', 'IN-0001', 'B'),
        ],
        tiers,
        [complaint('c1', 'e1', 'revoked', '2021-01-20T00:00:00Z')],
      );
      expect(winners.map((winner) => [winner.entryId, winner.tierLabel, winner.lost])).toEqual([
        ['e4', 'Giải A', null],
        ['e5', 'Giải B', null],
        ['e1', 'Giải B', 'revoked'],
        ['e3', null, null],
      ]);
    });
  });

  it('should offer only outcomes that still change something', () => {
    expect(availableOutcomes(null)).toEqual(['dismissed', 'withdrawn', 'revoked']);
    expect(availableOutcomes('revoked')).toEqual(['dismissed', 'withdrawn']);
    expect(availableOutcomes('withdrawn')).toEqual(['dismissed']);
  });

  it('should keep open complaints first, then the newest, when one is added or resolved', () => {
    const list = sortComplaints([
      complaint('c1', 'e1', 'dismissed', '2021-01-25T00:00:00Z'),
      complaint('c2', 'e2', 'open', '2021-01-20T00:00:00Z'),
      complaint('c3', 'e3', 'open', '2021-01-22T00:00:00Z'),
    ]);
    expect(list.map((item) => item.id)).toEqual(['c3', 'c2', 'c1']);
    const resolved = upsertComplaint(
      list,
      complaint('c3', 'e3', 'revoked', '2021-01-22T00:00:00Z'),
    );
    expect(resolved.map((item) => [item.id, item.status])).toEqual([
      ['c2', 'open'],
      ['c1', 'dismissed'],
      ['c3', 'revoked'],
    ]);
    expect(resolved).toHaveLength(3);
    expect(countOpen(resolved)).toBe(1);
  });

  it('should offer as targets only other national awards open for entries', () => {
    const targets = forwardTargets(
      [
        award('self', 'national', 'open'),
        award('n-open', 'national', 'open'),
        award('n-closed', 'national', 'closed'),
        award('p-open', 'provincial', 'open'),
      ],
      'self',
    );
    expect(targets.map((target) => target.id)).toEqual(['n-open']);
  });

  describe(defaultForwardTiers.name, () => {
    it('should tick A and B, as provinces usually forward', () => {
      expect(
        defaultForwardTiers([{ code: 'DB', label: 'Đặc biệt', targetCount: 1 }, ...tiers]),
      ).toEqual(['A', 'B']);
    });

    it('should fall back to the two highest tiers when none is coded A or B', () => {
      const named: PrizeTier[] = [
        { code: 'NHAT', label: 'Giải Nhất', targetCount: 1 },
        { code: 'NHI', label: 'Giải Nhì', targetCount: 2 },
        { code: 'BA', label: 'Giải Ba', targetCount: 3 },
      ];
      expect(defaultForwardTiers(named)).toEqual(['NHAT', 'NHI']);
      expect(defaultForwardTiers([])).toEqual([]);
    });
  });

  describe(forwardPlan.name, () => {
    const winners = prizeWinners(
      [
        prize('e1', 'IN-0001', 'A'),
        prize('e2', 'IN-0002', 'B'),
        prize('e3', 'IN-0003', 'C'),
        prize('e4', 'IN-0004', 'C'),
        prize('e5', 'IN-0005', null, ['TUOI_TRE']),
      ],
      tiers,
      [complaint('c1', 'e4', 'withdrawn', '2021-01-20T00:00:00Z')],
    );

    it('should send ticked tiers as tiers and only the extra entries they do not cover', () => {
      const plan = forwardPlan(winners, {
        tierCodes: new Set(['A', 'B']),
        entryIds: new Set(['e1', 'e3', 'e5']),
      });
      expect(plan.request).toEqual({ tierCodes: ['A', 'B'], entryIds: ['e3', 'e5'] });
      expect(plan.works.map((work) => work.entryId)).toEqual(['e1', 'e2', 'e3', 'e5']);
    });

    it('should never send or count a work whose prize a complaint took away', () => {
      const plan = forwardPlan(winners, { tierCodes: new Set(['C']), entryIds: new Set(['e4']) });
      expect(plan.request).toEqual({ tierCodes: ['C'] });
      expect(plan.works.map((work) => work.entryId)).toEqual(['e3']);
    });

    it('should have nothing to send when nothing is ticked', () => {
      expect(forwardPlan(winners, { tierCodes: new Set(), entryIds: new Set() })).toEqual({
        request: null,
        works: [],
      });
      expect(
        forwardPlan(winners, { tierCodes: new Set(), entryIds: new Set(['e4']) }).request,
      ).toBeNull();
    });
  });

  it('should word the forwarding result with tier labels and translated reasons', () => {
    const outcome = describeForwardResult(
      {
        forwarded: [{ sourceEntryId: 'e1', entryId: 'n1', title: 'Tác phẩm e1', tierCode: 'A' }],
        skipped: [
          { sourceEntryId: 'e2', title: 'Tác phẩm e2', code: 'ENTRY_ALREADY_FORWARDED' },
          { sourceEntryId: 'x', title: '', code: 'ENTRY_NOT_FOUND' },
        ],
      },
      tiers,
      (code) => `lý do ${code}`,
      '(không rõ)',
    );
    expect(outcome).toEqual({
      forwarded: [{ title: 'Tác phẩm e1', tierLabel: 'Giải A' }],
      skipped: [
        {
          title: 'Tác phẩm e2',
          code: 'ENTRY_ALREADY_FORWARDED',
          reason: 'lý do ENTRY_ALREADY_FORWARDED',
        },
        { title: '(không rõ)', code: 'ENTRY_NOT_FOUND', reason: 'lý do ENTRY_NOT_FOUND' },
      ],
    });
  });
});
