import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  PrizeApprovalResponse,
  PrizeApprovalsResponse,
  PrizesResponse,
} from '@press-award/contracts';
import type { Observable } from 'rxjs';
import { API_BASE } from '../core/api/api';

/** Typed calls for the steering committee's approval of the prize list. */
@Injectable({ providedIn: 'root' })
export class ApprovalApi {
  private readonly http = inject(HttpClient);

  /** The prize list (codes, titles, tiers; no authors). */
  prizes(awardId: string): Observable<PrizesResponse> {
    return this.http.get<PrizesResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/prizes`,
    );
  }

  approvals(awardId: string): Observable<PrizeApprovalsResponse> {
    return this.http.get<PrizeApprovalsResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/prize-approvals`,
    );
  }

  approve(awardId: string, note: string): Observable<PrizeApprovalResponse> {
    return this.http.post<PrizeApprovalResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/prize-approvals`,
      note ? { note } : {},
    );
  }
}
