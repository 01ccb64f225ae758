import { Injectable, Pipe, type PipeTransform } from '@angular/core';
import { featureI18n, featureTranslatePipe } from '../core/i18n/feature-i18n';
import { aftercareEn } from './aftercare.en';
import { aftercareVi, type AftercareKey } from './aftercare.vi';

/** The aftercare page's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class AftercareI18n extends featureI18n<AftercareKey>({
  vi: aftercareVi,
  en: aftercareEn,
}) {}

/** `{{ 'aftercare.title' | act }}`; impure because the language is a signal. */
@Pipe({ name: 'act', pure: false })
export class AftercareTranslatePipe
  extends featureTranslatePipe(AftercareI18n)
  implements PipeTransform {}
