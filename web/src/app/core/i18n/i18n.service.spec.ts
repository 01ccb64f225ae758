import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { en } from './dictionary.en';
import { vi } from './dictionary.vi';
import { I18nService, LANGUAGE_STORAGE_KEY, interpolate } from './i18n.service';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe(I18nService.name, () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'en';
    TestBed.resetTestingModule();
  });

  it('should default to Vietnamese and set <html lang="vi">', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.lang()).toBe('vi');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('vi');
    expect(i18n.t('nav.home')).toBe('Trang chủ');
  });

  it('should switch to English, persist the choice and update <html lang>', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('en');
    expect(i18n.lang()).toBe('en');
    expect(i18n.t('nav.home')).toBe('Home');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('should start in the stored language and ignore an unknown stored value', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(TestBed.inject(I18nService).lang()).toBe('en');

    TestBed.resetTestingModule();
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(TestBed.inject(I18nService).lang()).toBe('vi');
  });

  it('should have an English text for every Vietnamese key and no extra English keys', () => {
    const viKeys = Object.keys(vi).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys.filter((key) => !viKeys.includes(key))).toEqual([]);
    expect(viKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('should have no empty texts and the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(vi[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
      // The English edition text uses {ordinal} where Vietnamese uses Roman numerals.
      if (key === 'award.edition') continue;
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(vi[key]) });
    }
  });

  it('should fill placeholders and leave unknown ones visible', () => {
    expect(interpolate('Trang {page}/{pages}', { page: 2, pages: 5 })).toBe('Trang 2/5');
    expect(interpolate('Xin chào {name}', {})).toBe('Xin chào {name}');
  });

  it('should write editions the Vietnamese way and the English way', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.edition(5, 2020)).toBe('lần thứ V – năm 2020');
    i18n.setLanguage('en');
    expect(i18n.edition(5, 2020)).toBe('5th edition – 2020');
  });

  it('should give the contracts texts for error codes in the current language', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.errorMessage('AUTH_INVALID_CREDENTIALS')).toBe('Email hoặc mật khẩu không đúng.');
    expect(i18n.fieldMessage('PUBLICATION_WINDOW_INVERTED')).toContain('Ngày kết thúc');
    i18n.setLanguage('en');
    expect(i18n.errorMessage('NO_SUCH_CODE')).toBe('Something went wrong. Please try again.');
  });
});
