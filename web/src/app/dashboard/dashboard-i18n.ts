import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import {
  FeatureI18n,
  FeatureTranslatePipe,
  type FeatureDictionaries,
} from '../core/i18n/feature-i18n';
import { dashboardEn } from './dashboard.en';
import { dashboardVi, type DashboardKey } from './dashboard.vi';

export const DASHBOARD_DICTIONARIES: FeatureDictionaries<DashboardKey> = {
  vi: dashboardVi,
  en: dashboardEn,
};

/** The dashboard's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class DashboardI18n extends FeatureI18n<DashboardKey> {
  constructor() {
    super(DASHBOARD_DICTIONARIES);
  }
}

/** `{{ 'dashboard.title' | dbt }}`; impure because the language is a signal. */
@Pipe({ name: 'dbt', pure: false })
export class DashboardTranslatePipe
  extends FeatureTranslatePipe<DashboardKey>
  implements PipeTransform
{
  protected readonly words = inject(DashboardI18n);
}
