import { inject, type PipeTransform, type ProviderToken } from '@angular/core';
import type { UiLanguage } from '@press-award/contracts';
import { I18nService, translate, type TranslationParams } from './i18n.service';
import type { Translation } from './plural';

/** A feature's own dictionary in each UI language, keyed by the feature's keys. */
export type FeatureDictionaries<Key extends string> = Readonly<
  Record<UiLanguage, Readonly<Record<Key, Translation>>>
>;

/**
 * A feature's words in the current UI language (the language signal of `I18nService`). Features
 * keep their words beside their code, so their lazy chunks carry them; each names its words and
 * its pipe once, with `featureI18n` and `featureTranslatePipe`.
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
 * language is a signal.
 */
export abstract class FeatureTranslatePipe<Key extends string> implements PipeTransform {
  protected abstract readonly words: FeatureI18n<Key>;

  transform(key: Key, params?: TranslationParams): string {
    return this.words.t(key, params);
  }
}

/**
 * The base of a feature's words over its dictionaries; the feature only names and provides it:
 *
 * ```ts
 * @Injectable({ providedIn: 'root' })
 * export class JudgingI18n extends featureI18n<JudgingKey>({ vi: judgingVi, en: judgingEn }) {}
 * ```
 */
export function featureI18n<Key extends string>(dictionaries: FeatureDictionaries<Key>) {
  return class extends FeatureI18n<Key> {
    constructor() {
      super(dictionaries);
    }
  };
}

/**
 * The base of a feature's pipe over its words; the feature only names the pipe:
 *
 * ```ts
 * @Pipe({ name: 'jt', pure: false })
 * export class JudgingTranslatePipe extends featureTranslatePipe(JudgingI18n) {}
 * ```
 */
export function featureTranslatePipe<Key extends string>(words: ProviderToken<FeatureI18n<Key>>) {
  return class extends FeatureTranslatePipe<Key> {
    protected readonly words = inject(words);
  };
}
