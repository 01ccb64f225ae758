import { fileNameFromDisposition, saveBlob } from './download';

describe(fileNameFromDisposition.name, () => {
  it('should prefer the UTF-8 file name over the plain one', () => {
    const header = `attachment; filename="ket-qua.xlsx"; filename*=UTF-8''k%E1%BA%BFt-qu%E1%BA%A3-B%C3%ACnh-%C4%90%E1%BB%8Bnh.xlsx`;
    expect(fileNameFromDisposition(header, 'fallback.xlsx')).toBe('kết-quả-Bình-Định.xlsx');
  });

  it('should read a quoted or bare plain file name', () => {
    expect(fileNameFromDisposition('attachment; filename="results 2025.csv"', 'x.csv')).toBe(
      'results 2025.csv',
    );
    expect(fileNameFromDisposition('attachment; filename=results.pdf', 'x.pdf')).toBe(
      'results.pdf',
    );
  });

  it('should fall back without a header, without a name, or on a broken encoding', () => {
    expect(fileNameFromDisposition(null, 'ket-qua.xlsx')).toBe('ket-qua.xlsx');
    expect(fileNameFromDisposition('attachment', 'ket-qua.csv')).toBe('ket-qua.csv');
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A`, 'ket-qua.pdf')).toBe(
      'ket-qua.pdf',
    );
  });

  it('should never keep a path', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
  });
});

describe(saveBlob.name, () => {
  it('should click a temporary download link for the blob and remove it', () => {
    const created = jest.fn(() => 'blob:results');
    const revoke = jest.fn();
    Object.assign(window.URL, { createObjectURL: created, revokeObjectURL: revoke });
    jest.useFakeTimers();
    const clicked: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    try {
      const blob = new Blob(['a;b'], { type: 'text/csv' });
      saveBlob(document, blob, 'ket-qua.csv');
      expect(created).toHaveBeenCalledWith(blob);
      expect(clicked).toEqual([{ href: 'blob:results', download: 'ket-qua.csv' }]);
      expect(document.querySelector('a[download]')).toBeNull();
      expect(revoke).not.toHaveBeenCalled();
      jest.advanceTimersByTime(60_000);
      expect(revoke).toHaveBeenCalledWith('blob:results');
    } finally {
      click.mockRestore();
      jest.useRealTimers();
    }
  });
});
