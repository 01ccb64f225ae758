import { ENTRY_LANGUAGES } from './enums';

describe('ENTRY_LANGUAGES', () => {
  it('should list each language once, whatever code it is written with', () => {
    const languages = ENTRY_LANGUAGES.map((code) => Intl.getCanonicalLocales(code)[0]);
    expect(new Set(languages).size).toBe(ENTRY_LANGUAGES.length);
  });

  it('should use the BCP 47 tag: ISO 639-1 where one exists, else ISO 639-3', () => {
    // The canonical form turns a three-letter code that has a two-letter one into it (khm → km).
    for (const code of ENTRY_LANGUAGES) expect(Intl.getCanonicalLocales(code)).toEqual([code]);
    expect(ENTRY_LANGUAGES.every((code) => /^[a-z]{2,3}$/.test(code))).toBe(true);
  });

  it("should name Vietnam's languages by their own codes", () => {
    // Tày is tyz (tay is Atayal); Chăm of Vietnam is Eastern Cham cjm (cja is Western Cham);
    // M'Nông is Central Mnong cmo (mnw is Mon); Khmer is km, once.
    expect(ENTRY_LANGUAGES).toEqual(
      expect.arrayContaining(['tyz', 'cjm', 'cmo', 'km', 'nut', 'hmn', 'jra', 'ede', 'bdq', 'kpm']),
    );
    for (const wrong of ['tay', 'mnw', 'cja', 'khm']) expect(ENTRY_LANGUAGES).not.toContain(wrong);
  });
});
