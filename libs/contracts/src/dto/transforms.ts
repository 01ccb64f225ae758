import { Transform } from 'class-transformer';

/** Trims surrounding whitespace; an empty optional string becomes undefined. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim().normalize('NFC');
    return trimmed;
  });
}

/** Emails compare case-insensitively everywhere, so they are stored in lower case. */
export function NormalizeEmail(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));
}
