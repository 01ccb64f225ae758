import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import {
  FeatureI18n,
  FeatureTranslatePipe,
  type FeatureDictionaries,
} from '../core/i18n/feature-i18n';
import { judgingEn } from './judging.en';
import { judgingVi, type JudgingKey } from './judging.vi';

export const JUDGING_DICTIONARIES: FeatureDictionaries<JudgingKey> = {
  vi: judgingVi,
  en: judgingEn,
};

/** The judge workspace's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class JudgingI18n extends FeatureI18n<JudgingKey> {
  constructor() {
    super(JUDGING_DICTIONARIES);
  }
}

/** `{{ 'list.title' | jt }}`; impure for the same reason as `t`: the language is a signal. */
@Pipe({ name: 'jt', pure: false })
export class JudgingTranslatePipe
  extends FeatureTranslatePipe<JudgingKey>
  implements PipeTransform
{
  protected readonly words = inject(JudgingI18n);
}
