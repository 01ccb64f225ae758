import { ERROR_MESSAGES, FIELD_ERROR_MESSAGES } from './errors';

describe('error messages', () => {
  it.each([
    ['ERROR_MESSAGES', ERROR_MESSAGES],
    ['FIELD_ERROR_MESSAGES', FIELD_ERROR_MESSAGES],
  ])('should give every code of %s a Vietnamese and an English text', (_name, table) => {
    for (const [code, messages] of Object.entries(table)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(messages.vi.trim()).not.toBe('');
      expect(messages.en.trim()).not.toBe('');
      expect(messages.vi).not.toBe(messages.en);
    }
  });
});
