import { TestBed } from '@angular/core/testing';
import { translationProblems } from '../core/i18n/dictionary-checks';
import { I18nService } from '../core/i18n/i18n.service';
import { resultsEn } from './results.en';
import { ResultsI18n } from './results-i18n';
import { resultsVi } from './results.vi';

describe(ResultsI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty, counts plural', () => {
    expect(translationProblems(resultsVi, resultsEn)).toEqual([]);
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
