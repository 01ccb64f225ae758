import {
  EMAIL_MAX_LENGTH,
  FIELD_ERROR_MESSAGES,
  VALIDATION_MESSAGES_VI,
  type FieldError,
  type UiLanguage,
} from '@press-award/contracts';
import type { I18nService } from '../i18n/i18n.service';

/** Checks shared by the account forms; messages from contracts where the API has the same rule. */
export class FieldChecks {
  readonly errors: FieldError[] = [];

  constructor(private readonly i18n: I18nService) {}

  private get language(): UiLanguage {
    return this.i18n.lang();
  }

  private add(field: string, code: string, message: string): void {
    if (!this.errors.some((error) => error.field === field))
      this.errors.push({ field, code, message });
  }

  required(field: string, value: string | null | undefined): this {
    if (!value || !value.trim())
      this.add(field, 'REQUIRED', FIELD_ERROR_MESSAGES.REQUIRED[this.language]);
    return this;
  }

  email(field: string, value: string | null | undefined): this {
    // The same loose shape class-validator accepts; the server has the final word.
    if (
      value &&
      (value.length > EMAIL_MAX_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()))
    ) {
      this.add(
        field,
        'isEmail',
        this.language === 'vi'
          ? (VALIDATION_MESSAGES_VI['isEmail'] ?? '')
          : this.i18n.t('error.email'),
      );
    }
    return this;
  }

  minLength(field: string, value: string | null | undefined, min: number): this {
    if (value && value.length < min)
      this.add(field, 'minLength', this.i18n.t('error.minLength', { min }));
    return this;
  }

  maxLength(field: string, value: string | null | undefined, max: number): this {
    if (value && value.length > max)
      this.add(field, 'maxLength', this.i18n.t('error.maxLength', { max }));
    return this;
  }

  pattern(field: string, value: string | null | undefined, pattern: RegExp, message: string): this {
    if (value && !pattern.test(value.trim())) this.add(field, 'matches', message);
    return this;
  }

  intRange(
    field: string,
    value: number | null | undefined,
    min: number,
    max: number,
    optional = false,
  ): this {
    if (value === null || value === undefined || (value as unknown) === '') {
      if (!optional) this.add(field, 'REQUIRED', FIELD_ERROR_MESSAGES.REQUIRED[this.language]);
    } else if (!Number.isInteger(value) || value < min || value > max) {
      this.add(field, 'OUT_OF_RANGE', this.i18n.t('error.range', { min, max }));
    }
    return this;
  }

  custom(field: string, failed: boolean, code: string, message: string): this {
    if (failed) this.add(field, code, message);
    return this;
  }
}
