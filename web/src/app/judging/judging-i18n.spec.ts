import { TestBed } from '@angular/core/testing';
import { translationProblems } from '../core/i18n/dictionary-checks';
import { I18nService } from '../core/i18n/i18n.service';
import { judgingEn } from './judging.en';
import { JudgingI18n } from './judging-i18n';
import { judgingVi } from './judging.vi';

describe(JudgingI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty, counts plural', () => {
    expect(translationProblems(judgingVi, judgingEn)).toEqual([]);
  });

  it('should follow the UI language and interpolate', () => {
    const words = TestBed.inject(JudgingI18n);
    expect(words.t('list.progress', { submitted: 12, total: 30 })).toBe('12/30 đã nộp');
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('list.progress', { submitted: 12, total: 30 })).toBe('12/30 submitted');
  });
});
