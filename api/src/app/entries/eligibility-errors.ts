import { ERROR_MESSAGES, type ErrorCode, type FieldError } from '@press-award/contracts';
import type { EligibilityIssue } from '@press-award/domain';
import { AppException } from '../../infra/http/app-exception';

/** State conflicts outrank content problems when choosing the top-level code. */
const PRECEDENCE: ErrorCode[] = [
  'AWARD_NOT_OPEN',
  'SUBMISSION_DEADLINE_PASSED',
  'AUTHOR_ENTRY_LIMIT_REACHED',
  'AGENCY_CONFIRMATION_REQUIRED',
];

/**
 * One refusal for all eligibility issues: a single issue gives its own code (e.g.
 * PUBLICATION_OUTSIDE_WINDOW); several give ENTRY_NOT_ELIGIBLE, unless one is a state conflict.
 * Every issue is listed in `details` with its field path.
 */
export function eligibilityException(issues: EligibilityIssue[]): AppException {
  const details: FieldError[] = issues.map((issue) => ({
    field: issue.path,
    code: issue.code,
    message: ERROR_MESSAGES[issue.code].en,
    ...(issue.params ? { params: issue.params } : {}),
  }));
  const conflict = PRECEDENCE.find((code) => issues.some((issue) => issue.code === code));
  const [only, ...rest] = issues;
  const code: ErrorCode =
    conflict ?? (only && rest.length === 0 ? only.code : 'ENTRY_NOT_ELIGIBLE');
  return new AppException(code, details);
}
