import { describe, expect, it } from '@jest/globals';
import { chooseEncoding } from './web-assets';

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, as the client allows', () => {
    expect(chooseEncoding('gzip, deflate, br', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('gzip, deflate', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip', ['br', 'gzip'])).toBe('gzip');
  });

  it('sends the file as it is when nothing acceptable is on hand', () => {
    expect(chooseEncoding(undefined, ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding('identity', ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding('br;q=0, gzip;q=0', ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding('br', [])).toBeNull();
    expect(chooseEncoding('br', ['gzip'])).toBeNull();
  });

  it('reads a wildcard, and an explicit refusal beside it', () => {
    expect(chooseEncoding('*', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('br;q=0, *', ['br', 'gzip'])).toBe('gzip');
  });
});
