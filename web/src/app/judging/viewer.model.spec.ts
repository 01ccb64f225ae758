import { viewerKind, zoomBy } from './viewer.model';

describe(viewerKind.name, () => {
  it('should pick the browser viewer for each file type', () => {
    expect(viewerKind('application/pdf')).toBe('pdf');
    expect(viewerKind('image/jpeg')).toBe('image');
    expect(viewerKind('image/tiff')).toBe('other');
    expect(viewerKind('audio/mpeg')).toBe('audio');
    expect(viewerKind('video/mp4')).toBe('video');
    expect(
      viewerKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).toBe('other');
  });
});

describe(zoomBy.name, () => {
  it('should move between zoom levels and stop at the ends', () => {
    expect(zoomBy(1, 1)).toBe(1.25);
    expect(zoomBy(1, -1)).toBe(0.75);
    expect(zoomBy(4, 1)).toBe(4);
    expect(zoomBy(0.25, -1)).toBe(0.25);
    expect(zoomBy(1.1, -1)).toBe(1);
  });
});
