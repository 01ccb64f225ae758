import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import type { UiLanguage } from '@press-award/contracts';
import { I18nService, translate, type TranslationParams } from '../core/i18n/i18n.service';
import { dashboardEn } from './dashboard.en';
import { dashboardVi, type DashboardDictionary, type DashboardKey } from './dashboard.vi';

export const DASHBOARD_DICTIONARIES: Readonly<Record<UiLanguage, DashboardDictionary>> = {
  vi: dashboardVi,
  en: dashboardEn,
};

/** The dashboard's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class DashboardI18n {
  private readonly i18n = inject(I18nService);

  t(key: DashboardKey, params?: TranslationParams): string {
    const language = this.i18n.lang();
    return translate(DASHBOARD_DICTIONARIES[language][key] ?? key, params, language);
  }
}

/** `{{ 'dashboard.title' | dbt }}`; impure because the language is a signal. */
@Pipe({ name: 'dbt', pure: false })
export class DashboardTranslatePipe implements PipeTransform {
  private readonly i18n = inject(DashboardI18n);

  transform(key: DashboardKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
