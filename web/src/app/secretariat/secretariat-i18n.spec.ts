import { TestBed } from '@angular/core/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { secretariatEn } from './secretariat.en';
import { SecretariatI18n } from './secretariat-i18n';
import { secretariatVi } from './secretariat.vi';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe(SecretariatI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty', () => {
    expect(Object.keys(secretariatEn).sort()).toEqual(Object.keys(secretariatVi).sort());
    for (const [key, text] of Object.entries(secretariatVi)) {
      const english = secretariatEn[key as keyof typeof secretariatEn];
      expect(english.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(english) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('should follow the UI language and interpolate', () => {
    const words = TestBed.inject(SecretariatI18n);
    expect(words.t('screening.selected', { count: 2 })).toBe('Đã chọn 2 tác phẩm');
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('screening.selected', { count: 2 })).toBe('2 entries selected');
  });
});
