import {
  ERROR_MESSAGES,
  FIELD_ERROR_MESSAGES,
  VALIDATION_MESSAGES_EN,
  VALIDATION_MESSAGES_VI,
} from './errors';
import {
  PARAM_MESSAGES,
  formatMessageParam,
  messagePlaceholders,
  messageText,
  renderMessage,
} from './message-text';

/** A plausible value for every placeholder a catalog message may name. */
const SAMPLE_PARAMS: Record<string, string | number> = {
  max: 5,
  min: 1,
  from: '2019-11-01',
  to: '2020-10-31',
  deadline: '2020-11-10T10:00:00.000Z',
  date: '2020-06-21',
  maxBytes: 50 * 1024 * 1024,
  criterion: 'Nội dung tư tưởng',
  step: 0.25,
  tier: 'Giải A',
  target: 3,
  after: 4,
  selected: 12,
  parts: 3,
  width: 50_000,
  height: 50_000,
  maxPixels: 200_000_000,
  pages: 120,
  maxPages: 40,
  objects: 300_000,
  maxObjects: 200_000,
  seconds: 4000,
  maxSeconds: 3600,
  streams: 9,
  maxStreams: 4,
  topic: 'Tác giả cao tuổi',
  years: 70,
  author: 'Nguyễn Văn A',
};

/** What must never reach a user: field names, key–value dumps, programmer words, ISO dates. */
const FORBIDDEN: [string, RegExp][] = [
  ['a field name in brackets', /\(\s*[a-z]+[A-Z][A-Za-z]*\s*[:),]/],
  ['a "(key: value)" pair', /\(\s*[A-Za-z][\w-]*\s*:\s/],
  ['a camelCase identifier', /\b[a-z]+[A-Z][A-Za-z]*\b/],
  ['an ISO date', /\d{4}-\d{2}-\d{2}/],
  ['a date pattern', /YYYY|MM-DD|dd\/mm/i],
  ['an unfilled placeholder', /[{}]/],
  ['JSON', /JSON/i],
  ['ISO 8601', /ISO ?8601/i],
  ['"đối tượng"', /đối tượng/i],
  ['"lồng nhau"', /lồng nhau/i],
  ['"chuỗi ký tự"', /chuỗi ký tự/i],
  [
    'a programmer type name',
    /\b(object|nested|null|undefined|string|boolean|array|enum|payload|metadata|UUID)\b/i,
  ],
  [
    'an HTTP header',
    /Content-Type|Upload-(Offset|Length|Metadata)|Tus-Resumable|octet-stream|\bheader\b/i,
  ],
  ['CSRF', /CSRF/],
  ['the error shape', /\bin details\b/],
];

function violations(text: string): string[] {
  return FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

type Table = Readonly<Record<string, { vi: string; en: string }>>;

const TABLES: [string, Table][] = [
  ['ERROR_MESSAGES', ERROR_MESSAGES],
  ['FIELD_ERROR_MESSAGES', FIELD_ERROR_MESSAGES],
  ['PARAM_MESSAGES', PARAM_MESSAGES],
];

/** Every message of the catalog in both languages, rendered with sample params. */
function everyMessage(): { where: string; text: string }[] {
  const all: { where: string; text: string }[] = [];
  for (const [name, table] of TABLES) {
    for (const [code, messages] of Object.entries(table)) {
      for (const language of ['vi', 'en'] as const) {
        all.push({
          where: `${name}.${code}.${language}`,
          text: renderMessage(messages[language], SAMPLE_PARAMS, language),
        });
      }
    }
  }
  for (const [name, table] of [
    ['VALIDATION_MESSAGES_VI', VALIDATION_MESSAGES_VI],
    ['VALIDATION_MESSAGES_EN', VALIDATION_MESSAGES_EN],
  ] as const) {
    for (const [code, text] of Object.entries(table)) all.push({ where: `${name}.${code}`, text });
  }
  return all;
}

describe('message-text', () => {
  describe('the catalog', () => {
    it('should have a sample for every placeholder a message names', () => {
      const names = new Set(everyMessage().flatMap(({ text }) => messagePlaceholders(text)));
      expect([...names].filter((name) => !(name in SAMPLE_PARAMS))).toEqual([]);
    });

    it('should read as sentences for users in both languages: no field names, programmer words or ISO dates', () => {
      const bad = everyMessage()
        .map(({ where, text }) => ({ where, text, problems: violations(text) }))
        .filter(({ problems }) => problems.length > 0);
      expect(bad).toEqual([]);
    });

    it('should translate every class-validator constraint into both languages', () => {
      expect(Object.keys(VALIDATION_MESSAGES_EN).sort()).toEqual(
        Object.keys(VALIDATION_MESSAGES_VI).sort(),
      );
    });

    it('should give every parameterized message a general message to fall back on', () => {
      for (const code of Object.keys(PARAM_MESSAGES)) {
        expect([messageText(code, 'vi'), messageText(code, 'en')]).not.toContain(undefined);
      }
    });

    it('should catch the old ways of writing a message', () => {
      expect(violations('Hãy chọn tác phẩm (entryIds) hoặc vòng trước.')).toContain(
        'a field name in brackets',
      );
      expect(violations('Tác giả đã có đủ số tác phẩm. (max: 5)')).toContain(
        'a "(key: value)" pair',
      );
      expect(violations('Ngày không hợp lệ (định dạng YYYY-MM-DD).')).toContain('a date pattern');
      expect(violations('Ngoài thời gian (from: 2019-11-01, to: 2020-10-31)')).toContain(
        'an ISO date',
      );
      expect(violations('Phải là một đối tượng.')).toContain('"đối tượng"');
      expect(violations('publishedAt must be a date')).toContain('a camelCase identifier');
    });
  });

  describe(messageText.name, () => {
    it('should weave the params into the sentence in each language', () => {
      expect(messageText('AUTHOR_ENTRY_LIMIT_REACHED', 'vi', { max: 5 })).toBe(
        'Mỗi tác giả chỉ được dự tối đa 5 tác phẩm.',
      );
      expect(
        messageText('PUBLICATION_OUTSIDE_WINDOW', 'vi', {
          from: '2019-11-01',
          to: '2020-10-31',
          parts: 1,
        }),
      ).toBe('Ngày đăng/phát phải trong khoảng từ 01/11/2019 đến 31/10/2020.');
      expect(
        messageText('PUBLICATION_OUTSIDE_WINDOW', 'en', { from: '2019-11-01', to: '2020-10-31' }),
      ).toBe('The work must be published between 01/11/2019 and 31/10/2020.');
      expect(messageText('maxLength', 'vi', { max: 300 })).toBe('Tối đa 300 ký tự.');
    });

    it('should write a deadline in Vietnam time', () => {
      expect(
        messageText('SUBMISSION_DEADLINE_PASSED', 'vi', { deadline: '2020-11-10T10:00:00.000Z' }),
      ).toBe('Đã hết hạn nhận tác phẩm: hạn cuối là 10/11/2020 17:00.');
    });

    it('should fall back on the general message when a param is missing', () => {
      expect(messageText('TOO_MANY_PARTS', 'vi')).toBe(ERROR_MESSAGES.TOO_MANY_PARTS.vi);
      expect(messageText('PUBLICATION_OUTSIDE_WINDOW', 'en', { from: '2019-11-01' })).toBe(
        ERROR_MESSAGES.PUBLICATION_OUTSIDE_WINDOW.en,
      );
    });

    it('should know class-validator constraints in both languages and nothing it was not told', () => {
      expect(messageText('isNotEmpty', 'vi')).toBe(VALIDATION_MESSAGES_VI['isNotEmpty']);
      expect(messageText('isNotEmpty', 'en')).toBe(VALIDATION_MESSAGES_EN['isNotEmpty']);
      expect(messageText('NO_SUCH_CODE', 'en')).toBeUndefined();
    });
  });

  describe(formatMessageParam.name, () => {
    it('should write values as the UI does', () => {
      expect(formatMessageParam('from', '2019-11-01')).toBe('01/11/2019');
      expect(formatMessageParam('deadline', '2020-10-31T17:30:00.000Z')).toBe('01/11/2020 00:30');
      expect(formatMessageParam('deadline', '2020-11-10T17:00:00+07:00')).toBe('10/11/2020 17:00');
      expect(formatMessageParam('maxBytes', 50 * 1024 * 1024)).toBe('50 MB');
      expect(formatMessageParam('maxSeconds', 3600)).toBe('1:00:00');
      expect(formatMessageParam('step', 0.25)).toBe('0,25');
      expect(formatMessageParam('maxPixels', 200_000_000)).toBe('200.000.000');
      expect(formatMessageParam('step', 0.25, 'en')).toBe('0.25');
      expect(formatMessageParam('maxPixels', 200_000_000, 'en')).toBe('200,000,000');
      expect(formatMessageParam('maxBytes', 1536 * 1024 * 1024, 'en')).toBe('1.5 GB');
      expect(formatMessageParam('tier', 'Giải A')).toBe('Giải A');
    });
  });
});
