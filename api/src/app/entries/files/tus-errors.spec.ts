import { describe, expect, it } from '@jest/globals';
import { ERRORS } from '@tus/server';
import { codeForTusError, protocolHeadersFor, refusalForTusResponse } from './tus-errors';

describe(codeForTusError.name, () => {
  it('should give every error of the tus library one of our codes', () => {
    for (const error of Object.values(ERRORS)) expect(codeForTusError(error)).toMatch(/^[A-Z_]+$/);
    expect(codeForTusError(ERRORS.INVALID_OFFSET)).toBe('UPLOAD_OFFSET_CONFLICT');
    expect(codeForTusError({ ...ERRORS.ERR_SIZE_EXCEEDED })).toBe('UPLOAD_TOO_LARGE');
  });

  it('should not claim errors that are not the library’s', () => {
    expect(codeForTusError(new Error('disk full'))).toBeNull();
    expect(codeForTusError({ status_code: 409, body: 'something else' })).toBeNull();
    expect(codeForTusError(undefined)).toBeNull();
  });
});

describe(refusalForTusResponse.name, () => {
  it('should read the refusals the tus server writes as text', () => {
    expect(refusalForTusResponse(412, 'Tus-Resumable Required\n')).toEqual({
      code: 'TUS_VERSION_UNSUPPORTED',
    });
    expect(refusalForTusResponse(400, 'Invalid upload-offset content-type\n')).toEqual({
      code: 'UPLOAD_OFFSET_INVALID',
      details: [
        {
          field: 'upload-offset',
          code: 'UPLOAD_OFFSET_INVALID',
          message: 'Invalid upload-offset header',
        },
        {
          field: 'content-type',
          code: 'UPLOAD_CONTENT_TYPE_INVALID',
          message: 'Invalid content-type header',
        },
      ],
    });
    expect(refusalForTusResponse(400, 'Invalid x-forwarded-proto\n').code).toBe(
      'VALIDATION_FAILED',
    );
    expect(refusalForTusResponse(404, 'Not found\n')).toEqual({ code: 'UPLOAD_NOT_FOUND' });
    expect(refusalForTusResponse(503, 'whatever').code).toBe('INTERNAL_ERROR');
  });

  it('should name the supported protocol versions with a version refusal only', () => {
    expect(protocolHeadersFor('TUS_VERSION_UNSUPPORTED')).toEqual({ 'Tus-Version': '1.0.0' });
    expect(protocolHeadersFor('UPLOAD_NOT_FOUND')).toEqual({});
  });
});
