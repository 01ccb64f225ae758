import { Injectable, Pipe, type PipeTransform } from '@angular/core';
import { featureI18n, featureTranslatePipe } from '../core/i18n/feature-i18n';
import { resultsEn } from './results.en';
import { resultsVi, type ResultsKey } from './results.vi';

/** The results pages' words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class ResultsI18n extends featureI18n<ResultsKey>({ vi: resultsVi, en: resultsEn }) {}

/** `{{ 'page.title' | rt }}`; impure for the same reason as `t`: the language is a signal. */
@Pipe({ name: 'rt', pure: false })
export class ResultsTranslatePipe
  extends featureTranslatePipe(ResultsI18n)
  implements PipeTransform {}
