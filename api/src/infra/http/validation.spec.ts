import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { CreateEntryDto } from '@press-award/contracts/dto';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors, localizeFieldError } from './validation';

function refusal(body: Record<string, unknown>, language: 'vi' | 'en'): Record<string, string> {
  const errors = validateSync(plainToInstance(CreateEntryDto, body), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  const details = flattenValidationErrors(errors).map((detail) =>
    localizeFieldError(detail, language),
  );
  return Object.fromEntries(
    details.map((detail) => [`${detail.field}:${detail.code}`, detail.message]),
  );
}

const BAD_ENTRY = {
  categoryId: 'not-a-uuid',
  title: 'x'.repeat(501),
  language: 'vi',
  parts: [{ title: 'Kỳ 1', outlet: 'Báo Nhân Dân', publishedAt: '31/10/2020' }],
  authors: [{ fullName: 'Nguyễn Văn A', dateOfBirth: '1990-13' }],
};

describe(localizeFieldError.name, () => {
  it('should name the limit inside the sentence, in each language', () => {
    expect(refusal(BAD_ENTRY, 'vi')['title:maxLength']).toBe('Tối đa 500 ký tự.');
    expect(refusal(BAD_ENTRY, 'en')['title:maxLength']).toBe(
      'This is too long: the maximum length is 500.',
    );
  });

  it('should refuse a malformed date with the catalog code and words, not a field name', () => {
    const vi = refusal(BAD_ENTRY, 'vi');
    expect(vi['parts.0.publishedAt:INVALID_DATE']).toBe(
      'Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/10/2020.',
    );
    expect(vi['authors.0.dateOfBirth:INVALID_DATE']).toBeDefined();
  });

  it('should never show a field name or a programmer word', () => {
    for (const language of ['vi', 'en'] as const) {
      for (const message of Object.values(refusal(BAD_ENTRY, language))) {
        expect(message).not.toMatch(/categoryId|publishedAt|dateOfBirth|title must|YYYY|\(\w+: /);
      }
    }
  });

  it('should weave domain params into the sentence instead of appending them', () => {
    const detail = {
      field: 'authors.0',
      code: 'AUTHOR_ENTRY_LIMIT_REACHED',
      message: 'raw',
      params: { max: 5 },
    };
    expect(localizeFieldError(detail, 'vi').message).toBe(
      'Mỗi tác giả chỉ được dự tối đa 5 tác phẩm.',
    );
    const window = {
      field: 'parts.0.publishedAt',
      code: 'PUBLICATION_OUTSIDE_WINDOW',
      message: 'raw',
      params: { from: '2019-11-01', to: '2020-10-31' },
    };
    expect(localizeFieldError(window, 'en').message).toBe(
      'The work must be published between 01/11/2019 and 31/10/2020.',
    );
  });

  it('should keep the message of a code no catalog knows', () => {
    const detail = {
      field: 'x',
      code: 'SOMETHING_NEW',
      message: 'As raised',
      params: { id: 'abc' },
    };
    expect(localizeFieldError(detail, 'vi')).toEqual(detail);
  });
});
