import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import {
  FeatureI18n,
  FeatureTranslatePipe,
  type FeatureDictionaries,
} from '../core/i18n/feature-i18n';
import { secretariatEn } from './secretariat.en';
import { secretariatVi, type SecretariatKey } from './secretariat.vi';

export const SECRETARIAT_DICTIONARIES: FeatureDictionaries<SecretariatKey> = {
  vi: secretariatVi,
  en: secretariatEn,
};

/** The feature's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class SecretariatI18n extends FeatureI18n<SecretariatKey> {
  constructor() {
    super(SECRETARIAT_DICTIONARIES);
  }
}

/** `{{ 'screening.title' | st }}`; impure for the same reason as `t`: the language is a signal. */
@Pipe({ name: 'st', pure: false })
export class SecretariatTranslatePipe
  extends FeatureTranslatePipe<SecretariatKey>
  implements PipeTransform
{
  protected readonly words = inject(SecretariatI18n);
}
