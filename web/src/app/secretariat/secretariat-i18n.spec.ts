import { TestBed } from '@angular/core/testing';
import { translationProblems } from '../core/i18n/dictionary-checks';
import { I18nService } from '../core/i18n/i18n.service';
import { secretariatEn } from './secretariat.en';
import { SecretariatI18n } from './secretariat-i18n';
import { secretariatVi } from './secretariat.vi';

describe(SecretariatI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty, counts plural', () => {
    expect(translationProblems(secretariatVi, secretariatEn)).toEqual([]);
  });

  it('should follow the UI language and interpolate', () => {
    const words = TestBed.inject(SecretariatI18n);
    expect(words.t('screening.selected', { count: 2 })).toBe('Đã chọn 2 tác phẩm');
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('screening.selected', { count: 2 })).toBe('2 entries selected');
    expect(words.t('screening.selected', { count: 1 })).toBe('1 entry selected');
    expect(words.t('codes.issued', { issued: 1, total: 2 })).toBe(
      '1 new code issued; 2 eligible entries have a code.',
    );
  });
});
