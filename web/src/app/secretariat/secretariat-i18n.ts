import { Injectable, Pipe, type PipeTransform } from '@angular/core';
import { featureI18n, featureTranslatePipe } from '../core/i18n/feature-i18n';
import { secretariatEn } from './secretariat.en';
import { secretariatVi, type SecretariatKey } from './secretariat.vi';

/** The feature's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class SecretariatI18n extends featureI18n<SecretariatKey>({
  vi: secretariatVi,
  en: secretariatEn,
}) {}

/** `{{ 'screening.title' | st }}`; impure for the same reason as `t`: the language is a signal. */
@Pipe({ name: 'st', pure: false })
export class SecretariatTranslatePipe
  extends featureTranslatePipe(SecretariatI18n)
  implements PipeTransform {}
