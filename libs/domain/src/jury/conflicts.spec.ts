import fc from 'fast-check';
import { isSameAuthor } from '../eligibility';
import {
  findConflicts,
  normalizeOrganizationName,
  type EntryProfile,
  type JudgeProfile,
} from './conflicts';

const judge = (overrides: Partial<JudgeProfile> = {}): JudgeProfile => ({
  id: 'j1',
  userId: 'u-judge',
  fullName: 'Trần Văn Bình',
  dateOfBirth: '1970-02-03',
  organizationName: 'Báo Nhân Dân',
  declaredOrganizations: [],
  ...overrides,
});
const entry = (id: string, authors: EntryProfile['authors']): EntryProfile => ({
  id,
  categoryId: 'print',
  authors,
});
const stranger = {
  userId: 'u-x',
  fullName: 'Lê Thị Hoa',
  dateOfBirth: '1990-01-01',
  organizationName: 'Báo Quân đội nhân dân',
};
const pairs = (conflicts: { judgeId: string; entryId: string; reasons: string[] }[]) =>
  conflicts.map(
    (conflict) => `${conflict.judgeId}/${conflict.entryId}:${conflict.reasons.join('+')}`,
  );

describe(findConflicts.name, () => {
  it('should find nothing between a judge and an unrelated entry', () => {
    expect(
      findConflicts({ judges: [judge()], entries: [entry('e1', [stranger])], recusals: [] }),
    ).toEqual([]);
  });

  it('should flag an author of the judge’s own agency, ignoring diacritics, case and spacing', () => {
    const entries = [
      entry('e1', [{ ...stranger, organizationName: 'BÁO  NHÂN DÂN' }]),
      entry('e2', [{ ...stranger, organizationName: 'bao nhan dan' }]),
      entry('e3', [{ ...stranger, organizationName: 'Báo Nhân Dân Cuối tuần' }]),
    ];
    const conflicts = findConflicts({ judges: [judge()], entries, recusals: [] });
    expect(pairs(conflicts)).toEqual(['j1/e1:OWN_AGENCY', 'j1/e2:OWN_AGENCY']);
    expect(conflicts[0]!.reason).toBe('OWN_AGENCY');
  });

  it('should flag any co-author’s agency, not only the first author’s', () => {
    const entries = [
      entry('e1', [stranger, { fullName: 'Phạm Đức', organizationName: 'Báo Nhân dân' }]),
    ];
    expect(pairs(findConflicts({ judges: [judge()], entries, recusals: [] }))).toEqual([
      'j1/e1:OWN_AGENCY',
    ]);
  });

  it('should flag agencies the judge declared', () => {
    const entries = [entry('e1', [{ ...stranger, organizationName: 'Đài Truyền hình Việt Nam' }])];
    const declaring = judge({ declaredOrganizations: ['dai truyen hinh viet nam'] });
    expect(pairs(findConflicts({ judges: [declaring], entries, recusals: [] }))).toEqual([
      'j1/e1:DECLARED_AGENCY',
    ]);
  });

  it('should not treat missing or empty agencies as one agency', () => {
    const entries = [entry('e1', [{ fullName: 'A' }, { fullName: 'B', organizationName: '  ' }])];
    const noAgency = judge({ organizationName: '', declaredOrganizations: [''] });
    expect(findConflicts({ judges: [noAgency], entries, recusals: [] })).toEqual([]);
  });

  it('should flag the judge’s own work by account', () => {
    const entries = [entry('e1', [{ userId: 'u-judge', fullName: 'B. T. V.' }])];
    expect(
      pairs(
        findConflicts({ judges: [judge({ organizationName: 'Khác' })], entries, recusals: [] }),
      ),
    ).toEqual(['j1/e1:OWN_WORK']);
  });

  it('should flag the judge’s own work by normalised name and date of birth', () => {
    const entries = [entry('e1', [{ fullName: 'TRAN VAN  BINH', dateOfBirth: '1970-02-03' }])];
    expect(
      pairs(
        findConflicts({ judges: [judge({ organizationName: 'Khác' })], entries, recusals: [] }),
      ),
    ).toEqual(['j1/e1:OWN_WORK']);
  });

  it('should not flag a namesake with another date of birth or none', () => {
    const entries = [
      entry('e1', [{ fullName: 'Trần Văn Bình', dateOfBirth: '1985-07-07' }]),
      entry('e2', [{ fullName: 'Trần Văn Bình' }]),
    ];
    expect(
      findConflicts({ judges: [judge({ organizationName: 'Khác' })], entries, recusals: [] }),
    ).toEqual([]);
  });

  it('should flag entries of the judge’s co-authors on another entry, by account or by name and birth date', () => {
    const coAuthor = { userId: 'u-co', fullName: 'Ngô Minh', dateOfBirth: '1980-05-05' };
    const namedCoAuthor = { fullName: 'Vũ Lan', dateOfBirth: '1982-06-06' };
    const entries = [
      entry('own', [{ userId: 'u-judge', fullName: 'Trần Văn Bình' }, coAuthor, namedCoAuthor]),
      entry('e1', [{ userId: 'u-co', fullName: 'N. Minh' }]),
      entry('e2', [{ fullName: 'VŨ LAN', dateOfBirth: '1982-06-06' }]),
      entry('e3', [{ fullName: 'Vũ Lan', dateOfBirth: '1999-09-09' }]),
      entry('e4', [stranger]),
    ];
    expect(
      pairs(
        findConflicts({ judges: [judge({ organizationName: 'Khác' })], entries, recusals: [] }),
      ),
    ).toEqual(['j1/own:OWN_WORK', 'j1/e1:CO_AUTHOR', 'j1/e2:CO_AUTHOR']);
  });

  it('should not make authors co-authors of a judge who is only their namesake', () => {
    const entries = [
      entry('other', [
        { fullName: 'Trần Văn Bình', dateOfBirth: '1985-07-07' },
        { userId: 'u-co', fullName: 'Ngô Minh' },
      ]),
      entry('e1', [{ userId: 'u-co', fullName: 'Ngô Minh' }]),
    ];
    expect(
      findConflicts({ judges: [judge({ organizationName: 'Khác' })], entries, recusals: [] }),
    ).toEqual([]);
  });

  it('should flag recusals, ignoring unknown entries, and list every reason once with the strongest first', () => {
    const entries = [
      entry('e1', [{ ...stranger, organizationName: 'Báo Nhân Dân', userId: 'u-judge' }]),
      entry('e2', [stranger]),
    ];
    const recusals = [
      { judgeId: 'j1', entryId: 'e1' },
      { judgeId: 'j1', entryId: 'e2' },
      { judgeId: 'j1', entryId: 'e2' },
      { judgeId: 'j1', entryId: 'missing' },
      { judgeId: 'j2', entryId: 'e2' },
    ];
    const conflicts = findConflicts({
      judges: [judge(), judge({ id: 'j2', userId: 'u-2', organizationName: 'Khác' })],
      entries,
      recusals,
    });
    expect(pairs(conflicts)).toEqual([
      'j1/e1:OWN_WORK+OWN_AGENCY+RECUSED',
      'j1/e2:RECUSED',
      'j2/e2:RECUSED',
    ]);
    expect(conflicts.map((conflict) => conflict.reason)).toEqual([
      'OWN_WORK',
      'RECUSED',
      'RECUSED',
    ]);
  });

  it('should list pairs by judge then entry in input order', () => {
    const entries = [
      entry('b', [{ ...stranger, organizationName: 'X' }]),
      entry('a', [{ ...stranger, organizationName: 'X' }]),
    ];
    const judges = [
      judge({ id: 'z', organizationName: 'X' }),
      judge({ id: 'y', userId: 'u-y', organizationName: 'X' }),
    ];
    expect(
      findConflicts({ judges, entries, recusals: [] }).map((c) => `${c.judgeId}${c.entryId}`),
    ).toEqual(['zb', 'za', 'yb', 'ya']);
  });

  it('should match people exactly as isSameAuthor does', () => {
    const name = fc.constantFrom(
      'Trần Văn Bình',
      'tran van binh',
      'TRẦN VĂN BÌNH',
      'Trần Văn Bính',
      'Lê Hoa',
      '',
    );
    const person = fc.record({
      userId: fc.constantFrom(undefined, null, '', 'u1', 'u2'),
      fullName: name,
      dateOfBirth: fc.constantFrom(undefined, null, '', '1970-02-03', '1971-02-03'),
    });
    fc.assert(
      fc.property(person, person, (author, judgePerson) => {
        const conflicts = findConflicts({
          judges: [
            judge({
              userId: judgePerson.userId ?? '',
              fullName: judgePerson.fullName,
              dateOfBirth: judgePerson.dateOfBirth,
              organizationName: '',
            }),
          ],
          entries: [entry('e1', [author])],
          recusals: [],
        });
        const expected = isSameAuthor(author, { ...judgePerson, userId: judgePerson.userId ?? '' });
        expect(conflicts.length === 1 && conflicts[0]!.reason === 'OWN_WORK').toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe(normalizeOrganizationName.name, () => {
  it('should fold diacritics, case and spacing, and read blank as none', () => {
    expect(normalizeOrganizationName('  Đài Phát thanh  Việt Nam ')).toBe(
      'dai phat thanh viet nam',
    );
    expect(normalizeOrganizationName('   ')).toBeNull();
    expect(normalizeOrganizationName(undefined)).toBeNull();
  });
});
