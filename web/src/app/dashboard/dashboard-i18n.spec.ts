import { TestBed } from '@angular/core/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { dashboardEn } from './dashboard.en';
import { DashboardI18n } from './dashboard-i18n';
import { dashboardVi } from './dashboard.vi';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe(DashboardI18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('should have the same keys and placeholders in English as in Vietnamese, none empty', () => {
    expect(Object.keys(dashboardEn).sort()).toEqual(Object.keys(dashboardVi).sort());
    for (const [key, text] of Object.entries(dashboardVi)) {
      const english = dashboardEn[key as keyof typeof dashboardEn];
      expect(english.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(english) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('should follow the UI language, Vietnamese first', () => {
    const words = TestBed.inject(DashboardI18n);
    expect(words.t('progress.tooltip', { submitted: 3, assigned: 4, percent: '75 %' })).toBe('3/4 phiếu (75 %)');
    TestBed.inject(I18nService).setLanguage('en');
    expect(words.t('progress.tooltip', { submitted: 3, assigned: 4, percent: '75 %' })).toBe('3/4 sheets (75 %)');
  });
});
