import { HttpErrorResponse } from '@angular/common/http';
import { catchError, defaultIfEmpty, of, switchMap, take, throwError, type Observable } from 'rxjs';

/** Why the API wants a note: the tier and how many it would hold against its plan ("16/15"). */
export interface NoteRequest {
  tierLabel: string;
  after: number;
  target: number;
}

const NOTE_REQUIRED = 'PRIZE_NOTE_REQUIRED';

/**
 * The note request an error stands for, or null for any other failure. The API's `details` params
 * (`tier`, `target`, `after`) win; the page's own counts fill in what an older server leaves out.
 */
export function noteRequest(error: unknown, fallback: NoteRequest): NoteRequest | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body = error.error as {
    code?: unknown;
    details?: { params?: Record<string, unknown> }[];
  } | null;
  if (body?.code !== NOTE_REQUIRED) return null;
  const params =
    (Array.isArray(body.details) ? body.details : []).find((detail) => detail?.params)?.params ??
    {};
  const text = (value: unknown, otherwise: string): string =>
    typeof value === 'string' && value ? value : otherwise;
  const count = (value: unknown, otherwise: number): number =>
    typeof value === 'number' && Number.isFinite(value) ? value : otherwise;
  return {
    tierLabel: text(params['tier'], fallback.tierLabel),
    after: count(params['after'], fallback.after),
    target: count(params['target'], fallback.target),
  };
}

/**
 * Saves a prize decision; when the tier would go over its planned count the API refuses without a
 * note, so the organizer is asked for one (`askNote`) and the same decision is sent again with it.
 * Emits the saved answer, or null when the organizer declines to give a note (nothing is saved).
 * Any other failure is passed on untouched.
 */
export function saveWithNote<T>(
  save: (note?: string) => Observable<T>,
  askNote: (request: NoteRequest) => Observable<string | null | undefined>,
  fallback: NoteRequest,
  note?: string,
): Observable<T | null> {
  return save(note).pipe(
    catchError((error: unknown) => {
      const request = noteRequest(error, fallback);
      if (!request) return throwError(() => error);
      return askNote(request).pipe(
        take(1),
        defaultIfEmpty(null),
        switchMap((given) => {
          const trimmed = given?.trim();
          return trimmed ? save(trimmed) : of(null);
        }),
      );
    }),
  );
}
