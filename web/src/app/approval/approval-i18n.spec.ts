import { TestBed } from '@angular/core/testing';
import { translationProblems } from '../core/i18n/dictionary-checks';
import { I18nService } from '../core/i18n/i18n.service';
import { approvalEn } from './approval.en';
import { ApprovalI18n } from './approval-i18n';
import { approvalVi } from './approval.vi';

describe(ApprovalI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty, counts plural', () => {
    expect(translationProblems(approvalVi, approvalEn)).toEqual([]);
  });

  it('should follow the UI language, Vietnamese first', () => {
    const words = TestBed.inject(ApprovalI18n);
    expect(words.t('approval.worksCount', { count: 2 })).toBe('2 tác phẩm');
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('approval.worksCount', { count: 1 })).toBe('1 work');
  });
});
