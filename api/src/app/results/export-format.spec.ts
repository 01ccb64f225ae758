import { describe, expect, it } from '@jest/globals';
import {
  authorsText,
  certificateFileNames,
  contentDisposition,
  csvDocument,
  csvField,
  formatVietnamDate,
  neutralizeFormula,
  resultsFileNames,
  slugify,
  topicPrizeHeading,
  topicPrizeLabels,
  uniqueSheetNames,
} from './export-format';
import { RESULTS_LABELS } from './results-labels';

const vi = RESULTS_LABELS.vi;

describe(formatVietnamDate.name, () => {
  it('should write dd/MM/yyyy in Vietnam time, a day ahead of UTC in the evening', () => {
    expect(formatVietnamDate(new Date('2021-01-13T16:59:00Z'))).toBe('13/01/2021');
    expect(formatVietnamDate(new Date('2021-01-13T17:00:00Z'))).toBe('14/01/2021');
    expect(formatVietnamDate(new Date('2021-01-13T17:05:00Z'), true)).toBe('14/01/2021 00:05');
    expect(formatVietnamDate(new Date('2020-12-31T05:30:00Z'), true)).toBe('31/12/2020 12:30');
  });
});

describe(slugify.name, () => {
  it('should fold every Vietnamese mark and đ to plain lower-case ASCII', () => {
    expect(slugify('Giải Báo chí Đặng Hữu Phước – Nguyễn Thị Ánh Tuyết: ỹỷỵ ẳẵặ ơờ')).toBe(
      'giai-bao-chi-dang-huu-phuoc-nguyen-thi-anh-tuyet-yyy-aaa-oo',
    );
    expect(slugify('Giải'.normalize('NFD'))).toBe('giai');
    expect(slugify('  ---  ')).toBe('');
    expect(slugify('a'.repeat(50) + ' b', 51)).toBe('a'.repeat(50));
  });
});

describe(contentDisposition.name, () => {
  it('should give an ASCII filename and the real name as RFC 5987 filename*', () => {
    expect(contentDisposition('ket-qua-2020.xlsx', 'Kết quả (vòng 1) 2020.xlsx')).toBe(
      `attachment; filename="ket-qua-2020.xlsx"; filename*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3%20%28v%C3%B2ng%201%29%202020.xlsx`,
    );
  });

  it('should keep quotes, separators and control characters out of both names', () => {
    const header = contentDisposition('a"b\\c.pdf', 'x/y\\z:"q"\r\n.pdf');
    expect(header).toContain('filename="a_b_c.pdf"');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)![1]!)).toBe('x y z q .pdf');
    expect(header).not.toMatch(/[\r\n]/);
  });
});

describe(resultsFileNames.name, () => {
  it('should name the file after the award and add the year only when the name lacks it', () => {
    expect(
      resultsFileNames(
        { name: 'Giải báo chí toàn quốc về xây dựng Đảng lần thứ V', year: 2020 },
        vi,
        'xlsx',
      ),
    ).toEqual({
      asciiName: 'ket-qua-giai-bao-chi-toan-quoc-ve-xay-dung-dang-lan-thu-v-2020.xlsx',
      displayName: 'Kết quả - Giải báo chí toàn quốc về xây dựng Đảng lần thứ V 2020.xlsx',
    });
    expect(
      resultsFileNames({ name: 'Giải Búa liềm vàng 2020', year: 2020 }, RESULTS_LABELS.en, 'pdf')
        .asciiName,
    ).toBe('results-giai-bua-liem-vang-2020.pdf');
  });
});

describe(certificateFileNames.name, () => {
  it('should use the receipt number, else the code, else the id', () => {
    expect(
      certificateFileNames(
        { id: 'abcdef12-0000', receiptNumber: '2020-AB12-00042', code: 'IN-0001' },
        vi,
      ).asciiName,
    ).toBe('giay-chung-nhan-2020-AB12-00042.pdf');
    expect(
      certificateFileNames({ id: 'abcdef12-0000', receiptNumber: null, code: 'IN-0001' }, vi),
    ).toEqual({
      asciiName: 'giay-chung-nhan-IN-0001.pdf',
      displayName: 'Giấy chứng nhận IN-0001.pdf',
    });
    expect(
      certificateFileNames({ id: 'abcdef12-0000', receiptNumber: null, code: null }, vi).asciiName,
    ).toBe('giay-chung-nhan-abcdef12.pdf');
  });
});

describe(csvField.name, () => {
  it('should quote only what needs it and double the quotes', () => {
    expect(csvField('Báo Bình Định')).toBe('Báo Bình Định');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(8.25)).toBe('8.25');
    expect(csvField(null)).toBe('');
  });

  it('should turn formulas into text and compose decomposed Vietnamese', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutralizeFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutralizeFormula('1+1=2')).toBe('1+1=2');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('Nguyễn'.normalize('NFD'))).toBe('Nguyễn'.normalize('NFC'));
  });
});

describe(csvDocument.name, () => {
  it('should start with the UTF-8 BOM and end every record with CRLF', () => {
    const bytes = csvDocument([
      ['STT', 'Tác giả'],
      [1, 'Hồng Lĩnh'],
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('STT,Tác giả\r\n1,Hồng Lĩnh\r\n');
  });
});

describe(uniqueSheetNames.name, () => {
  it("should follow Excel's rules: 31 characters, no []:*?/\\, unique regardless of case", () => {
    const names = uniqueSheetNames(
      [
        'Báo in',
        'báo in',
        'Báo in: Phóng sự/Điều tra [chuyên sâu] về xây dựng Đảng',
        'Tổng hợp',
        "'Ảnh'",
        '***',
        'Báo in: Phóng sự/Điều tra [chuyên sâu] khác',
      ],
      ['Tổng hợp'],
      'Hạng mục',
    );
    expect(names).toEqual([
      'Báo in',
      'báo in (2)',
      'Báo in Phóng sự Điều tra chuyên',
      'Tổng hợp (2)',
      'Ảnh',
      'Hạng mục 6',
      'Báo in Phóng sự Điều tra ch (2)',
    ]);
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\']{1,31}$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });
});

describe(authorsText.name, () => {
  it('should write each author with the pen name, and the role when asked', () => {
    const authors = [
      { fullName: 'Nguyễn Thị Ánh Tuyết', penName: 'Hồng Lĩnh', role: 'author' as const },
      { fullName: ' Đặng Hữu Phước ', penName: ' ', role: 'camera' as const },
    ];
    expect(authorsText(authors, vi)).toBe(
      'Nguyễn Thị Ánh Tuyết (bút danh Hồng Lĩnh), Đặng Hữu Phước',
    );
    expect(authorsText(authors, vi, true)).toBe(
      'Nguyễn Thị Ánh Tuyết (bút danh Hồng Lĩnh) – Tác giả chính; Đặng Hữu Phước – Quay phim',
    );
    expect(authorsText(authors, RESULTS_LABELS.en, true)).toBe(
      'Nguyễn Thị Ánh Tuyết (pen name Hồng Lĩnh) – Lead author; Đặng Hữu Phước – Camera',
    );
  });
});

describe(topicPrizeLabels.name, () => {
  it("should list labels in the award's order and keep codes it no longer knows", () => {
    const topics = [
      { code: 'DH', label: 'Đại hội Đảng' },
      { code: 'TRE', label: 'Tác giả trẻ' },
    ];
    expect(topicPrizeLabels(['TRE', 'OLD', 'DH'], topics)).toEqual([
      'Đại hội Đảng',
      'Tác giả trẻ',
      'OLD',
    ]);
    expect(topicPrizeLabels([], topics)).toEqual([]);
  });
});

describe(topicPrizeHeading.name, () => {
  it('should prefix a topic prize by "Giải chuyên đề" once, whatever case its label is in', () => {
    expect(topicPrizeHeading('Tác giả trẻ', 'Giải chuyên đề')).toBe('Giải chuyên đề: Tác giả trẻ');
    expect(topicPrizeHeading('Giải chuyên đề Lý luận xây dựng Đảng', 'Giải chuyên đề')).toBe(
      'Giải chuyên đề Lý luận xây dựng Đảng',
    );
    expect(topicPrizeHeading('GIẢI CHUYÊN ĐỀ về Đại hội Đảng', 'Giải chuyên đề')).toBe(
      'GIẢI CHUYÊN ĐỀ về Đại hội Đảng',
    );
    expect(topicPrizeHeading('Tác giả trẻ', 'Topic prize')).toBe('Topic prize: Tác giả trẻ');
  });
});
