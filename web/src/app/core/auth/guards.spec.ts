import { safeReturnUrl } from './guards';

describe(safeReturnUrl.name, () => {
  it('should keep a path inside the app', () => {
    expect(safeReturnUrl('/manage/awards/1?tab=members')).toBe('/manage/awards/1?tab=members');
  });

  it('should refuse anything that could leave the site', () => {
    for (const value of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/ \t/evil.example',
      '/' + 'a'.repeat(600),
      'javascript:alert(1)',
      '',
      null,
      undefined,
    ]) {
      expect(safeReturnUrl(value)).toBe('/');
    }
  });
});
