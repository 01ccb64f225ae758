import { ValidateBy, type ValidationOptions } from 'class-validator';
import { FIELD_ERROR_MESSAGES } from '../errors';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * A Vietnam calendar date (`2020-10-31` on the wire). The constraint is named after the catalog
 * code, so the API answers `INVALID_DATE` with the same words as the browser's own check.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'INVALID_DATE',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && CALENDAR_DATE.test(value),
        defaultMessage: () => FIELD_ERROR_MESSAGES.INVALID_DATE.en,
      },
    },
    options,
  );
}

/** A moment that says its time zone (a deadline without one is ambiguous); code `INVALID_DATETIME`. */
export function HasTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'INVALID_DATETIME',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && WITH_OFFSET.test(value),
        defaultMessage: () => FIELD_ERROR_MESSAGES.INVALID_DATETIME.en,
      },
    },
    options,
  );
}
