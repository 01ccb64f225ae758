import { Injectable, Pipe, inject, type PipeTransform } from '@angular/core';
import {
  FeatureI18n,
  FeatureTranslatePipe,
  type FeatureDictionaries,
} from '../core/i18n/feature-i18n';
import { resultsEn } from './results.en';
import { resultsVi, type ResultsKey } from './results.vi';

export const RESULTS_DICTIONARIES: FeatureDictionaries<ResultsKey> = {
  vi: resultsVi,
  en: resultsEn,
};

/** The results pages' words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class ResultsI18n extends FeatureI18n<ResultsKey> {
  constructor() {
    super(RESULTS_DICTIONARIES);
  }
}

/** `{{ 'page.title' | rt }}`; impure for the same reason as `t`: the language is a signal. */
@Pipe({ name: 'rt', pure: false })
export class ResultsTranslatePipe
  extends FeatureTranslatePipe<ResultsKey>
  implements PipeTransform
{
  protected readonly words = inject(ResultsI18n);
}
