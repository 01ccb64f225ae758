import { Injectable, Pipe, type PipeTransform } from '@angular/core';
import { featureI18n, featureTranslatePipe } from '../core/i18n/feature-i18n';
import { dashboardEn } from './dashboard.en';
import { dashboardVi, type DashboardKey } from './dashboard.vi';

/** The dashboard's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class DashboardI18n extends featureI18n<DashboardKey>({
  vi: dashboardVi,
  en: dashboardEn,
}) {}

/** `{{ 'dashboard.title' | dbt }}`; impure because the language is a signal. */
@Pipe({ name: 'dbt', pure: false })
export class DashboardTranslatePipe
  extends featureTranslatePipe(DashboardI18n)
  implements PipeTransform {}
