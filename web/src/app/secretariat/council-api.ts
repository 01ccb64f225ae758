import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CouncilView,
  DelegationsResponse,
  JuryDelegation,
  MemberResponse,
  Page,
} from '@press-award/contracts';
import { PAGE_SIZE_MAX } from '@press-award/contracts';
import { catchError, map, of, throwError, type Observable } from 'rxjs';
import { API_BASE } from '../core/api/api';

/** The body of `PUT /rounds/:roundId/council`. */
export interface CouncilInput {
  name: string;
  chairUserId: string;
  viceChairUserId: string | null;
  secretaryUserId: string | null;
  subcommittees: { panelId: string; leaderUserId: string | null }[];
}

const councilUrl = (roundId: string) => `${API_BASE}/rounds/${encodeURIComponent(roundId)}/council`;
const delegationsUrl = (awardId: string) =>
  `${API_BASE}/awards/${encodeURIComponent(awardId)}/delegations`;

/** Councils of rounds and the jury work delegated to the secretariat (docs/councils.md). */
@Injectable({ providedIn: 'root' })
export class CouncilApi {
  private readonly http = inject(HttpClient);

  /** The round's council, or null while it has none (the API's COUNCIL_NOT_FOUND). */
  council(roundId: string): Observable<CouncilView | null> {
    return this.http
      .get<CouncilView>(councilUrl(roundId))
      .pipe(
        catchError((failure: unknown) =>
          failure instanceof HttpErrorResponse && failure.status === 404
            ? of(null)
            : throwError(() => failure),
        ),
      );
  }

  putCouncil(roundId: string, input: CouncilInput): Observable<CouncilView> {
    return this.http.put<CouncilView>(councilUrl(roundId), input);
  }

  /** The award's secretaries: the council's secretary may be one of them. */
  secretaries(awardId: string): Observable<MemberResponse[]> {
    const params = new HttpParams().set('page', 1).set('pageSize', PAGE_SIZE_MAX);
    return this.http
      .get<Page<MemberResponse>>(`${API_BASE}/awards/${encodeURIComponent(awardId)}/members`, {
        params,
      })
      .pipe(map((page) => page.items.filter((member) => member.role === 'secretary')));
  }

  delegations(awardId: string): Observable<DelegationsResponse> {
    return this.http.get<DelegationsResponse>(delegationsUrl(awardId));
  }

  putDelegations(awardId: string, secretariat: JuryDelegation[]): Observable<DelegationsResponse> {
    return this.http.put<DelegationsResponse>(delegationsUrl(awardId), { secretariat });
  }
}

/**
 * Whether the caller may do this jury work in the award: its organizers (and the admin) always, its
 * secretaries once the award delegates it — the API's `delegable` permissions, mirrored.
 */
export function mayDoJuryWork(
  canManage: boolean,
  roles: readonly string[],
  delegations: readonly JuryDelegation[],
  work: JuryDelegation,
): boolean {
  return canManage || (roles.includes('secretary') && delegations.includes(work));
}
