import { describe, expect, it } from '@jest/globals';
import { languageOf } from './language';

describe(languageOf.name, () => {
  it('should default to Vietnamese', () => {
    expect(languageOf(undefined)).toBe('vi');
    expect(languageOf('fr-FR')).toBe('vi');
    expect(languageOf('')).toBe('vi');
  });

  it('should follow the client preference and its weights', () => {
    expect(languageOf('en-US,en;q=0.9')).toBe('en');
    expect(languageOf('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(languageOf('fr;q=1,en;q=0.5,vi;q=0.4')).toBe('en');
    expect(languageOf('en;q=0,vi')).toBe('vi');
  });
});
