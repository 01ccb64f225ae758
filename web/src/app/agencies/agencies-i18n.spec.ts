import { TestBed } from '@angular/core/testing';
import { translationProblems } from '../core/i18n/dictionary-checks';
import { I18nService } from '../core/i18n/i18n.service';
import { agenciesEn } from './agencies.en';
import { AgenciesI18n } from './agencies-i18n';
import { agenciesVi } from './agencies.vi';

describe(AgenciesI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty, counts plural', () => {
    expect(translationProblems(agenciesVi, agenciesEn)).toEqual([]);
  });

  it('should count entries in the UI language, Vietnamese first', () => {
    const words = TestBed.inject(AgenciesI18n);
    expect(words.t('batches.progress', { submitted: 1, count: 2 })).toBe('Đã nộp 1/2 tác phẩm');
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('batches.progress', { submitted: 0, count: 1 })).toBe('0 of 1 entry submitted');
    expect(words.t('batch.count', { count: 2 })).toBe('2 entries');
  });
});
