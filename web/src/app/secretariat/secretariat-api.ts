import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdvancementPreviewResponse,
  AssignmentResponse,
  AutoAssignResponse,
  BlindCodesResponse,
  BulkScreeningResponse,
  ConflictResponse,
  EntryStatus,
  MemberResponse,
  Page,
  PanelResponse,
  RoundResponse,
  Rubric,
  ScreeningDecision,
  ScreeningEntryResponse,
  RoundProgressResponse,
} from '@press-award/contracts';
import { PAGE_SIZE_MAX } from '@press-award/contracts';
import { EMPTY, expand, map, reduce, type Observable } from 'rxjs';
import { API_BASE } from '../core/api/api';

/** A queue row, as the API sends it (with the blind code once issued). */
export type ScreeningEntry = ScreeningEntryResponse;

export interface ScreeningQuery {
  status?: EntryStatus | '';
  categoryId?: string;
  page: number;
  pageSize: number;
}

export interface DecisionInput {
  decision: ScreeningDecision;
  reason?: string;
  revisionDeadline?: string;
}

export interface RoundInput {
  name: string;
  order: number;
  judgesPerEntry: number;
  rubric: Rubric;
  /** Omitted or null: 2 points per 10 of the rubric's maximum. */
  disagreementPoints?: number | null;
}

/** Advancement by rule from a closed earlier round: the best `top` of each category and/or `minScore`. */
export interface AdvancementRule {
  fromRoundId: string;
  top?: number;
  minScore?: number;
}

export interface PanelInput {
  name: string;
  categoryIds: string[];
  judgeIds: string[];
}

export interface MemberRelationsInput {
  organizationName?: string;
  declaredOrganizations?: string[];
}

const award = (awardId: string): string => `${API_BASE}/awards/${encodeURIComponent(awardId)}`;
const round = (roundId: string): string => `${API_BASE}/rounds/${encodeURIComponent(roundId)}`;

/** Typed calls to the screening, codes, rounds, panels and assignment endpoints. */
@Injectable({ providedIn: 'root' })
export class SecretariatApi {
  private readonly http = inject(HttpClient);

  queue(awardId: string, query: ScreeningQuery): Observable<Page<ScreeningEntry>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.status) params = params.set('status', query.status);
    if (query.categoryId) params = params.set('categoryId', query.categoryId);
    return this.http.get<Page<ScreeningEntry>>(`${award(awardId)}/entries`, { params });
  }

  /** Every entry with a status, page after page (the board needs all eligible entries). */
  allWithStatus(awardId: string, status: EntryStatus): Observable<ScreeningEntry[]> {
    const pageSize = PAGE_SIZE_MAX;
    const fetch = (page: number) => this.queue(awardId, { status, page, pageSize });
    return fetch(1).pipe(
      expand((page) => (page.page * page.pageSize < page.total ? fetch(page.page + 1) : EMPTY)),
      reduce((all, page) => [...all, ...page.items], [] as ScreeningEntry[]),
    );
  }

  decide(entryId: string, input: DecisionInput): Observable<ScreeningEntry> {
    return this.http.post<ScreeningEntry>(
      `${API_BASE}/entries/${encodeURIComponent(entryId)}/screening`,
      input,
    );
  }

  decideMany(
    awardId: string,
    input: DecisionInput & { entryIds: string[]; confirmCount: number },
  ): Observable<BulkScreeningResponse> {
    return this.http.post<BulkScreeningResponse>(`${award(awardId)}/screening/bulk`, input);
  }

  issueCodes(awardId: string): Observable<BlindCodesResponse> {
    return this.http.post<BlindCodesResponse>(`${award(awardId)}/codes`, {});
  }

  rounds(awardId: string): Observable<RoundResponse[]> {
    return this.http.get<RoundResponse[]>(`${award(awardId)}/rounds`);
  }

  round(roundId: string): Observable<RoundResponse> {
    return this.http.get<RoundResponse>(round(roundId));
  }

  createRound(awardId: string, input: RoundInput): Observable<RoundResponse> {
    return this.http.post<RoundResponse>(`${award(awardId)}/rounds`, input);
  }

  addEntries(roundId: string, entryIds: string[]): Observable<RoundResponse> {
    return this.http.post<RoundResponse>(`${round(roundId)}/entries`, { entryIds });
  }

  /** A round's disagreement distance (null: the default), while the round is not closed. */
  updateRound(
    roundId: string,
    input: { disagreementPoints: number | null },
  ): Observable<RoundResponse> {
    return this.http.patch<RoundResponse>(round(roundId), input);
  }

  /** What advancing by the rule would add, with each entry's mean and place; saves nothing. */
  previewAdvancement(
    roundId: string,
    rule: AdvancementRule,
  ): Observable<AdvancementPreviewResponse> {
    return this.http.post<AdvancementPreviewResponse>(`${round(roundId)}/entries/preview`, rule);
  }

  advance(roundId: string, rule: AdvancementRule): Observable<RoundResponse> {
    return this.http.post<RoundResponse>(`${round(roundId)}/entries`, rule);
  }

  createPanel(roundId: string, input: PanelInput): Observable<PanelResponse> {
    return this.http.post<PanelResponse>(`${round(roundId)}/panels`, input);
  }

  judges(awardId: string): Observable<MemberResponse[]> {
    const params = new HttpParams().set('page', 1).set('pageSize', PAGE_SIZE_MAX);
    return this.http
      .get<Page<MemberResponse>>(`${award(awardId)}/members`, { params })
      .pipe(map((page) => page.items.filter((member) => member.role === 'judge')));
  }

  updateMember(
    awardId: string,
    memberId: string,
    input: MemberRelationsInput,
  ): Observable<MemberResponse> {
    return this.http.patch<MemberResponse>(
      `${award(awardId)}/members/${encodeURIComponent(memberId)}`,
      input,
    );
  }

  assignments(roundId: string): Observable<AssignmentResponse[]> {
    return this.http.get<AssignmentResponse[]>(`${round(roundId)}/assignments`);
  }

  conflicts(roundId: string): Observable<ConflictResponse[]> {
    return this.http.get<ConflictResponse[]>(`${round(roundId)}/conflicts`);
  }

  assign(roundId: string, judgeId: string, entryId: string): Observable<AssignmentResponse> {
    return this.http.post<AssignmentResponse>(`${round(roundId)}/assignments`, {
      judgeId,
      entryId,
    });
  }

  unassign(roundId: string, assignmentId: string): Observable<void> {
    return this.http.delete<void>(
      `${round(roundId)}/assignments/${encodeURIComponent(assignmentId)}`,
    );
  }

  autoAssign(roundId: string, dryRun: boolean, seed: number): Observable<AutoAssignResponse> {
    return this.http.post<AutoAssignResponse>(`${round(roundId)}/assignments/auto`, {
      dryRun,
      seed,
    });
  }

  progress(roundId: string): Observable<RoundProgressResponse> {
    return this.http.get<RoundProgressResponse>(`${round(roundId)}/progress`);
  }

  remind(roundId: string): Observable<{ reminded: number }> {
    return this.http.post<{ reminded: number }>(`${round(roundId)}/reminders`, {});
  }

  setRoundStatus(roundId: string, status: 'open' | 'closed'): Observable<RoundResponse> {
    return this.http.post<RoundResponse>(`${round(roundId)}/status`, { status });
  }
}
