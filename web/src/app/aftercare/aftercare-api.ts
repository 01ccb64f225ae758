import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ComplaintOutcome,
  ComplaintResponse,
  ForwardResultResponse,
  Page,
  PrizesResponse,
  PublicAwardResponse,
} from '@press-award/contracts';
import { PAGE_SIZE_MAX } from '@press-award/contracts';
import { EMPTY, expand, reduce, type Observable } from 'rxjs';
import { API_BASE, ApiClient } from '../core/api/api';

export interface ComplaintInput {
  entryId: string;
  complainant: string;
  reason: string;
}

export interface ForwardInput {
  targetAwardId: string;
  tierCodes?: string[];
  entryIds?: string[];
}

const award = (awardId: string): string => `${API_BASE}/awards/${encodeURIComponent(awardId)}`;

/** Typed calls for what happens after publication: complaints and forwarding winners. */
@Injectable({ providedIn: 'root' })
export class AftercareApi {
  private readonly http = inject(HttpClient);
  private readonly awards = inject(ApiClient);

  prizes(awardId: string): Observable<PrizesResponse> {
    return this.http.get<PrizesResponse>(`${award(awardId)}/prizes`);
  }

  complaints(awardId: string): Observable<ComplaintResponse[]> {
    return this.http.get<ComplaintResponse[]>(`${award(awardId)}/complaints`);
  }

  fileComplaint(awardId: string, input: ComplaintInput): Observable<ComplaintResponse> {
    return this.http.post<ComplaintResponse>(`${award(awardId)}/complaints`, input);
  }

  resolveComplaint(
    awardId: string,
    complaintId: string,
    input: { outcome: ComplaintOutcome; note: string },
  ): Observable<ComplaintResponse> {
    return this.http.post<ComplaintResponse>(
      `${award(awardId)}/complaints/${encodeURIComponent(complaintId)}/resolve`,
      input,
    );
  }

  forward(awardId: string, input: ForwardInput): Observable<ForwardResultResponse> {
    return this.http.post<ForwardResultResponse>(`${award(awardId)}/forward`, input);
  }

  /** Every public award, page after page (targets are chosen among them). */
  publicAwards(): Observable<PublicAwardResponse[]> {
    const fetch = (page: number) => this.awards.publicAwards(page, PAGE_SIZE_MAX);
    return fetch(1).pipe(
      expand((page: Page<PublicAwardResponse>) =>
        page.page * page.pageSize < page.total ? fetch(page.page + 1) : EMPTY,
      ),
      reduce((all, page) => [...all, ...page.items], [] as PublicAwardResponse[]),
    );
  }
}
