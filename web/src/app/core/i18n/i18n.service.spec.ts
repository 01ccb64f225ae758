import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { en } from './dictionary.en';
import { vi } from './dictionary.vi';
import { translationProblems } from './dictionary-checks';
import { I18nService, LANGUAGE_STORAGE_KEY, interpolate } from './i18n.service';

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

  it('should have an English text for every Vietnamese key, with the same placeholders, none empty, counts plural', () => {
    // The English edition text uses {ordinal} where Vietnamese uses Roman numerals; {media} is a name.
    expect(
      translationProblems(vi, en, {
        ownPlaceholders: ['award.edition'],
        notCounts: ['editor.fileEnabled'],
      }),
    ).toEqual([]);
  });

  it('should write English counts in the singular for one and the plural otherwise', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('en');
    expect(i18n.t('files.pages', { count: 1 })).toBe('1 page');
    expect(i18n.t('files.pages', { count: 0 })).toBe('0 pages');
    expect(i18n.t('files.pages', { count: 2 })).toBe('2 pages');
    expect(i18n.t('error.minLength', { min: 1 })).toBe('At least 1 character.');
    expect(i18n.t('error.retryAfter', { seconds: 30 })).toBe('Please try again in 30 seconds.');
  });

  it('should count by a number already formatted for the language', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('en');
    expect(i18n.t('files.pages', { count: '1' })).toBe('1 page');
    expect(i18n.t('files.pages', { count: '1,001' })).toBe('1,001 pages');
    expect(i18n.t('files.pages', { count: '1.5' })).toBe('1.5 pages');
  });

  it('should keep the one Vietnamese text whatever the count', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('files.pages', { count: 1 })).toBe('1 trang');
    expect(i18n.t('files.pages', { count: 2 })).toBe('2 trang');
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
