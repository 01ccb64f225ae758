import {
  ERROR_MESSAGES,
  FIELD_ERROR_MESSAGES,
  VALIDATION_MESSAGES_VI,
  type FieldError,
  type ErrorCode,
  type FieldErrorCode,
  type UiLanguage,
} from '@press-award/contracts';
import type { RuleIssue } from '@press-award/domain';
import type { ValidationError } from 'class-validator';
import { AppException } from './app-exception';

/**
 * Field errors carry the constraint name as `code` and keep class-validator's English text; the
 * Vietnamese text is filled in by the exception filter, which knows the request's language.
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      result.push({ field, code, message });
    }
    if (error.children?.length) result.push(...flattenValidationErrors(error.children, field));
  }
  return result;
}

/**
 * Checks that class-validator cannot express (a whole object against domain rules), run alongside
 * the DTO checks so that one response lists every problem of the request.
 */
const wholeObjectChecks = new Map<Function, (target: object) => FieldError[]>();

export function registerWholeObjectCheck<T extends object>(dtoClass: new () => T, check: (target: T) => FieldError[]): void {
  wholeObjectChecks.set(dtoClass, check as (target: object) => FieldError[]);
}

export function validationException(errors: ValidationError[]): AppException {
  const details = flattenValidationErrors(errors);
  const target = errors[0]?.target as object | undefined;
  const check = target ? wholeObjectChecks.get(target.constructor) : undefined;
  if (check && target) {
    const seen = new Set(details.map((detail) => detail.field));
    details.push(...check(target).filter((detail) => !seen.has(detail.field)));
  }
  return new AppException('VALIDATION_FAILED', details);
}

export function ruleIssuesToFieldErrors(issues: RuleIssue[], prefix: string): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path ? `${prefix}.${issue.path}` : prefix,
    code: issue.code,
    message: FIELD_ERROR_MESSAGES[issue.code].en,
  }));
}

export function localizeFieldError(error: FieldError, language: UiLanguage): FieldError {
  const domain = FIELD_ERROR_MESSAGES[error.code as FieldErrorCode] ?? ERROR_MESSAGES[error.code as ErrorCode];
  if (domain) {
    const params = error.params ? ` (${Object.entries(error.params).map(([key, value]) => `${key}: ${value}`).join(', ')})` : '';
    return { ...error, message: domain[language] + params };
  }
  if (language === 'vi') {
    const vi = VALIDATION_MESSAGES_VI[error.code];
    if (vi) return { ...error, message: vi };
  }
  return error;
}
