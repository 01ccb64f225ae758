import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { JudgeAssignmentResponse, SheetResponse } from '@press-award/contracts';
import type { Observable } from 'rxjs';
import { API_BASE } from '../core/api/api';
import type { SaveRequest } from './autosave';

const assignmentUrl = (assignmentId: string): string =>
  `${API_BASE}/judging/assignments/${encodeURIComponent(assignmentId)}`;

/** The anonymised file as the browser's viewers load it (same origin: the session cookie goes along). */
export function judgingFileUrl(assignmentId: string, fileId: string): string {
  return `${assignmentUrl(assignmentId)}/files/${encodeURIComponent(fileId)}`;
}

/** Typed calls to the judge's own endpoints (`/judging/...`). */
@Injectable({ providedIn: 'root' })
export class JudgingApi {
  private readonly http = inject(HttpClient);

  assignments(): Observable<JudgeAssignmentResponse[]> {
    return this.http.get<JudgeAssignmentResponse[]>(`${API_BASE}/judging/assignments`);
  }

  assignment(assignmentId: string): Observable<JudgeAssignmentResponse> {
    return this.http.get<JudgeAssignmentResponse>(assignmentUrl(assignmentId));
  }

  saveSheet(assignmentId: string, request: SaveRequest): Observable<SheetResponse> {
    return this.http.put<SheetResponse>(`${assignmentUrl(assignmentId)}/sheet`, request);
  }

  recuse(assignmentId: string, reason: string): Observable<void> {
    return this.http.post<void>(`${assignmentUrl(assignmentId)}/recuse`, { reason });
  }
}
