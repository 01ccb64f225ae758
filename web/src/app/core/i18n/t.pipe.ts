import { Pipe, inject, type PipeTransform } from '@angular/core';
import type { TranslationKey } from './dictionary.vi';
import { I18nService, type TranslationParams } from './i18n.service';

/**
 * `{{ 'nav.home' | t }}`. Impure on purpose: the result depends on the language signal, which the
 * template's reactive context tracks, so switching language re-renders without reloading.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}

/** `{{ award.edition | edition: award.year }}` → "lần thứ V – năm 2020". */
@Pipe({ name: 'edition', pure: false })
export class EditionPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(edition: number, year: number): string {
    return this.i18n.edition(edition, year);
  }
}
