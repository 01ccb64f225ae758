import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import type { UiLanguage } from '@press-award/contracts';
import { I18nService, translate, type TranslationParams } from '../core/i18n/i18n.service';
import { secretariatEn } from './secretariat.en';
import { secretariatVi, type SecretariatDictionary, type SecretariatKey } from './secretariat.vi';

export const SECRETARIAT_DICTIONARIES: Readonly<Record<UiLanguage, SecretariatDictionary>> = {
  vi: secretariatVi,
  en: secretariatEn,
};

/** The feature's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class SecretariatI18n {
  private readonly i18n = inject(I18nService);

  t(key: SecretariatKey, params?: TranslationParams): string {
    const language = this.i18n.lang();
    return translate(SECRETARIAT_DICTIONARIES[language][key] ?? key, params, language);
  }
}

/** `{{ 'screening.title' | st }}`; impure for the same reason as `t`: the language is a signal. */
@Pipe({ name: 'st', pure: false })
export class SecretariatTranslatePipe implements PipeTransform {
  private readonly i18n = inject(SecretariatI18n);

  transform(key: SecretariatKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
