import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  EntryAuthorInput,
  EntryPartInput,
  EntryResponse,
  PriorAwardInput,
  UiLanguage,
} from '@press-award/contracts';
import { catchError, map, type Observable } from 'rxjs';
import { API_BASE } from '../core/api/api';
import { fileNameFromDisposition } from '../results/download';
import { withJsonError, type DownloadedFile } from '../results/results-api';

/** The body of `POST /awards/:awardId/entries`; a PATCH sends the same fields (lists replace whole). */
export interface EntryInput {
  categoryId: string;
  title: string;
  genre?: string | null;
  language: string;
  summary?: string | null;
  parts: EntryPartInput[];
  authors: EntryAuthorInput[];
  priorAwards?: PriorAwardInput[];
  topicPrizes?: string[];
  /** On creation only: the caller's batch to file the entry in. */
  batchId?: string;
}

const entryUrl = (entryId: string): string => `${API_BASE}/entries/${encodeURIComponent(entryId)}`;

/** Where the browser downloads a stored file (same origin, the session cookie authorises it). */
export function fileContentUrl(entryId: string, fileId: string): string {
  return `${entryUrl(entryId)}/files/${encodeURIComponent(fileId)}/content`;
}

/** Typed calls to the reporter's entry endpoints. Uploads go through `TusUploader`. */
@Injectable({ providedIn: 'root' })
export class EntriesApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<EntryResponse[]> {
    return this.http.get<EntryResponse[]>(`${API_BASE}/entries`, { params: { mine: 'true' } });
  }

  get(entryId: string): Observable<EntryResponse> {
    return this.http.get<EntryResponse>(entryUrl(entryId));
  }

  create(awardId: string, input: EntryInput): Observable<EntryResponse> {
    return this.http.post<EntryResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/entries`,
      input,
    );
  }

  update(entryId: string, input: Partial<EntryInput>): Observable<EntryResponse> {
    return this.http.patch<EntryResponse>(entryUrl(entryId), input);
  }

  remove(entryId: string): Observable<void> {
    return this.http.delete<void>(entryUrl(entryId));
  }

  submit(entryId: string): Observable<EntryResponse> {
    return this.http.post<EntryResponse>(`${entryUrl(entryId)}/submit`, {});
  }

  withdraw(entryId: string): Observable<EntryResponse> {
    return this.http.post<EntryResponse>(`${entryUrl(entryId)}/withdraw`, {});
  }

  /**
   * The winner's certificate (PDF) through HttpClient, like the results files: the session, the
   * language and the error handling are those of every call, and the server names the file.
   */
  certificate(entryId: string, lang: UiLanguage): Observable<DownloadedFile> {
    return this.file(`${entryUrl(entryId)}/certificate`, 'giay-chung-nhan.pdf', { lang });
  }

  /** The entry's filled phiếu đăng ký (PDF), the same way. */
  registrationForm(entryId: string): Observable<DownloadedFile> {
    return this.file(`${entryUrl(entryId)}/registration-form`, 'phieu-dang-ky.pdf');
  }

  private file(
    url: string,
    fallbackName: string,
    params: Record<string, string> = {},
  ): Observable<DownloadedFile> {
    return this.http.get(url, { params, responseType: 'blob', observe: 'response' }).pipe(
      map((response) => ({
        blob: response.body ?? new Blob([]),
        fileName: fileNameFromDisposition(
          response.headers.get('Content-Disposition'),
          fallbackName,
        ),
      })),
      catchError(withJsonError),
    );
  }

  removeFile(entryId: string, fileId: string): Observable<void> {
    return this.http.delete<void>(`${entryUrl(entryId)}/files/${encodeURIComponent(fileId)}`);
  }
}
