import { TestBed } from '@angular/core/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { aftercareEn } from './aftercare.en';
import { AftercareI18n } from './aftercare-i18n';
import { aftercareVi } from './aftercare.vi';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe(AftercareI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty', () => {
    expect(Object.keys(aftercareEn).sort()).toEqual(Object.keys(aftercareVi).sort());
    for (const [key, text] of Object.entries(aftercareVi)) {
      const english = aftercareEn[key as keyof typeof aftercareEn];
      expect(english.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(english) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('should follow the UI language, Vietnamese first', () => {
    const words = TestBed.inject(AftercareI18n);
    expect(words.t('complaints.summary', { open: 1, total: 3 })).toBe('1 đang xử lý / 3 khiếu nại');
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('complaints.summary', { open: 1, total: 3 })).toBe('1 open / 3 complaints');
  });
});
