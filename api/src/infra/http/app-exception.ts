import { ERROR_MESSAGES, type ErrorCode, type FieldError } from '@press-award/contracts';

/**
 * A refusal the API means to give: a stable code, optional field details and, for a few codes, extra
 * headers (Retry-After). The HTTP status comes from `statusForCode`, one table for the whole API.
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(ERROR_MESSAGES[code].en);
  }
}

/** Exhaustive: adding an error code without a status fails to compile. */
export function statusForCode(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'MALFORMED_JSON':
    case 'AWARD_RULES_INVALID':
    case 'INVITATION_INVALID':
    case 'REGISTRATION_LINK_INVALID':
    case 'ENTRY_NOT_ELIGIBLE':
    case 'CATEGORY_NOT_IN_AWARD':
    case 'PUBLICATION_OUTSIDE_WINDOW':
    case 'TOO_MANY_PARTS':
    case 'TOO_MANY_AUTHORS':
    case 'LANGUAGE_NOT_ALLOWED':
    case 'TRANSLATION_REQUIRED':
    case 'WORK_FILE_REQUIRED':
    case 'NATIONAL_PRESS_AWARD_WINNER':
    case 'UNKNOWN_TOPIC_PRIZE':
    case 'DUPLICATE_AUTHOR':
    case 'AUTHOR_BIRTH_DATE_REQUIRED':
    case 'FILE_REQUIRED':
    case 'FILE_EMPTY':
    case 'FILE_TRUNCATED':
    case 'FILE_TRAILING_DATA':
    case 'SCREENING_REASON_REQUIRED':
    case 'BULK_COUNT_MISMATCH':
    case 'JUDGE_NOT_MEMBER':
    case 'COUNCIL_MEMBER_INVALID':
    case 'COUNCIL_OFFICES_OVERLAP':
    case 'COUNCIL_LEADER_INVALID':
    case 'ENTRY_NOT_CODED':
    case 'ENTRY_NOT_IN_ROUND':
    case 'SCORE_INVALID':
    case 'ROUND_ENTRIES_INPUT':
    case 'PRIZE_TIER_UNKNOWN':
    case 'PRIZE_NOTE_REQUIRED':
    case 'FORWARD_NOTHING_CHOSEN':
    case 'UPLOAD_OFFSET_INVALID':
    case 'UPLOAD_LENGTH_INVALID':
    case 'UPLOAD_METADATA_INVALID':
    case 'DOCUMENT_FORMAT_UNAVAILABLE':
    case 'UPLOAD_EXTENSION_UNSUPPORTED':
      return 400;
    case 'AUTH_REQUIRED':
    case 'AUTH_INVALID_CREDENTIALS':
    case 'AUTH_SESSION_EXPIRED':
    case 'AUTH_ACCOUNT_NOT_ACTIVATED':
      return 401;
    case 'FORBIDDEN':
    case 'VERIFICATION_PACKAGE_RESTRICTED':
    case 'AUTH_CSRF_MISMATCH':
    case 'ORGANIZATION_ACCOUNT_REQUIRED':
      return 403;
    case 'NOT_FOUND':
    case 'AWARD_NOT_FOUND':
    case 'CATEGORY_NOT_FOUND':
    case 'MEMBER_NOT_FOUND':
    case 'ENTRY_NOT_FOUND':
    case 'FILE_NOT_FOUND':
    case 'ROUND_NOT_FOUND':
    case 'DOCUMENT_NOT_FOUND':
    case 'COUNCIL_NOT_FOUND':
    case 'ASSIGNMENT_NOT_FOUND':
    case 'RESULTS_NOT_PUBLISHED':
    case 'CERTIFICATE_NOT_AVAILABLE':
    case 'COLLECTIVE_PRIZE_NOT_FOUND':
    case 'COMPLAINT_NOT_FOUND':
    case 'UPLOAD_NOT_FOUND':
    case 'BATCH_NOT_FOUND':
      return 404;
    case 'AUTH_EMAIL_TAKEN':
    case 'AWARD_STATUS_TRANSITION_INVALID':
    case 'AWARD_NOT_READY_TO_OPEN':
    case 'AWARD_NOT_EDITABLE':
    case 'AWARD_RULES_LOCKED':
    case 'CATEGORY_CODE_TAKEN':
    case 'CATEGORY_MEDIA_TYPE_NOT_ALLOWED':
    case 'MEMBER_ALREADY_EXISTS':
    case 'MEMBER_LAST_ORGANIZER':
    case 'ENTRY_NOT_EDITABLE':
    case 'ENTRY_NOT_SUBMITTED':
    case 'AWARD_NOT_OPEN':
    case 'SUBMISSION_DEADLINE_PASSED':
    case 'AUTHOR_ENTRY_LIMIT_REACHED':
    case 'SCREENING_NOT_ALLOWED':
    case 'REVISION_DEADLINE_PASSED':
    case 'ROUND_ORDER_TAKEN':
    case 'ROUND_NOT_EDITABLE':
    case 'PANEL_CATEGORY_TAKEN':
    case 'CONFLICT_OF_INTEREST':
    case 'ASSIGNMENT_EXISTS':
    case 'ASSIGNMENT_INFEASIBLE':
    case 'SHEET_VERSION_CONFLICT':
    case 'SHEET_ALREADY_SUBMITTED':
    case 'ROUND_NOT_OPEN':
    case 'ROUND_NOT_CLOSED':
    case 'PRIZES_LOCKED':
    case 'COLLECTIVE_PRIZES_LOCKED':
    case 'PRIZE_APPROVAL_CLOSED':
    case 'TOPIC_PRIZE_CONDITION_UNMET':
    case 'TOPIC_PRIZE_AUTHOR_DATA_MISSING':
    case 'RESULTS_EXPORT_NOT_AVAILABLE':
    case 'FORWARD_SOURCE_NOT_PUBLISHED':
    case 'FORWARD_TARGET_INVALID':
    case 'FORWARD_CATEGORY_MISSING':
    case 'ENTRY_ALREADY_FORWARDED':
    case 'COMPLAINT_BEFORE_PUBLICATION':
    case 'COMPLAINT_ALREADY_RESOLVED':
    case 'COMPLAINT_NO_PRIZE':
    case 'UPLOAD_OFFSET_CONFLICT':
    case 'DOCUMENT_NOT_READY':
    case 'AGENCY_CONFIRMATION_REQUIRED':
      return 409;
    case 'UPLOAD_EXPIRED':
      return 410;
    case 'TUS_VERSION_UNSUPPORTED':
      return 412;
    case 'PAYLOAD_TOO_LARGE':
    case 'FILE_TOO_LARGE':
    case 'FILE_CONTENT_TOO_LARGE':
    case 'UPLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
    case 'FILE_TYPE_NOT_ALLOWED':
    case 'UPLOAD_CONTENT_TYPE_INVALID':
      return 415;
    case 'UPLOAD_BUSY':
      return 423;
    case 'AUTH_TOO_MANY_ATTEMPTS':
    case 'RATE_LIMITED':
      return 429;
    case 'INTERNAL_ERROR':
      return 500;
    case 'SERVICE_UNAVAILABLE':
      return 503;
  }
}
