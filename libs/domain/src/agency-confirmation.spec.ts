import { validateAwardRules } from './award-rules';
import { agencyConfirmationIssues } from './eligibility';
import { DEFAULT_FILE_RULES } from './media-files';

const rules = {
  publicationFrom: '2024-11-01',
  publicationTo: '2025-10-31',
  submissionDeadline: '2025-11-10T17:00:00+07:00',
  maxEntriesPerAuthor: 2,
  maxCoAuthors: 5,
  maxSeriesParts: 5,
  languages: ['vi'],
  files: { print: DEFAULT_FILE_RULES.print },
};

describe(agencyConfirmationIssues.name, () => {
  const confirmed = { inBatch: true, coveringLetter: true, forwarded: false };

  it('should ask nothing of an award that does not require the confirmation', () => {
    for (const setting of [{}, { agencyConfirmationRequired: false }])
      expect(
        agencyConfirmationIssues(setting, {
          inBatch: false,
          coveringLetter: false,
          forwarded: false,
        }),
      ).toEqual([]);
  });

  it('should refuse an entry filed alone or in a batch without its covering letter', () => {
    const required = { agencyConfirmationRequired: true };
    const refusal = [{ path: 'batchId', code: 'AGENCY_CONFIRMATION_REQUIRED' }];
    expect(agencyConfirmationIssues(required, { ...confirmed, inBatch: false })).toEqual(refusal);
    expect(agencyConfirmationIssues(required, { ...confirmed, coveringLetter: false })).toEqual(
      refusal,
    );
    expect(agencyConfirmationIssues(required, confirmed)).toEqual([]);
  });

  it('should take a forwarded winner as confirmed by the committee that forwarded it', () => {
    expect(
      agencyConfirmationIssues(
        { agencyConfirmationRequired: true },
        { inBatch: false, coveringLetter: false, forwarded: true },
      ),
    ).toEqual([]);
  });
});

describe('validateAwardRules: agencyConfirmationRequired', () => {
  it('should keep the setting only when it is on, so rules without it read as before', () => {
    const on = validateAwardRules({ ...rules, agencyConfirmationRequired: true });
    expect(on.ok && on.rules.agencyConfirmationRequired).toBe(true);
    const off = validateAwardRules({ ...rules, agencyConfirmationRequired: false });
    expect(off.ok && 'agencyConfirmationRequired' in off.rules).toBe(false);
    const absent = validateAwardRules(rules);
    expect(absent.ok && 'agencyConfirmationRequired' in absent.rules).toBe(false);
  });

  it('should refuse anything but true or false', () => {
    for (const value of ['yes', 1, null]) {
      const result = validateAwardRules({ ...rules, agencyConfirmationRequired: value });
      expect(result.ok ? [] : result.issues).toEqual([
        { path: 'agencyConfirmationRequired', code: 'NOT_A_BOOLEAN' },
      ]);
    }
  });
});
