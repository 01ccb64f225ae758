import { DOCUMENT, Injectable, inject } from '@angular/core';
import type { FileKind } from '@press-award/contracts';
import type { DetailedError, HttpRequest, HttpResponse } from 'tus-js-client';
import { API_BASE } from '../core/api/api';
import { I18nService } from '../core/i18n/i18n.service';
import { uploadFingerprint, type UploadError } from './upload-row';

export const TUS_ENDPOINT = `${API_BASE}/uploads/tus`;
/** 8 MiB: a dropped connection loses at most one chunk of a 4 GB master. */
export const TUS_CHUNK_SIZE = 8 * 1024 * 1024;
export const TUS_RETRY_DELAYS = [0, 1000, 3000, 5000];

export interface UploadTarget {
  entryId: string;
  kind: FileKind;
  partIndex: number | null;
}

export interface UploadCallbacks {
  /** The server already held `offset` bytes of this file from an earlier attempt. */
  resumedAt(offset: number): void;
  progress(bytesSent: number, bytesTotal: number): void;
  success(fileId: string | null): void;
  /** `status` is the refusing response's HTTP status, or null when no answer came. */
  error(status: number | null, error: UploadError): void;
}

export interface UploadHandle {
  /** Continue after a failure, from the offset the server confirms. */
  resume(): void;
  /** Stop and drop the partial upload on the server. */
  cancel(): Promise<void>;
  /** Stop but keep what the server holds, so the same file picked again continues from there. */
  pause(): Promise<void>;
}

function readCookie(document: Document, name: string): string {
  const prefix = `${name}=`;
  const cookie = document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  return cookie ? decodeURIComponent(cookie.slice(prefix.length)) : '';
}

function errorBody(response: HttpResponse | null | undefined): UploadError | null {
  try {
    const body = JSON.parse(response?.getBody() ?? '') as { code?: unknown; message?: unknown };
    return typeof body.code === 'string' && typeof body.message === 'string'
      ? { code: body.code, message: body.message }
      : null;
  } catch {
    return null;
  }
}

/**
 * Every upload goes through tus 1.0 so a large TV file survives a dropped connection: chunks of
 * 8 MiB, automatic retries, and a fingerprint in localStorage so picking the same file again
 * (even after a reload) continues where the server stopped. tus-js-client is loaded on first use.
 */
@Injectable({ providedIn: 'root' })
export class TusUploader {
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18nService);

  async start(file: File, target: UploadTarget, callbacks: UploadCallbacks): Promise<UploadHandle> {
    const tus = await import('tus-js-client');
    const metadata: Record<string, string> = {
      entryId: target.entryId,
      kind: target.kind,
      filename: file.name,
    };
    if (target.partIndex !== null) metadata['partIndex'] = String(target.partIndex);
    const upload = new tus.Upload(file, {
      endpoint: TUS_ENDPOINT,
      metadata,
      chunkSize: TUS_CHUNK_SIZE,
      retryDelays: TUS_RETRY_DELAYS,
      removeFingerprintOnSuccess: true,
      fingerprint: (source: File) =>
        Promise.resolve(uploadFingerprint(source, target.entryId, target.kind, target.partIndex)),
      // Read at every request: the XSRF cookie and the UI language may change during a long upload.
      onBeforeRequest: (request: HttpRequest) => {
        request.setHeader('X-XSRF-TOKEN', readCookie(this.document, 'XSRF-TOKEN'));
        request.setHeader('Accept-Language', this.i18n.lang());
      },
      onAfterResponse: (request: HttpRequest, response: HttpResponse) => {
        const offset = Number(response.getHeader('Upload-Offset'));
        if (request.getMethod() === 'HEAD' && response.getStatus() === 200 && offset > 0)
          callbacks.resumedAt(offset);
      },
      onProgress: (bytesSent: number, bytesTotal: number) =>
        callbacks.progress(bytesSent, bytesTotal),
      onSuccess: ({ lastResponse }) =>
        callbacks.success(lastResponse.getHeader('X-Entry-File-Id') ?? null),
      onError: (error: Error | DetailedError) => {
        const response = 'originalResponse' in error ? error.originalResponse : null;
        const status = response ? response.getStatus() : null;
        const body = errorBody(response);
        callbacks.error(
          status || null,
          body ??
            (status
              ? { code: 'INTERNAL_ERROR', message: this.i18n.errorMessage('INTERNAL_ERROR') }
              : { code: 'NETWORK_ERROR', message: this.i18n.t('error.network') }),
        );
      },
    });
    const previous = await upload.findPreviousUploads();
    const latest = [...previous].sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0];
    if (latest) upload.resumeFromPreviousUpload(latest);
    upload.start();
    return {
      resume: () => upload.start(),
      cancel: () => upload.abort(true).catch(() => undefined),
      pause: () => upload.abort(false).catch(() => undefined),
    };
  }
}
