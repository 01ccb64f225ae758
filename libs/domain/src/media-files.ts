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
