import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AwardLevel,
  AwardResponse,
  AwardRole,
  AwardRules,
  AwardStatus,
  AwardSummary,
  CategoryResponse,
  MediaType,
  MemberResponse,
  OutboxMessageResponse,
  Page,
  PrizeTier,
  PublicAwardResponse,
  TopicPrize,
} from '@press-award/contracts';
import type { Observable } from 'rxjs';

export const API_BASE = '/api/v1';

export interface CategoryInput {
  code: string;
  name: string;
  mediaType: MediaType;
  genres?: string[];
  sortOrder?: number;
}

export interface AwardInput {
  name: string;
  edition: number;
  year: number;
  level: AwardLevel;
  organizerName?: string;
  /** Where its documents are dated; empty in a PATCH = the level's default. */
  place?: string;
  description?: string;
  rules: AwardRules;
  prizeTiers?: PrizeTier[];
  topicPrizes?: TopicPrize[];
  categories?: CategoryInput[];
}

export interface InviteInput {
  email: string;
  fullName: string;
  role: AwardRole;
  organizationName?: string;
  /** Chức vụ, shown in councils and their documents. */
  title?: string;
}

function pageParams(page: number, pageSize: number): HttpParams {
  return new HttpParams().set('page', page).set('pageSize', pageSize);
}

/** Typed calls to the awards, members and admin endpoints. */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  publicAwards(page = 1, pageSize = 50): Observable<Page<PublicAwardResponse>> {
    return this.http.get<Page<PublicAwardResponse>>(`${API_BASE}/public/awards`, {
      params: pageParams(page, pageSize),
    });
  }

  publicAward(awardId: string): Observable<PublicAwardResponse> {
    return this.http.get<PublicAwardResponse>(
      `${API_BASE}/public/awards/${encodeURIComponent(awardId)}`,
    );
  }

  managedAwards(page = 1, pageSize = 50): Observable<Page<AwardSummary>> {
    return this.http.get<Page<AwardSummary>>(`${API_BASE}/awards`, {
      params: pageParams(page, pageSize),
    });
  }

  award(awardId: string): Observable<AwardResponse> {
    return this.http.get<AwardResponse>(`${API_BASE}/awards/${encodeURIComponent(awardId)}`);
  }

  createAward(input: AwardInput): Observable<AwardResponse> {
    return this.http.post<AwardResponse>(`${API_BASE}/awards`, input);
  }

  updateAward(awardId: string, input: Partial<AwardInput>): Observable<AwardResponse> {
    return this.http.patch<AwardResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}`,
      input,
    );
  }

  changeStatus(awardId: string, status: AwardStatus): Observable<AwardResponse> {
    return this.http.post<AwardResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/status`,
      {
        status,
      },
    );
  }

  addCategory(awardId: string, input: CategoryInput): Observable<CategoryResponse> {
    return this.http.post<CategoryResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/categories`,
      input,
    );
  }

  updateCategory(
    awardId: string,
    categoryId: string,
    input: Partial<CategoryInput>,
  ): Observable<CategoryResponse> {
    return this.http.patch<CategoryResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/categories/${encodeURIComponent(categoryId)}`,
      input,
    );
  }

  removeCategory(awardId: string, categoryId: string): Observable<void> {
    return this.http.delete<void>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/categories/${encodeURIComponent(categoryId)}`,
    );
  }

  members(awardId: string, page = 1, pageSize = 200): Observable<Page<MemberResponse>> {
    return this.http.get<Page<MemberResponse>>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/members`,
      {
        params: pageParams(page, pageSize),
      },
    );
  }

  inviteMember(awardId: string, input: InviteInput): Observable<MemberResponse> {
    return this.http.post<MemberResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/members`,
      input,
    );
  }

  /** A member's title (chức vụ); empty clears it. */
  updateMemberTitle(awardId: string, memberId: string, title: string): Observable<MemberResponse> {
    return this.http.patch<MemberResponse>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/members/${encodeURIComponent(memberId)}`,
      { title },
    );
  }

  removeMember(awardId: string, memberId: string): Observable<void> {
    return this.http.delete<void>(
      `${API_BASE}/awards/${encodeURIComponent(awardId)}/members/${encodeURIComponent(memberId)}`,
    );
  }

  outbox(page = 1, pageSize = 20): Observable<Page<OutboxMessageResponse>> {
    return this.http.get<Page<OutboxMessageResponse>>(`${API_BASE}/admin/outbox`, {
      params: pageParams(page, pageSize),
    });
  }
}
