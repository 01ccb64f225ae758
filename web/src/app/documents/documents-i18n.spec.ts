import { TestBed } from '@angular/core/testing';
import { translationProblems } from '../core/i18n/dictionary-checks';
import { I18nService } from '../core/i18n/i18n.service';
import { documentsEn } from './documents.en';
import { DocumentsI18n } from './documents-i18n';
import { documentsVi } from './documents.vi';

describe(DocumentsI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty, counts plural', () => {
    expect(translationProblems(documentsVi, documentsEn)).toEqual([]);
  });

  it('should follow the UI language, Vietnamese first', () => {
    const words = TestBed.inject(DocumentsI18n);
    expect(words.t('documents.count', { count: 2 })).toBe('2 văn bản');
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('documents.count', { count: 1 })).toBe('1 document');
  });
});
