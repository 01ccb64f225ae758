import type { FileKind, FileRule } from '@press-award/contracts';

/**
 * One upload as the files section shows it. Pure state and transitions, so the rules (what can be
 * cancelled, retried, resumed; what the bar shows) are unit-tested without a browser or a server.
 *
 * - `uploading`: bytes are moving (or the upload is being created / resumed).
 * - `processing`: every byte was sent; the server is checking the content and hashing it.
 * - `failed`: the connection failed after tus-js-client's own retries; the bytes the server
 *   already has stay there, so `resume` continues from the last confirmed offset.
 * - `refused`: the server said no (type, size, entry no longer a draft): retrying cannot help.
 * - `done`: stored; `fileId` is the stored file.
 */
export type UploadPhase = 'uploading' | 'processing' | 'failed' | 'refused' | 'done';

export interface UploadError {
  code: string;
  message: string;
}

export interface UploadRow {
  id: string;
  fileName: string;
  kind: FileKind;
  partIndex: number | null;
  phase: UploadPhase;
  bytesSent: number;
  bytesTotal: number;
  /** The offset this attempt started from, above 0 when an earlier upload was resumed. */
  resumedFrom: number;
  error: UploadError | null;
  fileId: string | null;
}

export interface FileLike {
  name: string;
  size: number;
  type: string;
}

export function createUploadRow(
  id: string,
  file: FileLike,
  kind: FileKind,
  partIndex: number | null,
): UploadRow {
  return {
    id,
    fileName: file.name,
    kind,
    partIndex,
    phase: 'uploading',
    bytesSent: 0,
    bytesTotal: file.size,
    resumedFrom: 0,
    error: null,
    fileId: null,
  };
}

/** Progress from tus-js-client; the last byte sent moves the row to `processing`. */
export function withProgress(row: UploadRow, bytesSent: number, bytesTotal: number): UploadRow {
  if (row.phase !== 'uploading') return row;
  const total = bytesTotal > 0 ? bytesTotal : row.bytesTotal;
  const sent = Math.min(Math.max(bytesSent, 0), total);
  return {
    ...row,
    bytesSent: sent,
    bytesTotal: total,
    phase: total > 0 && sent >= total ? 'processing' : 'uploading',
  };
}

/** An earlier upload of the same file was found: the bar starts where the server stopped. */
export function withResumeOffset(row: UploadRow, offset: number): UploadRow {
  const sent = Math.min(Math.max(offset, 0), row.bytesTotal);
  return { ...row, bytesSent: sent, resumedFrom: sent };
}

export function succeeded(row: UploadRow, fileId: string | null): UploadRow {
  return { ...row, phase: 'done', bytesSent: row.bytesTotal, error: null, fileId };
}

/**
 * A failure: `status` is the HTTP status of the refusing response, or null when no answer came
 * (offline, connection reset). 4xx refusals are final, except the ones a later try may pass:
 * 409 (offset mismatch), 423 (locked by a parallel request) and 429 (slow down).
 */
export function failed(row: UploadRow, status: number | null, error: UploadError): UploadRow {
  const final =
    status !== null && status >= 400 && status < 500 && ![409, 423, 429].includes(status);
  return { ...row, phase: final ? 'refused' : 'failed', error };
}

/** The user asked to try again: the same upload continues from what the server already holds. */
export function resumed(row: UploadRow): UploadRow {
  if (!canResume(row)) return row;
  return { ...row, phase: 'uploading', error: null, resumedFrom: row.bytesSent };
}

export function percent(row: UploadRow): number {
  if (row.phase === 'done') return 100;
  if (row.bytesTotal <= 0) return 0;
  return Math.floor((row.bytesSent / row.bytesTotal) * 100);
}

export function canCancel(row: UploadRow): boolean {
  return row.phase === 'uploading' || row.phase === 'failed';
}

export function canResume(row: UploadRow): boolean {
  return row.phase === 'failed';
}

/** Rows that are over (stored or refused) may be cleared from the list. */
export function canDismiss(row: UploadRow): boolean {
  return row.phase === 'done' || row.phase === 'refused';
}

/** Browsers name some types differently from the content sniffer the API uses. */
const MIME_ALIASES: Readonly<Record<string, string>> = {
  'audio/wave': 'audio/wav',
  'audio/x-wav': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/mp3': 'audio/mpeg',
  'image/jpg': 'image/jpeg',
};

/**
 * What can be refused before a byte is sent: an empty file, a file over the limit, and a type the
 * browser already knows is not allowed. An unknown browser type is left to the server, which
 * decides by content anyway.
 */
export function precheckFile(file: FileLike, limit: FileRule | null): string | null {
  if (file.size === 0) return 'FILE_EMPTY';
  if (!limit) return null;
  if (file.size > limit.maxBytes) return 'FILE_TOO_LARGE';
  const type = MIME_ALIASES[file.type] ?? file.type;
  if (type && !limit.types.includes(type)) return 'FILE_TYPE_NOT_ALLOWED';
  return null;
}

/**
 * The tus fingerprint: a previous upload is resumed only for the same file, entry, kind and part,
 * so picking the same video for another part starts a new upload.
 */
export function uploadFingerprint(
  file: FileLike & { lastModified?: number },
  entryId: string,
  kind: FileKind,
  partIndex: number | null,
): string {
  return [
    'pa-tus',
    entryId,
    kind,
    partIndex ?? 'entry',
    file.name,
    file.type,
    file.size,
    file.lastModified ?? 0,
  ].join('|');
}
