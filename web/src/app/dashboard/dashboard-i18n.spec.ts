import { TestBed } from '@angular/core/testing';
import { translationProblems } from '../core/i18n/dictionary-checks';
import { I18nService } from '../core/i18n/i18n.service';
import { dashboardEn } from './dashboard.en';
import { DashboardI18n } from './dashboard-i18n';
import { dashboardVi } from './dashboard.vi';

describe(DashboardI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty, counts plural', () => {
    expect(translationProblems(dashboardVi, dashboardEn)).toEqual([]);
  });

  it('should follow the UI language, Vietnamese first', () => {
    const words = TestBed.inject(DashboardI18n);
    expect(words.t('progress.tooltip', { submitted: 3, assigned: 4, percent: '75 %' })).toBe(
      '3/4 phiếu (75 %)',
    );
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('progress.tooltip', { submitted: 3, assigned: 4, percent: '75 %' })).toBe(
      '3/4 sheets (75 %)',
    );
  });
});
