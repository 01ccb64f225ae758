import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import {
  ERROR_MESSAGES,
  FIELD_ERROR_MESSAGES,
  UI_LANGUAGES,
  type UiLanguage,
} from '@press-award/contracts';
import { toOrdinal, toRoman } from '../format/format';
import { en } from './dictionary.en';
import { vi, type Dictionary, type TranslationKey } from './dictionary.vi';
import { selectPlural, type Translation } from './plural';

export const DICTIONARIES: Readonly<Record<UiLanguage, Dictionary>> = { vi, en };
export const LANGUAGE_STORAGE_KEY = 'pa.language';
export type TranslationParams = Readonly<Record<string, string | number>>;

function readStoredLanguage(storage: Storage | null): UiLanguage {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return (UI_LANGUAGES as readonly string[]).includes(stored ?? '')
      ? (stored as UiLanguage)
      : 'vi';
  } catch {
    return 'vi';
  }
}

/** Replaces `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, params?: TranslationParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A dictionary value in `language`: its plural form for these parameters, placeholders filled. */
export function translate(
  text: Translation,
  params: TranslationParams | undefined,
  language: UiLanguage,
): string {
  return interpolate(selectPlural(text, params, language), params);
}

/** The UI language (Vietnamese by default, remembered in localStorage) and the lookups that use it. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly storage: Storage | null = this.document.defaultView?.localStorage ?? null;
  private readonly language = signal<UiLanguage>(readStoredLanguage(this.storage));

  /** The current language; templates and computed values re-run when it changes. */
  readonly lang = this.language.asReadonly();

  constructor() {
    this.document.documentElement.lang = this.language();
  }

  setLanguage(language: UiLanguage): void {
    this.language.set(language);
    this.document.documentElement.lang = language;
    try {
      this.storage?.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this visit.
    }
  }

  t(key: TranslationKey, params?: TranslationParams): string {
    const language = this.language();
    return translate(DICTIONARIES[language][key] ?? key, params, language);
  }

  /** The same text the API sends for a code, for errors found before anything is sent. */
  errorMessage(code: string): string {
    const entry =
      ERROR_MESSAGES[code as keyof typeof ERROR_MESSAGES] ?? ERROR_MESSAGES.INTERNAL_ERROR;
    return entry[this.language()];
  }

  fieldMessage(code: string): string {
    const entry = FIELD_ERROR_MESSAGES[code as keyof typeof FIELD_ERROR_MESSAGES];
    return entry ? entry[this.language()] : this.errorMessage('VALIDATION_FAILED');
  }

  /** "lần thứ V – năm 2020" / "5th edition – 2020". */
  edition(edition: number, year: number): string {
    return this.t('award.edition', { roman: toRoman(edition), ordinal: toOrdinal(edition), year });
  }
}
