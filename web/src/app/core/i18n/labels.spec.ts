import { ENTRY_LANGUAGES } from '@press-award/contracts';
import { DEFAULT_FILE_RULES } from '@press-award/domain';
import { en } from './dictionary.en';
import { vi } from './dictionary.vi';
import { formatList, languageKey } from './labels';

describe(languageKey.name, () => {
  it('should have a label in both languages for every entry language, and none for any other code', () => {
    for (const dictionary of [vi, en]) {
      const labelled = Object.keys(dictionary)
        .filter((key) => key.startsWith('language.'))
        .map((key) => key.slice('language.'.length));
      expect(labelled.sort()).toEqual([...ENTRY_LANGUAGES].sort());
    }
    expect(vi[languageKey('tyz') as keyof typeof vi]).toBe('Tiếng Tày');
    expect(en[languageKey('cmo') as keyof typeof en]).toBe('Mnong');
  });
});

describe(formatList.name, () => {
  it('should name each format once, M4A included, in the rule order', () => {
    expect(formatList(DEFAULT_FILE_RULES.radio.types)).toBe('MP3, M4A, WAV');
    expect(formatList(['application/pdf', 'image/jpeg', 'image/png'])).toBe('PDF, JPEG, PNG');
    expect(formatList(['application/x-unknown'])).toBe('application/x-unknown');
  });
});
