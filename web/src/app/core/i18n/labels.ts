import type {
  AuthorRole,
  AwardLevel,
  AwardRole,
  AwardStatus,
  EntryStatus,
  FileKind,
  MailStatus,
  MediaType,
  PriorAwardKind,
} from '@press-award/contracts';
import type { TranslationKey } from './dictionary.vi';

/** Typed keys for enum values, so a new enum member without a translation fails to compile. */
export const statusKey = (status: AwardStatus): TranslationKey => `status.${status}`;
export const levelKey = (level: AwardLevel): TranslationKey => `level.${level}`;
export const mediaKey = (mediaType: MediaType): TranslationKey => `media.${mediaType}`;
export const roleKey = (role: AwardRole): TranslationKey => `role.${role}`;
export const entryStatusKey = (status: EntryStatus): TranslationKey => `entryStatus.${status}`;
export const fileKindKey = (kind: FileKind): TranslationKey => `fileKind.${kind}`;
export const authorRoleKey = (role: AuthorRole): TranslationKey => `authorRole.${role}`;
export const priorAwardKindKey = (kind: PriorAwardKind): TranslationKey => `priorKind.${kind}`;
export const mailStatusKey = (status: MailStatus): TranslationKey => `outbox.status.${status}`;

export function languageKey(code: string): TranslationKey {
  return `language.${code}` as TranslationKey;
}

/** The button text for moving an award from one status to the next. */
export function transitionKey(from: AwardStatus, to: AwardStatus): TranslationKey {
  if (from === 'closed' && to === 'open') return 'transition.reopen';
  if (from === 'decided' && to === 'judging') return 'transition.rejudge';
  return `transition.${to}`;
}

const MIME_LABELS: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'audio/mpeg': 'MP3',
  'audio/mp4': 'M4A',
  'audio/x-m4a': 'M4A',
  'audio/wav': 'WAV',
  'video/mp4': 'MP4',
  'video/quicktime': 'MOV',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

/** File format names are the same in every language. */
export function mimeLabel(mime: string): string {
  return MIME_LABELS[mime] ?? mime;
}

/**
 * The formats an award takes, as a reporter reads them: `audio/mp4` and `audio/x-m4a` are both the
 * M4A files a phone records, so the list names M4A once.
 */
export function formatList(types: readonly string[]): string {
  return [...new Set(types.map(mimeLabel))].join(', ');
}
