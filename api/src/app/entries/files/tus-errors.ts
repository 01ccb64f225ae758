import { ERRORS, TUS_VERSION } from '@tus/server';
import type { ErrorCode, FieldError } from '@press-award/contracts';

export interface TusRefusal {
  code: ErrorCode;
  details?: FieldError[];
}

/**
 * Every refusal the tus library can throw, with our code. Typed over the library's own table, so an
 * error added by an upgrade fails to compile until it has a code.
 */
const THROWN: Record<keyof typeof ERRORS, ErrorCode> = {
  MISSING_OFFSET: 'UPLOAD_OFFSET_INVALID',
  ABORTED: 'UPLOAD_BUSY',
  ERR_LOCK_TIMEOUT: 'UPLOAD_BUSY',
  // Finished uploads are stored and their tus copy removed: there is nothing left to terminate.
  INVALID_TERMINATION: 'UPLOAD_NOT_FOUND',
  INVALID_CONTENT_TYPE: 'UPLOAD_CONTENT_TYPE_INVALID',
  FILE_NOT_FOUND: 'UPLOAD_NOT_FOUND',
  INVALID_OFFSET: 'UPLOAD_OFFSET_CONFLICT',
  FILE_NO_LONGER_EXISTS: 'UPLOAD_EXPIRED',
  ERR_SIZE_EXCEEDED: 'UPLOAD_TOO_LARGE',
  ERR_MAX_SIZE_EXCEEDED: 'UPLOAD_TOO_LARGE',
  INVALID_LENGTH: 'UPLOAD_LENGTH_INVALID',
  INVALID_METADATA: 'UPLOAD_METADATA_INVALID',
  UNKNOWN_ERROR: 'INTERNAL_ERROR',
  FILE_WRITE_ERROR: 'INTERNAL_ERROR',
  UNSUPPORTED_CONCATENATION_EXTENSION: 'UPLOAD_EXTENSION_UNSUPPORTED',
  UNSUPPORTED_CREATION_DEFER_LENGTH_EXTENSION: 'UPLOAD_LENGTH_INVALID',
  UNSUPPORTED_EXPIRATION_EXTENSION: 'INTERNAL_ERROR',
};

/** Our code for an error the tus library threw; null when it is not one of the library's. */
export function codeForTusError(error: unknown): ErrorCode | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status_code, body } = error as { status_code?: unknown; body?: unknown };
  for (const [name, known] of Object.entries(ERRORS)) {
    if (known === error || (known.status_code === status_code && known.body === body))
      return THROWN[name as keyof typeof ERRORS];
  }
  return null;
}

/** The request headers the tus server checks before any handler runs, and what a bad one means. */
const HEADER_CODES: Record<string, ErrorCode> = {
  'tus-resumable': 'TUS_VERSION_UNSUPPORTED',
  'upload-offset': 'UPLOAD_OFFSET_INVALID',
  'upload-length': 'UPLOAD_LENGTH_INVALID',
  'upload-defer-length': 'UPLOAD_LENGTH_INVALID',
  'upload-metadata': 'UPLOAD_METADATA_INVALID',
  'upload-concat': 'UPLOAD_EXTENSION_UNSUPPORTED',
  'content-type': 'UPLOAD_CONTENT_TYPE_INVALID',
};

/**
 * The refusals the tus server writes itself, as text, before any handler (and so before
 * `onResponseError`) runs: a missing `Tus-Resumable` (412), invalid protocol headers (400,
 * "Invalid upload-offset content-type") and a method it has no handler for (404).
 */
export function refusalForTusResponse(status: number, text: string): TusRefusal {
  if (status === 412) return { code: 'TUS_VERSION_UNSUPPORTED' };
  const invalid = /^Invalid (.+)$/.exec(text.trim())?.[1];
  if (status === 400 && invalid) {
    const codes = invalid
      .toLowerCase()
      .split(' ')
      .map((header) => [header, HEADER_CODES[header] ?? 'VALIDATION_FAILED'] as const);
    return {
      code: codes[0]?.[1] ?? 'VALIDATION_FAILED',
      details: codes.map(([header, code]) => ({
        field: header,
        code,
        message: `Invalid ${header} header`,
      })),
    };
  }
  if (status === 404) return { code: 'UPLOAD_NOT_FOUND' };
  return { code: status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED' };
}

/** The protocol headers a client needs with a refusal: a 412 names the versions we speak. */
export function protocolHeadersFor(code: ErrorCode): Record<string, string> {
  return code === 'TUS_VERSION_UNSUPPORTED' ? { 'Tus-Version': TUS_VERSION.join(',') } : {};
}
