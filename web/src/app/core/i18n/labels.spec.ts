import { ENTRY_LANGUAGES } from '@press-award/contracts';
import { en } from './dictionary.en';
import { vi } from './dictionary.vi';
import { languageKey } from './labels';

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
