import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import type { FieldError } from '@press-award/contracts';
import {
  NETWORK_ERROR_CODE,
  mapFieldErrors,
  ruleIssuesToFieldErrors,
  toUiError,
} from './api-error';

function detail(field: string, message = `bad ${field}`): FieldError {
  return { field, code: 'X', message };
}

describe(toUiError.name, () => {
  it('should keep the server message, code and details', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ.',
        details: [detail('rules.publicationTo', 'Ngày kết thúc…')],
      },
    });
    expect(toUiError(error, 'vi', 'offline')).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu không hợp lệ.',
      details: [detail('rules.publicationTo', 'Ngày kết thúc…')],
      retryAfter: null,
    });
  });

  it('should read Retry-After on a 429', () => {
    const error = new HttpErrorResponse({
      status: 429,
      headers: new HttpHeaders({ 'Retry-After': '120' }),
      error: {
        statusCode: 429,
        code: 'AUTH_TOO_MANY_ATTEMPTS',
        message: 'Đăng nhập sai quá nhiều lần.',
      },
    });
    expect(toUiError(error, 'vi', 'offline').retryAfter).toBe(120);
  });

  it('should report a network failure with the given message', () => {
    const error = new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') });
    expect(toUiError(error, 'en', 'Cannot reach the server.')).toMatchObject({
      code: NETWORK_ERROR_CODE,
      message: 'Cannot reach the server.',
    });
  });

  it('should fall back to the contracts text when the body is not an API error', () => {
    const error = new HttpErrorResponse({ status: 404, error: '<html>Not found</html>' });
    expect(toUiError(error, 'en', '')).toMatchObject({
      code: 'NOT_FOUND',
      message: 'The requested resource was not found.',
    });
    expect(toUiError(new Error('boom'), 'vi', '')).toMatchObject({
      code: 'INTERNAL_ERROR',
      message: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
    });
  });
});

describe(mapFieldErrors.name, () => {
  const paths = [
    'name',
    'rules.publicationTo',
    'rules.languages',
    'rules.files.tv.types',
    'rules.files.tv.maxMegabytes',
    'prizeTiers.0.code',
    'prizeTiers.1.code',
  ];

  it('should put each error on its own field', () => {
    const map = mapFieldErrors(
      [detail('name'), detail('rules.publicationTo'), detail('prizeTiers.1.code')],
      paths,
    );
    expect(map.byField).toEqual({
      name: ['bad name'],
      'rules.publicationTo': ['bad rules.publicationTo'],
      'prizeTiers.1.code': ['bad prizeTiers.1.code'],
    });
    expect(map.unmatched).toEqual([]);
  });

  it('should put an error about a list item on the list input', () => {
    const map = mapFieldErrors(
      [detail('rules.files.tv.types.1', 'type'), detail('rules.languages.3', 'lang')],
      paths,
    );
    expect(map.byField['rules.files.tv.types']).toEqual(['type']);
    expect(map.byField['rules.languages']).toEqual(['lang']);
  });

  it('should not confuse a field with another that shares its prefix', () => {
    const map = mapFieldErrors([detail('prizeTiers.10.code')], paths);
    expect(map.byField).toEqual({});
    expect(map.unmatched).toEqual([detail('prizeTiers.10.code')]);
  });

  it('should keep errors no input shows, and show a repeated message once', () => {
    const map = mapFieldErrors(
      [detail('categories', 'x'), detail('name', 'same'), detail('name', 'same')],
      paths,
    );
    expect(map.unmatched).toEqual([detail('categories', 'x')]);
    expect(map.byField['name']).toEqual(['same']);
  });
});

describe(ruleIssuesToFieldErrors.name, () => {
  it('should prefix the path and use the contracts message in the language asked for', () => {
    expect(
      ruleIssuesToFieldErrors(
        [{ path: 'publicationTo', code: 'PUBLICATION_WINDOW_INVERTED' }],
        'rules',
        'en',
      ),
    ).toEqual([
      {
        field: 'rules.publicationTo',
        code: 'PUBLICATION_WINDOW_INVERTED',
        message: 'The publication window must end after it starts.',
      },
    ]);
  });
});
