import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AwardDashboardResponse } from '@press-award/contracts';
import type { Observable } from 'rxjs';
import { API_BASE } from '../core/api/api';

/** The organizer dashboard's one call: every count, computed by the API in SQL. */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  dashboard(awardId: string): Observable<AwardDashboardResponse> {
    return this.http.get<AwardDashboardResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/dashboard`,
    );
  }
}
