import type { UiLanguage } from '@press-award/contracts';

/** The `{name}` placeholders of a text as a union: `'Đã chọn {count} tác phẩm'` → `'count'`. */
export type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * A text whose words depend on a number: `plural` names the placeholder that holds the number and
 * `Intl.PluralRules` of the UI language picks the form (`one`, `other`…; `other` is required and
 * stands in for any category the text does not list). A form may itself be plural when a sentence
 * has two counts. Vietnamese has no plural forms, so only translations use this.
 *
 *     { plural: 'count', one: '{count} entry', other: '{count} entries' }
 */
export interface PluralText<Name extends string = string> {
  readonly plural: Name;
  readonly zero?: Translation<Name>;
  readonly one?: Translation<Name>;
  readonly two?: Translation<Name>;
  readonly few?: Translation<Name>;
  readonly many?: Translation<Name>;
  readonly other: Translation<Name>;
}

/** A dictionary value: a plain text or a plural one. */
export type Translation<Name extends string = string> = string | PluralText<Name>;

/**
 * The type of a translation of a source (Vietnamese) dictionary: the same keys, and a text may be
 * plural, counted by one of the placeholders of the source text (a typo there does not compile).
 */
export type TranslatedDictionary<Source extends Readonly<Record<string, string>>> = {
  readonly [Key in keyof Source]: Translation<Placeholders<Source[Key]>>;
};

const PLURAL_LOCALES: Readonly<Record<UiLanguage, string>> = { vi: 'vi-VN', en: 'en-GB' };
const rulesByLanguage = new Map<UiLanguage, Intl.PluralRules>();

function pluralRules(language: UiLanguage): Intl.PluralRules {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(PLURAL_LOCALES[language]);
    rulesByLanguage.set(language, rules);
  }
  return rules;
}

/**
 * The number a placeholder holds. Callers often pass a number already formatted for the language
 * (`'1.234'` in Vietnamese, `'2.5'` in English): drop the grouping and read the decimal separator.
 */
function countOf(value: string | number | undefined, language: UiLanguage): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const [group, decimal] = language === 'vi' ? ['.', ','] : [',', '.'];
  const normalised = value
    .replace(/[\s\u00a0\u202f]/g, '')
    .split(group)
    .join('')
    .replace(decimal, '.');
  const count = normalised === '' ? NaN : Number(normalised);
  return Number.isFinite(count) ? count : null;
}

/** The plain text for these parameters: the plural form their count asks for, as often as needed. */
export function selectPlural(
  text: Translation,
  params: Readonly<Record<string, string | number>> | undefined,
  language: UiLanguage,
): string {
  let current = text;
  while (typeof current !== 'string') {
    const count = countOf(params?.[current.plural], language);
    const category = count === null ? 'other' : pluralRules(language).select(count);
    current = current[category] ?? current.other;
  }
  return current;
}

/** Every plain text a translation can become (for checks over a whole dictionary). */
export function pluralForms(text: Translation): string[] {
  if (typeof text === 'string') return [text];
  const forms = [text.zero, text.one, text.two, text.few, text.many, text.other];
  return forms.flatMap((form) => (form === undefined ? [] : pluralForms(form)));
}
