import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import type { UiLanguage } from '@press-award/contracts';
import { I18nService, translate, type TranslationParams } from '../core/i18n/i18n.service';
import { resultsEn } from './results.en';
import { resultsVi, type ResultsDictionary, type ResultsKey } from './results.vi';

export const RESULTS_DICTIONARIES: Readonly<Record<UiLanguage, ResultsDictionary>> = {
  vi: resultsVi,
  en: resultsEn,
};

/** The results pages' words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class ResultsI18n {
  private readonly i18n = inject(I18nService);

  t(key: ResultsKey, params?: TranslationParams): string {
    const language = this.i18n.lang();
    return translate(RESULTS_DICTIONARIES[language][key] ?? key, params, language);
  }
}

/** `{{ 'page.title' | rt }}`; impure for the same reason as `t`: the language is a signal. */
@Pipe({ name: 'rt', pure: false })
export class ResultsTranslatePipe implements PipeTransform {
  private readonly i18n = inject(ResultsI18n);

  transform(key: ResultsKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
