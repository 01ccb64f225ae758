import { pluralForms, type Translation } from './plural';

/** English nouns a count is written with; a plain text that puts a count before one is not plural. */
const COUNTED_NOUNS =
  'entries|works|files|pages|judges|sheets|parts|authors|points|seconds|minutes|hours|days|characters|codes|assignments|pairs|complaints|prizes|categories|rounds|members|times|items';
/** `{count} entries`, `{count} eligible judges`, `{count} judge–entry pairs`. */
const COUNT_BEFORE_PLURAL = new RegExp(`\\{\\w+\\}\\s+(?:[\\w–-]+\\s+)?(?:${COUNTED_NOUNS})\\b`);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * What is wrong with an English dictionary against its Vietnamese source: missing or extra keys,
 * empty texts, placeholders that differ (in any plural form), a plural counted by a placeholder the
 * source does not have, and counts written without plural forms ("{count} entries", "file(s)").
 * The dictionary specs expect an empty list; each problem names its key. `ownPlaceholders` lists
 * keys whose translation rightly uses other placeholders, `notCounts` keys whose placeholder before
 * a noun is not a number ("Accept {media} works").
 */
export function translationProblems(
  source: Readonly<Record<string, string>>,
  translation: Readonly<Record<string, Translation>>,
  options: { ownPlaceholders?: readonly string[]; notCounts?: readonly string[] } = {},
): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(translation)) {
    if (!(key in source)) problems.push(`${key}: not in the source dictionary`);
  }
  for (const [key, sourceText] of Object.entries(source)) {
    const text = translation[key];
    if (text === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    const expected = placeholders(sourceText);
    if (typeof text !== 'string' && !expected.includes(text.plural)) {
      problems.push(`${key}: counted by {${text.plural}}, which the source text does not have`);
    }
    for (const form of pluralForms(text)) {
      if (form.trim() === '') problems.push(`${key}: empty`);
      if (
        !options.ownPlaceholders?.includes(key) &&
        placeholders(form).join() !== expected.join()
      ) {
        problems.push(
          `${key}: placeholders {${placeholders(form).join('}, {')}} instead of {${expected.join('}, {')}}`,
        );
      }
      if (/\w\(s\)/.test(form)) problems.push(`${key}: "(s)" instead of plural forms`);
    }
    if (
      typeof text === 'string' &&
      !options.notCounts?.includes(key) &&
      COUNT_BEFORE_PLURAL.test(text)
    ) {
      problems.push(`${key}: a count without plural forms ("${text}")`);
    }
  }
  return problems;
}
