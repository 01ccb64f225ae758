import { Injectable, Pipe, type PipeTransform } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FeatureI18n, featureI18n, featureTranslatePipe } from './feature-i18n';
import { I18nService } from './i18n.service';

type SampleKey = 'entries' | 'greeting';

@Injectable({ providedIn: 'root' })
class SampleI18n extends featureI18n<SampleKey>({
  vi: { entries: '{count} tác phẩm', greeting: 'Chào {name}' },
  en: {
    entries: { plural: 'count', one: '{count} entry', other: '{count} entries' },
    greeting: 'Hello {name}',
  },
}) {}

@Pipe({ name: 'sample', pure: false })
class SampleTranslatePipe extends featureTranslatePipe(SampleI18n) implements PipeTransform {}

describe(FeatureI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should follow the UI language, choose the plural form and fill the placeholders', () => {
    const words = TestBed.inject(SampleI18n);
    expect(words.t('entries', { count: 1 })).toBe('1 tác phẩm');
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('entries', { count: 1 })).toBe('1 entry');
    expect(words.t('entries', { count: 3 })).toBe('3 entries');
    expect(words.t('greeting', { name: 'Lan' })).toBe('Hello Lan');
  });

  it('should show the key of a word the dictionary lacks rather than nothing', () => {
    const words = TestBed.inject(SampleI18n);
    expect(words.t('missing' as SampleKey)).toBe('missing');
  });

  it('should translate through the feature pipe', () => {
    const pipe = TestBed.runInInjectionContext(() => new SampleTranslatePipe());
    TestBed.inject(I18nService).setLanguage('en');
    expect(pipe.transform('entries', { count: 2 })).toBe('2 entries');
  });
});
