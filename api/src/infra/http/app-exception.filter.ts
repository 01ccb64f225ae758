import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import {
  ERROR_MESSAGES,
  type ApiError,
  type ErrorCode,
  type FieldError,
  type UiLanguage,
} from '@press-award/contracts';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { AppException, statusForCode } from './app-exception';
import { languageOf } from './language';
import { localizeFieldError } from './validation';

/** Nest's and Express's own errors, mapped onto our codes by status. */
function codeForHttpStatus(status: number, error: unknown): ErrorCode {
  const type = (error as { type?: string } | undefined)?.type;
  if (type === 'entity.parse.failed') return 'MALFORMED_JSON';
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
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED';
  }
}

/** The one error shape: `{ statusCode, code, message, details? }`, message in the request's language. */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const language = languageOf(request.headers['accept-language']);

    let code: ErrorCode;
    let details: ApiError['details'];
    let headers: Record<string, string> | undefined;
    if (exception instanceof AppException) {
      code = exception.code;
      details = exception.details;
      headers = exception.headers;
    } else if (exception instanceof HttpException) {
      code = codeForHttpStatus(exception.getStatus(), exception.cause ?? exception.getResponse());
    } else if (isBodyParserError(exception)) {
      code = codeForHttpStatus(exception.status, exception);
    } else if (isDatabaseUnavailable(exception)) {
      code = 'SERVICE_UNAVAILABLE';
      headers = { 'Retry-After': '5' };
    } else {
      code = 'INTERNAL_ERROR';
    }
    const statusCode =
      exception instanceof AppException ? statusForCode(code) : statusOf(exception, code);
    if (code === 'SERVICE_UNAVAILABLE') {
      this.logger.warn(`${request.method} ${request.path}: the database is unreachable`);
    } else if (statusCode >= 500) {
      this.logger.error(
        `${request.method} ${request.url}`,
        (exception as Error)?.stack ?? String(exception),
      );
    }
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    response.status(statusCode).json({ ...apiErrorBody(code, details, language), statusCode });
  }
}

/** Answers an AppException at once, outside Nest's pipeline (used to stop reading an oversized upload). */
export function writeAppError(
  request: Request,
  response: Response,
  exception: AppException,
  extraHeaders: Record<string, string> = {},
): void {
  if (response.headersSent) return;
  const body = apiErrorBody(
    exception.code,
    exception.details,
    languageOf(request.headers['accept-language']),
  );
  for (const [name, value] of Object.entries({ ...(exception.headers ?? {}), ...extraHeaders }))
    response.setHeader(name, value);
  response.status(body.statusCode).json(body);
}

/** The error shape for a code, its message and details in the caller's language. */
export function apiErrorBody(
  code: ErrorCode,
  details: FieldError[] | undefined,
  language: UiLanguage,
): ApiError {
  const body: ApiError = {
    statusCode: statusForCode(code),
    code,
    message: ERROR_MESSAGES[code][language],
  };
  if (details?.length) body.details = details.map((detail) => localizeFieldError(detail, language));
  return body;
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { type?: unknown }).type === 'string'
  );
}

function statusOf(exception: unknown, code: ErrorCode): number {
  if (exception instanceof HttpException) return exception.getStatus();
  if (isBodyParserError(exception)) return exception.status;
  return statusForCode(code);
}
