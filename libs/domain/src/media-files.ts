import type { FileRule, MediaType } from '@press-award/contracts';

const PDF = 'application/pdf';
const JPEG = 'image/jpeg';
const PNG = 'image/png';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The content types the system can recognise (by magic bytes) for the work itself, per media type.
 * An award's rules choose a subset of these.
 */
export const SUPPORTED_WORK_TYPES: Readonly<Record<MediaType, readonly string[]>> = {
  print: [PDF, JPEG, PNG],
  online: [PDF, JPEG, PNG],
  radio: ['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/wav'],
  tv: ['video/mp4', 'video/quicktime'],
  photo: [JPEG, PNG, 'image/tiff', PDF],
};

/** Scripts, translations and agency confirmations: documents, whatever the media type. */
export const SUPPORTED_DOCUMENT_TYPES: readonly string[] = [PDF, DOCX, JPEG, PNG];

const MB = 1024 * 1024;

/** Realistic defaults (national 2020 rules) used when an organizer starts a new award. */
export const DEFAULT_FILE_RULES: Readonly<Record<MediaType, FileRule>> = {
  print: { maxBytes: 50 * MB, types: [PDF, JPEG, PNG] },
  online: { maxBytes: 50 * MB, types: [PDF, JPEG, PNG] },
  radio: { maxBytes: 500 * MB, types: ['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/wav'] },
  tv: { maxBytes: 4096 * MB, types: ['video/mp4', 'video/quicktime'] },
  photo: { maxBytes: 50 * MB, types: [JPEG, PNG] },
};

/**
 * What a file's content may hold beyond its bytes, checked from its headers before anything decodes
 * it: a 2 MB PNG can claim 50,000 × 50,000 pixels (10 GB once decoded), a PDF millions of objects.
 * Pages, duration and pixels may be set per award and media type (`FileRule`); objects and streams
 * are technical limits of the system.
 */
export interface ContentLimits {
  maxPixels: number;
  maxPages: number;
  maxDurationSeconds: number;
  maxPdfObjects: number;
  maxStreams: number;
}

/** Generous for real works: a 16,000 × 12,500 scan, a 1,000-page bound volume, a 4-hour programme. */
export const DEFAULT_CONTENT_LIMITS: Readonly<ContentLimits> = {
  maxPixels: 200_000_000,
  maxPages: 1000,
  maxDurationSeconds: 4 * 3600,
  maxPdfObjects: 1_000_000,
  maxStreams: 16,
};

/** The per-award fields of a file rule that narrow the content limits, and their ceilings. */
export const CONTENT_LIMIT_FIELDS = {
  maxPixels: DEFAULT_CONTENT_LIMITS.maxPixels,
  maxPages: DEFAULT_CONTENT_LIMITS.maxPages,
  maxDurationSeconds: DEFAULT_CONTENT_LIMITS.maxDurationSeconds,
} as const;

export function contentLimitsFor(
  rule: Partial<Pick<FileRule, 'maxPixels' | 'maxPages' | 'maxDurationSeconds'>> | undefined,
  systemMaxPixels = DEFAULT_CONTENT_LIMITS.maxPixels,
): ContentLimits {
  return {
    ...DEFAULT_CONTENT_LIMITS,
    maxPixels: Math.min(rule?.maxPixels ?? systemMaxPixels, systemMaxPixels),
    maxPages: rule?.maxPages ?? DEFAULT_CONTENT_LIMITS.maxPages,
    maxDurationSeconds: rule?.maxDurationSeconds ?? DEFAULT_CONTENT_LIMITS.maxDurationSeconds,
  };
}

export interface ContentFacts {
  width: number | null;
  height: number | null;
  pageCount: number | null;
  objectCount?: number | null;
  durationSeconds: number | null;
  streamCount?: number | null;
}

export type ContentLimitCode =
  | 'IMAGE_TOO_MANY_PIXELS'
  | 'PDF_TOO_MANY_PAGES'
  | 'PDF_TOO_MANY_OBJECTS'
  | 'MEDIA_TOO_LONG'
  | 'MEDIA_TOO_MANY_STREAMS';

/** Every limit the content exceeds, with the figures for the message. */
export function contentLimitIssues(
  facts: ContentFacts,
  limits: ContentLimits,
): { code: ContentLimitCode; params: Record<string, number> }[] {
  const issues: { code: ContentLimitCode; params: Record<string, number> }[] = [];
  if (
    facts.width !== null &&
    facts.height !== null &&
    facts.width * facts.height > limits.maxPixels
  ) {
    issues.push({
      code: 'IMAGE_TOO_MANY_PIXELS',
      params: { width: facts.width, height: facts.height, maxPixels: limits.maxPixels },
    });
  }
  if (facts.pageCount !== null && facts.pageCount > limits.maxPages)
    issues.push({
      code: 'PDF_TOO_MANY_PAGES',
      params: { pages: facts.pageCount, maxPages: limits.maxPages },
    });
  if (facts.objectCount != null && facts.objectCount > limits.maxPdfObjects)
    issues.push({
      code: 'PDF_TOO_MANY_OBJECTS',
      params: { objects: facts.objectCount, maxObjects: limits.maxPdfObjects },
    });
  if (facts.durationSeconds !== null && facts.durationSeconds > limits.maxDurationSeconds) {
    issues.push({
      code: 'MEDIA_TOO_LONG',
      params: { seconds: Math.round(facts.durationSeconds), maxSeconds: limits.maxDurationSeconds },
    });
  }
  if (facts.streamCount != null && facts.streamCount > limits.maxStreams)
    issues.push({
      code: 'MEDIA_TOO_MANY_STREAMS',
      params: { streams: facts.streamCount, maxStreams: limits.maxStreams },
    });
  return issues;
}
