import { TestBed } from '@angular/core/testing';
import { translationProblems } from '../core/i18n/dictionary-checks';
import { I18nService } from '../core/i18n/i18n.service';
import { aftercareEn } from './aftercare.en';
import { AftercareI18n } from './aftercare-i18n';
import { aftercareVi } from './aftercare.vi';

describe(AftercareI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty, counts plural', () => {
    expect(translationProblems(aftercareVi, aftercareEn)).toEqual([]);
  });

  it('should follow the UI language, Vietnamese first', () => {
    const words = TestBed.inject(AftercareI18n);
    expect(words.t('complaints.summary', { open: 1, total: 3 })).toBe('1 đang xử lý / 3 khiếu nại');
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('complaints.summary', { open: 1, total: 3 })).toBe('1 open / 3 complaints');
  });
});
