import { translationProblems } from './dictionary-checks';
import { pluralForms, selectPlural, type PluralText, type TranslatedDictionary } from './plural';

const ENTRIES: PluralText = { plural: 'count', one: '{count} entry', other: '{count} entries' };
const CODES: PluralText = {
  plural: 'issued',
  one: {
    plural: 'total',
    one: '{issued} code; {total} entry',
    other: '{issued} code; {total} entries',
  },
  other: {
    plural: 'total',
    one: '{issued} codes; {total} entry',
    other: '{issued} codes; {total} entries',
  },
};

describe(selectPlural.name, () => {
  it('should pick the English form by the count', () => {
    expect(selectPlural(ENTRIES, { count: 1 }, 'en')).toBe('{count} entry');
    expect(selectPlural(ENTRIES, { count: 0 }, 'en')).toBe('{count} entries');
    expect(selectPlural(ENTRIES, { count: 21 }, 'en')).toBe('{count} entries');
    expect(selectPlural(ENTRIES, { count: 1.5 }, 'en')).toBe('{count} entries');
  });

  it('should use the other form in Vietnamese, which has no plural', () => {
    expect(selectPlural(ENTRIES, { count: 1 }, 'vi')).toBe('{count} entries');
  });

  it('should use the other form when the count is missing or not a number', () => {
    expect(selectPlural(ENTRIES, {}, 'en')).toBe('{count} entries');
    expect(selectPlural(ENTRIES, undefined, 'en')).toBe('{count} entries');
    expect(selectPlural(ENTRIES, { count: 'many' }, 'en')).toBe('{count} entries');
  });

  it('should read counts formatted in either language', () => {
    expect(selectPlural(ENTRIES, { count: '1' }, 'en')).toBe('{count} entry');
    expect(selectPlural(ENTRIES, { count: '1,000' }, 'en')).toBe('{count} entries');
    expect(selectPlural(ENTRIES, { count: '1.000' }, 'vi')).toBe('{count} entries');
  });

  it('should choose each count of a sentence with two', () => {
    expect(selectPlural(CODES, { issued: 1, total: 5 }, 'en')).toBe(
      '{issued} code; {total} entries',
    );
    expect(selectPlural(CODES, { issued: 3, total: 1 }, 'en')).toBe(
      '{issued} codes; {total} entry',
    );
  });

  it('should leave a plain text as it is', () => {
    expect(selectPlural('Tổng: {count}', { count: 1 }, 'en')).toBe('Tổng: {count}');
  });
});

describe(pluralForms.name, () => {
  it('should list every form, nested ones included', () => {
    expect(pluralForms('plain')).toEqual(['plain']);
    expect(pluralForms(CODES)).toHaveLength(4);
  });
});

describe(translationProblems.name, () => {
  const source = { 'a.count': '{count} tác phẩm', 'a.label': 'Tổng: {count}' } as const;

  it('should accept plural forms and a plain text without a counted noun', () => {
    expect(
      translationProblems(source, { 'a.count': ENTRIES, 'a.label': 'Total: {count}' }),
    ).toEqual([]);
  });

  it('should report a count without plural forms, "(s)", other placeholders and missing keys', () => {
    expect(
      translationProblems(source, {
        'a.count': '{count} entries',
        'a.label': 'Total: {n} file(s)',
      }),
    ).toEqual([
      'a.count: a count without plural forms ("{count} entries")',
      'a.label: placeholders {n} instead of {count}',
      'a.label: "(s)" instead of plural forms',
    ]);
    expect(translationProblems(source, { 'a.count': ENTRIES })).toEqual(['a.label: missing']);
  });

  it('should report a plural counted by a placeholder the source does not have', () => {
    const wrong = { plural: 'total', one: '{count} entry', other: '{count} entries' };
    expect(translationProblems(source, { 'a.count': wrong, 'a.label': 'Total: {count}' })).toEqual([
      'a.count: counted by {total}, which the source text does not have',
    ]);
  });

  it('should not compile a plural counted by a placeholder of no source text', () => {
    const typed: TranslatedDictionary<typeof source> = {
      'a.count': ENTRIES as PluralText<'count'>,
      // @ts-expect-error The source text 'Tổng: {count}' has no {total}.
      'a.label': { plural: 'total', other: 'Total: {count}' },
    };
    expect(typed['a.label']).toBeDefined();
  });
});
