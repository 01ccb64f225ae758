import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import type { UiLanguage } from '@press-award/contracts';
import { I18nService, translate, type TranslationParams } from '../core/i18n/i18n.service';
import { judgingEn } from './judging.en';
import { judgingVi, type JudgingDictionary, type JudgingKey } from './judging.vi';

export const JUDGING_DICTIONARIES: Readonly<Record<UiLanguage, JudgingDictionary>> = {
  vi: judgingVi,
  en: judgingEn,
};

/** The judge workspace's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class JudgingI18n {
  private readonly i18n = inject(I18nService);

  t(key: JudgingKey, params?: TranslationParams): string {
    const language = this.i18n.lang();
    return translate(JUDGING_DICTIONARIES[language][key] ?? key, params, language);
  }
}

/** `{{ 'list.title' | jt }}`; impure for the same reason as `t`: the language is a signal. */
@Pipe({ name: 'jt', pure: false })
export class JudgingTranslatePipe implements PipeTransform {
  private readonly i18n = inject(JudgingI18n);

  transform(key: JudgingKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
