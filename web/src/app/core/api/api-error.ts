import { HttpErrorResponse } from '@angular/common/http';
import {
  ERROR_MESSAGES,
  FIELD_ERROR_MESSAGES,
  type FieldError,
  type FieldErrorCode,
  type UiLanguage,
} from '@press-award/contracts';
import type { RuleIssue } from '@press-award/domain';

/** What a page needs to show a failure: a banner message and the per-field messages. */
export interface UiError {
  status: number;
  code: string;
  message: string;
  details: FieldError[];
  /** Seconds from `Retry-After` (429). */
  retryAfter: number | null;
}

export const NETWORK_ERROR_CODE = 'NETWORK_ERROR';

function isApiErrorBody(
  body: unknown,
): body is { code: string; message: string; details?: FieldError[] } {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { code?: unknown }).code === 'string' &&
    typeof (body as { message?: unknown }).message === 'string'
  );
}

/**
 * Turns whatever an HTTP call threw into a UiError. The server's `message` is already in the
 * request's language and wins; otherwise the contracts' text for the code (or status) is used.
 */
export function toUiError(error: unknown, language: UiLanguage, networkMessage: string): UiError {
  if (error instanceof HttpErrorResponse) {
    const retryHeader = error.headers?.get('Retry-After');
    const retryAfter = retryHeader && /^\d+$/.test(retryHeader) ? Number(retryHeader) : null;
    if (isApiErrorBody(error.error)) {
      return {
        status: error.status,
        code: error.error.code,
        message: error.error.message,
        details: Array.isArray(error.error.details) ? error.error.details : [],
        retryAfter,
      };
    }
    if (error.status === 0) {
      return {
        status: 0,
        code: NETWORK_ERROR_CODE,
        message: networkMessage,
        details: [],
        retryAfter,
      };
    }
    const code = codeForStatus(error.status);
    return {
      status: error.status,
      code,
      message: ERROR_MESSAGES[code][language],
      details: [],
      retryAfter,
    };
  }
  return {
    status: 0,
    code: 'INTERNAL_ERROR',
    message: ERROR_MESSAGES.INTERNAL_ERROR[language],
    details: [],
    retryAfter: null,
  };
}

function codeForStatus(status: number): keyof typeof ERROR_MESSAGES {
  switch (status) {
    case 400:
      return 'VALIDATION_FAILED';
    case 401:
      return 'AUTH_REQUIRED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'INTERNAL_ERROR';
  }
}

/** Domain rule issues (paths inside `rules`) as API-shaped field errors with localized messages. */
export function ruleIssuesToFieldErrors(
  issues: readonly RuleIssue[],
  prefix: string,
  language: UiLanguage,
): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path ? `${prefix}.${issue.path}` : prefix,
    code: issue.code,
    message: FIELD_ERROR_MESSAGES[issue.code as FieldErrorCode][language],
  }));
}

export interface FieldErrorMap {
  /** Messages by the form path they belong to. */
  byField: Readonly<Record<string, readonly string[]>>;
  /** Errors no input of the form shows; the banner lists them so nothing is lost. */
  unmatched: readonly FieldError[];
}

/**
 * Places each error on the deepest known form path that equals or contains its `field`:
 * `rules.files.tv.types.1` lands on `rules.files.tv.types`, `prizeTiers.0.code` on itself.
 */
export function mapFieldErrors(
  errors: readonly FieldError[],
  knownPaths: readonly string[],
): FieldErrorMap {
  const byField: Record<string, string[]> = {};
  const unmatched: FieldError[] = [];
  const sorted = [...knownPaths].sort((a, b) => b.length - a.length);
  for (const error of errors) {
    const target = sorted.find(
      (path) => error.field === path || error.field.startsWith(`${path}.`),
    );
    if (target === undefined) {
      unmatched.push(error);
      continue;
    }
    const messages = (byField[target] ??= []);
    if (!messages.includes(error.message)) messages.push(error.message);
  }
  return { byField, unmatched };
}
