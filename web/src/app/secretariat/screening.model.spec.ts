import {
  authorLine,
  codeOf,
  decisionClientErrors,
  findingKeys,
  pruneSelection,
  selectedInOrder,
  selectionState,
  toDecisionInput,
  toggleAll,
  toggleSelection,
  vietnamLocalInDays,
} from './screening.model';

const messages = { reasonRequired: 'REASON', deadlinePast: 'PAST', deadlineInvalid: 'INVALID' };
const now = new Date('2020-11-15T03:00:00Z');

describe('screening selection', () => {
  const visible = ['a', 'b', 'c'];

  it('should toggle one entry without mutating the previous selection', () => {
    const before = new Set(['a']);
    const after = toggleSelection(before, 'b');
    expect([...after]).toEqual(['a', 'b']);
    expect([...before]).toEqual(['a']);
    expect([...toggleSelection(after, 'a')]).toEqual(['b']);
  });

  it('should select every visible row, then clear them all, keeping rows of other pages', () => {
    const all = toggleAll(new Set(['x', 'a']), visible);
    expect(selectionState(all, visible)).toBe('all');
    const cleared = toggleAll(all, visible);
    expect(selectionState(cleared, visible)).toBe('none');
    expect([...cleared]).toEqual(['x']);
  });

  it('should report a partial selection', () => {
    expect(selectionState(new Set(['b']), visible)).toBe('some');
    expect(selectionState(new Set(), [])).toBe('none');
  });

  it('should drop entries no longer on screen and keep the same set when nothing changes', () => {
    const selected = new Set(['a', 'gone']);
    expect([...pruneSelection(selected, visible)]).toEqual(['a']);
    const kept = new Set(['a', 'c']);
    expect(pruneSelection(kept, visible)).toBe(kept);
  });

  it('should send the selection in table order and never an invisible id', () => {
    expect(selectedInOrder(new Set(['c', 'a', 'zzz']), visible)).toEqual(['a', 'c']);
  });
});

describe('screening decision', () => {
  it('should send no reason and no deadline for an eligible decision', () => {
    expect(
      toDecisionInput({
        decision: 'eligible',
        reason: 'ignored',
        revisionDeadline: '2020-11-20T17:00',
      }),
    ).toEqual({ decision: 'eligible' });
  });

  it('should send the revision deadline in Vietnam time with its offset', () => {
    expect(
      toDecisionInput({
        decision: 'needs_revision',
        reason: '  Thiếu bản dịch ',
        revisionDeadline: '2020-11-20T17:00',
      }),
    ).toEqual({
      decision: 'needs_revision',
      reason: 'Thiếu bản dịch',
      revisionDeadline: '2020-11-20T17:00:00+07:00',
    });
  });

  it('should leave the deadline out when empty (the server default applies)', () => {
    expect(
      toDecisionInput({ decision: 'needs_revision', reason: 'x', revisionDeadline: '' }),
    ).toEqual({ decision: 'needs_revision', reason: 'x' });
  });

  it('should require a reason unless eligible, on the reason field', () => {
    expect(
      decisionClientErrors(
        { decision: 'eligible', reason: '', revisionDeadline: '' },
        now,
        messages,
      ),
    ).toEqual([]);
    expect(
      decisionClientErrors(
        { decision: 'ineligible', reason: '  ', revisionDeadline: '' },
        now,
        messages,
      ),
    ).toEqual([{ field: 'reason', code: 'SCREENING_REASON_REQUIRED', message: 'REASON' }]);
  });

  it('should refuse a revision deadline in the past, in Vietnam time', () => {
    // now is 10:00 in Vietnam; 09:59 the same day has passed, 10:01 has not.
    const past = decisionClientErrors(
      { decision: 'needs_revision', reason: 'x', revisionDeadline: '2020-11-15T09:59' },
      now,
      messages,
    );
    expect(past).toEqual([expect.objectContaining({ field: 'revisionDeadline', message: 'PAST' })]);
    expect(
      decisionClientErrors(
        { decision: 'needs_revision', reason: 'x', revisionDeadline: '2020-11-15T10:01' },
        now,
        messages,
      ),
    ).toEqual([]);
  });

  it('should refuse a revision deadline that is not a date and time, as typed', () => {
    expect(
      decisionClientErrors(
        { decision: 'needs_revision', reason: 'x', revisionDeadline: '20/11/2020' },
        now,
        messages,
      ),
    ).toEqual([{ field: 'revisionDeadline', code: 'INVALID_DATETIME', message: 'INVALID' }]);
  });

  it('should propose a deadline in Vietnam wall-clock time', () => {
    expect(vietnamLocalInDays(now, 7)).toBe('2020-11-22T10:00');
  });
});

describe('screening display helpers', () => {
  it('should label known findings and fall back for unknown codes', () => {
    expect(findingKeys({ code: 'TOO_MANY_PARTS', params: { max: 5 } })).toEqual({
      label: 'finding.TOO_MANY_PARTS',
      hint: 'findingHint.TOO_MANY_PARTS',
      params: { code: 'TOO_MANY_PARTS', max: 5 },
    });
    expect(
      findingKeys({ code: 'POSSIBLY_SAME_AUTHOR', params: { max: 1 }, relatedEntryIds: ['e1'] }),
    ).toEqual({
      label: 'finding.POSSIBLY_SAME_AUTHOR',
      hint: 'findingHint.POSSIBLY_SAME_AUTHOR',
      params: { code: 'POSSIBLY_SAME_AUTHOR', max: 1 },
    });
    expect(findingKeys({ code: 'SOMETHING_NEW' })).toMatchObject({
      label: 'finding.other',
      hint: 'findingHint.other',
    });
  });

  it('should write an author with pen name and agency', () => {
    expect(
      authorLine({
        fullName: 'Nguyễn Văn A',
        penName: 'Minh Tâm',
        organizationName: 'Báo Nhân Dân',
      }),
    ).toBe('Nguyễn Văn A (Minh Tâm) — Báo Nhân Dân');
    expect(authorLine({ fullName: 'Lê B', penName: ' ', organizationName: null })).toBe('Lê B');
  });

  it('should prefer the code on the row, then the issued one', () => {
    const issued = new Map([['e1', 'IN1-0042']]);
    expect(codeOf({ id: 'e1' }, issued)).toBe('IN1-0042');
    expect(codeOf({ id: 'e1', code: 'IN1-0001' }, issued)).toBe('IN1-0001');
    expect(codeOf({ id: 'e2' }, issued)).toBeNull();
  });
});
