import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import {
  FeatureI18n,
  FeatureTranslatePipe,
  type FeatureDictionaries,
} from '../core/i18n/feature-i18n';
import { aftercareEn } from './aftercare.en';
import { aftercareVi, type AftercareKey } from './aftercare.vi';

export const AFTERCARE_DICTIONARIES: FeatureDictionaries<AftercareKey> = {
  vi: aftercareVi,
  en: aftercareEn,
};

/** The aftercare page's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class AftercareI18n extends FeatureI18n<AftercareKey> {
  constructor() {
    super(AFTERCARE_DICTIONARIES);
  }
}

/** `{{ 'aftercare.title' | act }}`; impure because the language is a signal. */
@Pipe({ name: 'act', pure: false })
export class AftercareTranslatePipe
  extends FeatureTranslatePipe<AftercareKey>
  implements PipeTransform
{
  protected readonly words = inject(AftercareI18n);
}
