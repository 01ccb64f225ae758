import { parseInline, parseMarkdown, slug } from './markdown';

describe(parseMarkdown.name, () => {
  it('should read headings, paragraphs, lists and pictures', () => {
    const blocks = parseMarkdown(
      [
        '# Hướng dẫn sử dụng',
        '',
        'Một đoạn',
        'hai dòng.',
        '',
        '## Phóng viên',
        '- Đăng ký **tài khoản**',
        '- Nộp tác phẩm',
        '  trước hạn',
        '',
        '![Trang nộp tác phẩm](reporter-entry.png)',
      ].join('\n'),
      '/guide/img/',
    );
    expect(blocks).toEqual([
      {
        kind: 'heading',
        level: 1,
        id: 'huong-dan-su-dung',
        content: [{ kind: 'text', text: 'Hướng dẫn sử dụng' }],
      },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Một đoạn hai dòng.' }] },
      {
        kind: 'heading',
        level: 2,
        id: 'phong-vien',
        content: [{ kind: 'text', text: 'Phóng viên' }],
      },
      {
        kind: 'list',
        items: [
          [
            { kind: 'text', text: 'Đăng ký ' },
            { kind: 'strong', text: 'tài khoản' },
          ],
          [{ kind: 'text', text: 'Nộp tác phẩm trước hạn' }],
        ],
      },
      { kind: 'image', alt: 'Trang nộp tác phẩm', src: '/guide/img/reporter-entry.png' },
    ]);
  });

  it('should keep pictures to plain file names in the guide folder', () => {
    expect(parseMarkdown('![x](../secret.png)', '/g/')).toEqual([]);
    expect(parseMarkdown('![x](https://evil.example/a.png)', '/g/')).toEqual([]);
  });
});

describe(parseInline.name, () => {
  it('should link to this site and to https pages only', () => {
    expect(parseInline('[Trang chủ](/) và [mã](`x`)')).toContainEqual({
      kind: 'link',
      text: 'Trang chủ',
      href: '/',
      external: false,
    });
    expect(parseInline('[a](https://vi.wikipedia.org/wiki/X)')).toEqual([
      { kind: 'link', text: 'a', href: 'https://vi.wikipedia.org/wiki/X', external: true },
    ]);
    expect(parseInline('[bad](javascript:alert) [b](//evil.example)')).toEqual([
      { kind: 'text', text: 'bad' },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: 'b' },
    ]);
  });

  it('should keep code and angle brackets as text', () => {
    expect(parseInline('gõ `npm start` <b>')).toEqual([
      { kind: 'text', text: 'gõ ' },
      { kind: 'code', text: 'npm start' },
      { kind: 'text', text: ' <b>' },
    ]);
  });
});

describe(slug.name, () => {
  it('should make Vietnamese headings into plain anchors', () => {
    expect(slug('Ban Tổ chức & Ban Thư ký')).toBe('ban-to-chuc-ban-thu-ky');
    expect(slug('Đăng nhập')).toBe('dang-nhap');
  });
});
