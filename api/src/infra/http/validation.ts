import {
  FIELD_ERROR_MESSAGES,
  messageText,
  type FieldError,
  type UiLanguage,
} from '@press-award/contracts';
import type { RuleIssue } from '@press-award/domain';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { AppException } from './app-exception';

/** The DTO's own limit for the constraints whose messages name it (`@MaxLength(300)` → `{ max: 300 }`). */
const LIMIT_PARAM: Record<string, 'min' | 'max'> = {
  min: 'min',
  max: 'max',
  minLength: 'min',
  maxLength: 'max',
  arrayMinSize: 'min',
  arrayMaxSize: 'max',
};

function constraintParams(error: ValidationError, code: string): FieldError['params'] {
  const name = LIMIT_PARAM[code];
  const target = error.target as object | undefined;
  if (!name || !target) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((candidate) => candidate.propertyName === error.property && candidate.name === code);
  const limit: unknown = metadata?.constraints?.[0];
  return typeof limit === 'number' ? { [name]: limit } : undefined;
}

/**
 * Field errors carry the constraint name as `code`, the DTO's limit as `params` and class-validator's
 * English text; the exception filter, which knows the request's language, puts the catalog's words.
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      const params = constraintParams(error, code);
      result.push({ field, code, message, ...(params ? { params } : {}) });
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

export function registerWholeObjectCheck<T extends object>(
  dtoClass: new () => T,
  check: (target: T) => FieldError[],
): void {
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

/**
 * A detail's message in the caller's language, its params woven into the sentence (`{topic}` filled
 * in, dates written dd/mm/yyyy) and never appended as `key: value`; a code no catalog knows keeps
 * the message it was raised with.
 */
export function localizeFieldError(error: FieldError, language: UiLanguage): FieldError {
  const message = messageText(error.code, language, error.params);
  return message === undefined ? error : { ...error, message };
}
