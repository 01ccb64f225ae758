import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AwardInstitution,
  BatchSummary,
  AwardResponse,
  DocumentFormat,
  DocumentType,
  GeneratedDocumentResponse,
} from '@press-award/contracts';
import { catchError, map, type Observable } from 'rxjs';
import { API_BASE } from '../core/api/api';
import { fileNameFromDisposition } from '../results/download';
import { withJsonError, type DownloadedFile } from '../results/results-api';

export interface DocumentRequest {
  type: DocumentType;
  roundId?: string;
  batchId?: string;
  issuedOn?: string;
}

/** Typed calls for the award's numbered documents. */
@Injectable({ providedIn: 'root' })
export class DocumentsApi {
  private readonly http = inject(HttpClient);

  list(awardId: string): Observable<GeneratedDocumentResponse[]> {
    return this.http.get<GeneratedDocumentResponse[]>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/documents`,
    );
  }

  create(awardId: string, request: DocumentRequest): Observable<GeneratedDocumentResponse> {
    return this.http.post<GeneratedDocumentResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/documents`,
      request,
    );
  }

  /** The agencies' batches filed for the award (for their numbered list). */
  batches(awardId: string): Observable<BatchSummary[]> {
    return this.http.get<BatchSummary[]>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/batches`,
    );
  }

  /** PATCH the award's institution only (organizers). */
  setInstitution(awardId: string, institution: AwardInstitution): Observable<AwardResponse> {
    return this.http.patch<AwardResponse>(`${API_BASE}/awards/${encodeURIComponent(awardId)}`, {
      institution,
    });
  }

  download(documentId: string, format: DocumentFormat): Observable<DownloadedFile> {
    return this.http
      .get(`${API_BASE}/documents/${encodeURIComponent(documentId)}`, {
        params: new HttpParams().set('format', format),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response) => ({
          blob: response.body ?? new Blob([]),
          fileName: fileNameFromDisposition(
            response.headers.get('Content-Disposition'),
            `van-ban.${format}`,
          ),
        })),
        catchError(withJsonError),
      );
  }
}
