import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AggregationMethodName,
  CollectivePrizeResponse,
  CollectivePrizeTier,
  JudgeSeverityResponse,
  PrizesResponse,
  PublicResultsRow,
  ResultExportFormat,
  RoundResultResponse,
  UiLanguage,
  VerificationAccess,
  VerificationPackage,
} from '@press-award/contracts';
import { catchError, from, map, switchMap, throwError, type Observable } from 'rxjs';
import { API_BASE } from '../core/api/api';
import { fileNameFromDisposition } from './download';

export interface PrizeInput {
  tierCode: string | null;
  topicPrizes: string[];
  note?: string;
}

export interface PublishResponse {
  publishedAt: string;
  snapshotHash: string;
  notified: number;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

const award = (awardId: string): string => `${API_BASE}/awards/${encodeURIComponent(awardId)}`;
const round = (roundId: string): string => `${API_BASE}/rounds/${encodeURIComponent(roundId)}`;

/**
 * A failed blob request carries its JSON error body as a Blob; read it back so `toUiError` finds the
 * code and the localized message like for any other call. Every file download of the app uses it.
 */
export function withJsonError(error: unknown): Observable<never> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob))
    return throwError(() => error);
  return from(error.error.text()).pipe(
    switchMap((text) => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON (a proxy's HTML page): the status alone will say what happened.
      }
      return throwError(
        () =>
          new HttpErrorResponse({
            error: body,
            headers: error.headers,
            status: error.status,
            statusText: error.statusText,
            url: error.url ?? undefined,
          }),
      );
    }),
  );
}

/** Typed calls to the results, prizes, publication and export endpoints. */
@Injectable({ providedIn: 'root' })
export class ResultsApi {
  private readonly http = inject(HttpClient);

  results(roundId: string, method: AggregationMethodName): Observable<RoundResultResponse[]> {
    return this.http.get<RoundResultResponse[]>(`${round(roundId)}/results`, {
      params: new HttpParams().set('method', method),
    });
  }

  severity(roundId: string): Observable<JudgeSeverityResponse[]> {
    return this.http.get<JudgeSeverityResponse[]>(`${round(roundId)}/results/judges`);
  }

  prizes(awardId: string): Observable<PrizesResponse> {
    return this.http.get<PrizesResponse>(`${award(awardId)}/prizes`);
  }

  setPrize(awardId: string, entryId: string, input: PrizeInput): Observable<PrizesResponse> {
    return this.http.put<PrizesResponse>(
      `${award(awardId)}/prizes/${encodeURIComponent(entryId)}`,
      input,
    );
  }

  publish(awardId: string): Observable<PublishResponse> {
    return this.http.post<PublishResponse>(`${award(awardId)}/publish`, {});
  }

  /** The verification package frozen at publication (404 until then). */
  verification(awardId: string): Observable<VerificationPackage> {
    return this.http.get<VerificationPackage>(
      `${API_BASE}/public/awards/${encodeURIComponent(awardId)}/verification`,
    );
  }

  /** The package for the award's organizers, steering committee and auditors, even when restricted. */
  memberVerification(awardId: string): Observable<VerificationPackage> {
    return this.http.get<VerificationPackage>(`${award(awardId)}/verification`);
  }

  setVerificationAccess(
    awardId: string,
    access: VerificationAccess,
  ): Observable<{ access: VerificationAccess }> {
    return this.http.put<{ access: VerificationAccess }>(`${award(awardId)}/verification-access`, {
      access,
    });
  }

  /** The works' prizes, then the collectives' (rows with `collective: true`). */
  publicResults(awardId: string): Observable<PublicResultsRow[]> {
    return this.http.get<PublicResultsRow[]>(
      `${API_BASE}/public/awards/${encodeURIComponent(awardId)}/results`,
    );
  }

  collectivePrizes(awardId: string): Observable<CollectivePrizeResponse[]> {
    return this.http.get<CollectivePrizeResponse[]>(`${award(awardId)}/collective-prizes`);
  }

  addCollectivePrize(
    awardId: string,
    input: { organizationName: string; tierCode: CollectivePrizeTier; citation: string },
  ): Observable<CollectivePrizeResponse> {
    return this.http.post<CollectivePrizeResponse>(`${award(awardId)}/collective-prizes`, input);
  }

  removeCollectivePrize(awardId: string, prizeId: string): Observable<void> {
    return this.http.delete<void>(
      `${award(awardId)}/collective-prizes/${encodeURIComponent(prizeId)}`,
    );
  }

  collectiveCertificate(
    awardId: string,
    prizeId: string,
    lang: UiLanguage,
  ): Observable<DownloadedFile> {
    return this.http
      .get(`${award(awardId)}/collective-prizes/${encodeURIComponent(prizeId)}/certificate`, {
        params: new HttpParams().set('format', 'pdf').set('lang', lang),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response) => ({
          blob: response.body ?? new Blob([]),
          fileName: fileNameFromDisposition(
            response.headers.get('Content-Disposition'),
            'giay-chung-nhan-tap-the.pdf',
          ),
        })),
        catchError(withJsonError),
      );
  }

  /**
   * The results file through HttpClient rather than a plain link, so the session cookie, the
   * language and the error handling are the same as for every other call.
   */
  export(
    awardId: string,
    format: ResultExportFormat,
    lang: UiLanguage,
  ): Observable<DownloadedFile> {
    const params = new HttpParams().set('format', format).set('lang', lang);
    return this.http
      .get(`${award(awardId)}/results/export`, {
        params,
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response) => ({
          blob: response.body ?? new Blob([]),
          fileName: fileNameFromDisposition(
            response.headers.get('Content-Disposition'),
            `ket-qua.${format}`,
          ),
        })),
        catchError(withJsonError),
      );
  }
}
