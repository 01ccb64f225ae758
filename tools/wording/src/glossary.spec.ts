import { filesUnder, readText, stringLiterals } from './text-sources';

/**
 * One word per thing (docs/glossary.md). Each entry bans the synonyms of the chosen term in the
 * text users read: the web dictionaries, the error catalog, the mails and the PDFs.
 */
const BANNED: { thing: string; chosen: string; synonym: RegExp }[] = [
  // A judge's recusal: "tránh chấm" / "recuse". Never the entry's word "rút".
  {
    thing: 'recusal',
    chosen: 'tránh chấm',
    synonym: /từ chối chấm|xin rút|rút lui|tự rút|miễn chấm|không tham gia chấm/i,
  },
  {
    thing: 'recusal',
    chosen: 'recuse',
    synonym:
      /step(ped|s)? (down|aside)|withdr\w* from (judging|scoring|the entry)|abstain|declin\w* to (judge|score)/i,
  },
  // An entry's withdrawal: "rút tác phẩm" / "withdraw".
  {
    thing: 'withdrawal',
    chosen: 'rút tác phẩm',
    synonym: /rút bài|rút hồ sơ|hủy dự (thi|giải)|huỷ dự (thi|giải)|rút khỏi cuộc thi/i,
  },
  { thing: 'withdrawal', chosen: 'withdraw', synonym: /\bretract|\bpull(ed|s)? out\b/i },
  // The award status `decided`: "Đã có kết quả" / "Results decided".
  { thing: 'status decided', chosen: 'đã có kết quả', synonym: /đã quyết định|đã chốt kết quả/i },
  {
    thing: 'status decided',
    chosen: 'results decided',
    synonym: /results (closed|final|finali[sz]ed|confirmed)|clos\w* the results|\bfinali[sz]e/i,
  },
  // A member with the role `organizer`: "thành viên Ban Tổ chức" / "organizer"; the body is "Ban Tổ chức".
  {
    thing: 'organizer',
    chosen: 'thành viên Ban Tổ chức',
    synonym: /người tổ chức|nhà tổ chức|\bBTC\b/i,
  },
  { thing: 'organizer', chosen: 'Ban Tổ chức', synonym: /ban tổ chức|Ban tổ chức|Ban Tổ Chức/ },
  {
    thing: 'organizer',
    chosen: 'organizer',
    synonym: /\borganis(er|ing|ation)|\borganizing committee member/i,
  },
];

/** The text sources of the glossary: dictionaries, error catalog, mail templates, PDF builders. */
function glossarySources(): string[] {
  return [
    ...filesUnder('web/src/app', (path) => /\.(vi|en)\.ts$/.test(path)),
    ...filesUnder('libs/contracts/src', (path) => /\/(errors|message-text)\.ts$/.test(path)),
    ...filesUnder(
      'api/src/infra/mail',
      (path) => /\/templates[^/]*\.ts$/.test(path) && !path.includes('.spec.'),
    ),
    ...filesUnder(
      'api/src/app/results',
      (path) => /(labels|certificate|export|pdf)[^/]*\.ts$/.test(path) && !/spec\.ts$/.test(path),
    ),
  ];
}

function synonymsIn(path: string): string[] {
  return stringLiterals(readText(path)).flatMap(({ text, line }) =>
    BANNED.filter(({ synonym }) => synonym.test(text)).map(
      ({ thing, chosen, synonym }) =>
        `${path}:${line} ${thing}: "${text.match(synonym)?.[0]}" — write "${chosen}"`,
    ),
  );
}

describe('glossary', () => {
  it('should read the dictionaries, the error catalog, the mails and the PDFs', () => {
    const sources = glossarySources();
    expect(sources).toEqual(
      expect.arrayContaining([
        'web/src/app/core/i18n/dictionary.vi.ts',
        'web/src/app/core/i18n/dictionary.en.ts',
        'web/src/app/judging/judging.vi.ts',
        'libs/contracts/src/errors.ts',
        'api/src/infra/mail/templates.ts',
        'api/src/app/results/results-labels.ts',
        'api/src/app/results/certificate.service.ts',
      ]),
    );
  });

  it('should use one word per thing: no banned synonym in any user-facing string', () => {
    expect(glossarySources().flatMap(synonymsIn)).toEqual([]);
  });

  it('should name a member with the organizer role the same way in the UI and the mails', () => {
    expect(readText('web/src/app/core/i18n/dictionary.vi.ts')).toContain(
      "'role.organizer': 'Thành viên Ban Tổ chức',",
    );
    expect(readText('web/src/app/core/i18n/dictionary.en.ts')).toContain(
      "'role.organizer': 'Organizer',",
    );
    expect(readText('api/src/infra/mail/templates-accounts.ts')).toContain(
      "organizer: { vi: 'thành viên Ban Tổ chức', en: 'organizer' },",
    );
  });

  it('should only look at strings, not at comments', () => {
    const source =
      "// người tổ chức\n/* BTC */\nconst a = 'Ban Tổ chức';\nconst b = `Đã ${x} từ chối chấm`;";
    expect(stringLiterals(source).map(({ text }) => text)).toEqual([
      'Ban Tổ chức',
      'Đã ',
      ' từ chối chấm',
    ]);
  });
});
