import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BatchResponse, BatchSummary } from '@press-award/contracts';
import { catchError, map, type Observable } from 'rxjs';
import { API_BASE } from '../core/api/api';
import { fileNameFromDisposition } from '../results/download';
import { withJsonError, type DownloadedFile } from '../results/results-api';

const batchUrl = (batchId: string): string => `${API_BASE}/batches/${encodeURIComponent(batchId)}`;

/** Typed calls to the batches of an organization account (docs/agencies.md). */
@Injectable({ providedIn: 'root' })
export class AgenciesApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<BatchSummary[]> {
    return this.http.get<BatchSummary[]>(`${API_BASE}/batches/mine`);
  }

  /** Every batch filed for an award, for its organizers and secretaries. */
  forAward(awardId: string): Observable<BatchSummary[]> {
    return this.http.get<BatchSummary[]>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/batches`,
    );
  }

  get(batchId: string): Observable<BatchResponse> {
    return this.http.get<BatchResponse>(batchUrl(batchId));
  }

  create(awardId: string, title: string): Observable<BatchResponse> {
    return this.http.post<BatchResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/batches`,
      { title },
    );
  }

  /** The covering letter: its number and date first, then the PDF (the API reads fields first). */
  putLetter(
    batchId: string,
    letter: { number: string; issuedOn: string; file: File },
  ): Observable<BatchResponse> {
    const form = new FormData();
    form.append('number', letter.number);
    form.append('issuedOn', letter.issuedOn);
    form.append('file', letter.file, letter.file.name);
    return this.http.put<BatchResponse>(`${batchUrl(batchId)}/covering-letter`, form);
  }

  letter(batchId: string): Observable<DownloadedFile> {
    return this.file(`${batchUrl(batchId)}/covering-letter`, 'cong-van.pdf');
  }

  /** The list of the batch's entries (PDF) sent with the letter. */
  list(batchId: string): Observable<DownloadedFile> {
    return this.file(`${batchUrl(batchId)}/list`, 'danh-sach-tac-pham.pdf');
  }

  private file(url: string, fallbackName: string): Observable<DownloadedFile> {
    return this.http.get(url, { responseType: 'blob', observe: 'response' }).pipe(
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
}
