import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import type { UiLanguage } from '@press-award/contracts';
import { I18nService, translate, type TranslationParams } from '../core/i18n/i18n.service';
import { aftercareEn } from './aftercare.en';
import { aftercareVi, type AftercareDictionary, type AftercareKey } from './aftercare.vi';

export const AFTERCARE_DICTIONARIES: Readonly<Record<UiLanguage, AftercareDictionary>> = {
  vi: aftercareVi,
  en: aftercareEn,
};

/** The aftercare page's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class AftercareI18n {
  private readonly i18n = inject(I18nService);

  t(key: AftercareKey, params?: TranslationParams): string {
    const language = this.i18n.lang();
    return translate(AFTERCARE_DICTIONARIES[language][key] ?? key, params, language);
  }
}

/** `{{ 'aftercare.title' | act }}`; impure because the language is a signal. */
@Pipe({ name: 'act', pure: false })
export class AftercareTranslatePipe implements PipeTransform {
  private readonly i18n = inject(AftercareI18n);

  transform(key: AftercareKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
