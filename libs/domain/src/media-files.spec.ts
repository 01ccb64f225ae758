import { contentLimitIssues, contentLimitsFor, DEFAULT_CONTENT_LIMITS } from './media-files';

const nothing = { width: null, height: null, pageCount: null, durationSeconds: null };

describe(contentLimitIssues.name, () => {
  it('should refuse an image whose header claims more pixels than allowed, and accept one at the limit', () => {
    const limits = contentLimitsFor(undefined);
    expect(contentLimitIssues({ ...nothing, width: 50_000, height: 50_000 }, limits)).toEqual([
      {
        code: 'IMAGE_TOO_MANY_PIXELS',
        params: { width: 50_000, height: 50_000, maxPixels: 200_000_000 },
      },
    ]);
    expect(contentLimitIssues({ ...nothing, width: 20_000, height: 10_000 }, limits)).toEqual([]);
  });

  it('should check pages, objects, duration and streams where they are known', () => {
    const limits = contentLimitsFor({ maxPages: 40, maxDurationSeconds: 600 });
    expect(
      contentLimitIssues({ ...nothing, pageCount: 41, objectCount: 2_000_000 }, limits).map(
        (issue) => issue.code,
      ),
    ).toEqual(['PDF_TOO_MANY_PAGES', 'PDF_TOO_MANY_OBJECTS']);
    expect(
      contentLimitIssues({ ...nothing, durationSeconds: 600.4, streamCount: 17 }, limits).map(
        (issue) => issue.code,
      ),
    ).toEqual(['MEDIA_TOO_LONG', 'MEDIA_TOO_MANY_STREAMS']);
    expect(
      contentLimitIssues(
        { ...nothing, pageCount: 40, durationSeconds: 600, streamCount: 16 },
        limits,
      ),
    ).toEqual([]);
    expect(contentLimitIssues(nothing, limits)).toEqual([]);
  });

  it('should never let an award raise the pixel limit above the system one', () => {
    expect(contentLimitsFor({ maxPixels: 150_000_000 }, 100_000_000).maxPixels).toBe(100_000_000);
    expect(contentLimitsFor({ maxPixels: 50_000_000 }, 100_000_000).maxPixels).toBe(50_000_000);
    expect(contentLimitsFor(undefined).maxStreams).toBe(DEFAULT_CONTENT_LIMITS.maxStreams);
  });
});
