import { Injectable, Pipe, type PipeTransform } from '@angular/core';
import { featureI18n, featureTranslatePipe } from '../core/i18n/feature-i18n';
import { judgingEn } from './judging.en';
import { judgingVi, type JudgingKey } from './judging.vi';

/** The judge workspace's words in the current UI language (the language signal of `I18nService`). */
@Injectable({ providedIn: 'root' })
export class JudgingI18n extends featureI18n<JudgingKey>({ vi: judgingVi, en: judgingEn }) {}

/** `{{ 'list.title' | jt }}`; impure for the same reason as `t`: the language is a signal. */
@Pipe({ name: 'jt', pure: false })
export class JudgingTranslatePipe
  extends featureTranslatePipe(JudgingI18n)
  implements PipeTransform {}
