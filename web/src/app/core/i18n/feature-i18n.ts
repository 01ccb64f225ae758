import { inject, type PipeTransform } from '@angular/core';
import type { UiLanguage } from '@press-award/contracts';
import { I18nService, translate, type TranslationParams } from './i18n.service';
import type { Translation } from './plural';

/** A feature's own dictionary in each UI language, keyed by the feature's keys. */
export type FeatureDictionaries<Key extends string> = Readonly<
  Record<UiLanguage, Readonly<Record<Key, Translation>>>
>;

/**
 * A feature's words in the current UI language (the language signal of `I18nService`). Features
 * keep their words beside their code, so their lazy chunks carry them; each extends this once
 * with its dictionaries:
 *
 * ```ts
 * @Injectable({ providedIn: 'root' })
 * export class JudgingI18n extends FeatureI18n<JudgingKey> {
 *   constructor() {
 *     super(JUDGING_DICTIONARIES);
 *   }
 * }
 * ```
 */
export abstract class FeatureI18n<Key extends string> {
  private readonly i18n = inject(I18nService);

  protected constructor(private readonly dictionaries: FeatureDictionaries<Key>) {}

  t(key: Key, params?: TranslationParams): string {
    const language = this.i18n.lang();
    return translate(this.dictionaries[language][key] ?? key, params, language);
  }
}

/**
 * The pipe of a feature's words, `{{ 'list.title' | jt }}`; impure for the same reason as `t`: the
 * language is a signal. A feature's pipe only names itself and its `FeatureI18n`.
 */
export abstract class FeatureTranslatePipe<Key extends string> implements PipeTransform {
  protected abstract readonly words: FeatureI18n<Key>;

  transform(key: Key, params?: TranslationParams): string {
    return this.words.t(key, params);
  }
}
