import { TestBed } from '@angular/core/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { resultsEn } from './results.en';
import { ResultsI18n } from './results-i18n';
import { resultsVi } from './results.vi';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe(ResultsI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty', () => {
    expect(Object.keys(resultsEn).sort()).toEqual(Object.keys(resultsVi).sort());
    for (const [key, text] of Object.entries(resultsVi)) {
      const english = resultsEn[key as keyof typeof resultsEn];
      expect(english.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(english) }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });

  it('should follow the UI language and interpolate', () => {
    const words = TestBed.inject(ResultsI18n);
    expect(words.t('public.penName', { name: 'Nguyễn Văn A', penName: 'Hồng Lĩnh' })).toBe(
      'Nguyễn Văn A (bút danh Hồng Lĩnh)',
    );
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('public.penName', { name: 'Nguyễn Văn A', penName: 'Hồng Lĩnh' })).toBe(
      'Nguyễn Văn A (pen name Hồng Lĩnh)',
    );
  });
});
