import { signal } from '@angular/core';
import type { SheetResponse } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';

/**
 * Autosave of a score sheet as a small state machine, kept free of Angular's DI and of HTTP so the
 * rules can be tested with fake timers:
 *
 *   idle/saved ──edit──▶ pending ──debounce──▶ saving ──ok──▶ saved (or pending if edited meanwhile)
 *                          ▲                     │
 *                          └──── retry ◀── offline (network / 5xx)
 *                                                ├──▶ conflict (another tab saved: the judge chooses)
 *                                                ├──▶ invalid  (the server refused a score)
 *                                                └──▶ locked   (submitted / round closed)
 *
 * Edits are counted (`revision`) so a change typed while a save is in flight is never marked saved.
 */
export type SavePhase =
  | 'idle'
  | 'pending'
  | 'saving'
  | 'saved'
  | 'offline'
  | 'invalid'
  | 'conflict'
  | 'locked'
  | 'failed';

export type FailureKind = 'network' | 'conflict' | 'locked' | 'invalid' | 'failed';

export interface AutosaveState {
  phase: SavePhase;
  /** The sheet version the server last confirmed; null before the first save. */
  version: number | null;
  /** When the server last stored the sheet (`updatedAt`). */
  savedAt: string | null;
  /** Edits so far, and the edit the server has confirmed. */
  revision: number;
  savedRevision: number;
  /** The edit being saved right now. */
  inFlight: number | null;
  error: UiError | null;
}

export type AutosaveEvent =
  | { type: 'loaded'; sheet: SheetResponse | null }
  | { type: 'edited'; valid: boolean }
  | { type: 'held' }
  | { type: 'saveStarted' }
  | { type: 'saveSucceeded'; sheet: SheetResponse }
  | { type: 'saveFailed'; kind: FailureKind; error: UiError }
  | { type: 'adopted'; sheet: SheetResponse | null; keepLocal: boolean };

export const INITIAL_AUTOSAVE: AutosaveState = {
  phase: 'idle',
  version: null,
  savedAt: null,
  revision: 0,
  savedRevision: 0,
  inFlight: null,
  error: null,
};

const FAILURE_PHASE: Record<FailureKind, SavePhase> = {
  network: 'offline',
  conflict: 'conflict',
  locked: 'locked',
  invalid: 'invalid',
  failed: 'failed',
};

export function hasUnsavedEdits(state: AutosaveState): boolean {
  return state.revision > state.savedRevision;
}

export function reduceAutosave(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case 'loaded':
      return {
        ...INITIAL_AUTOSAVE,
        phase: event.sheet?.status === 'submitted' ? 'locked' : event.sheet ? 'saved' : 'idle',
        version: event.sheet?.version ?? null,
        savedAt: event.sheet?.updatedAt ?? null,
      };
    case 'edited': {
      if (state.phase === 'locked') return state;
      const revision = state.revision + 1;
      // A conflict waits for the judge's choice; a save in flight finishes first.
      if (state.phase === 'conflict' || state.phase === 'saving') return { ...state, revision };
      return {
        ...state,
        revision,
        phase: event.valid ? 'pending' : 'invalid',
        error: event.valid ? null : state.error,
      };
    }
    case 'held':
      // The form holds an invalid score: nothing is sent until it is fixed.
      return state.phase === 'locked' || state.phase === 'conflict'
        ? state
        : { ...state, phase: 'invalid' };
    case 'saveStarted':
      return { ...state, phase: 'saving', inFlight: state.revision };
    case 'saveSucceeded': {
      const savedRevision = state.inFlight ?? state.revision;
      const locked = event.sheet.status === 'submitted';
      return {
        ...state,
        version: event.sheet.version,
        savedAt: event.sheet.updatedAt,
        savedRevision,
        inFlight: null,
        error: null,
        phase: locked ? 'locked' : state.revision > savedRevision ? 'pending' : 'saved',
      };
    }
    case 'saveFailed':
      return { ...state, inFlight: null, phase: FAILURE_PHASE[event.kind], error: event.error };
    case 'adopted':
      return {
        ...state,
        version: event.sheet?.version ?? null,
        savedAt: event.sheet?.updatedAt ?? state.savedAt,
        inFlight: null,
        error: null,
        savedRevision: event.keepLocal ? state.savedRevision : state.revision,
        phase:
          event.sheet?.status === 'submitted'
            ? 'locked'
            : event.keepLocal && hasUnsavedEdits(state)
              ? 'pending'
              : event.sheet
                ? 'saved'
                : 'idle',
      };
  }
}

/** How a failed save is handled, from the API's error code (or the lack of an answer). */
export function failureKind(error: UiError): FailureKind {
  if (error.status === 0 || error.status >= 500) return 'network';
  switch (error.code) {
    case 'SHEET_VERSION_CONFLICT':
      return 'conflict';
    case 'SHEET_ALREADY_SUBMITTED':
    case 'ROUND_NOT_OPEN':
      return 'locked';
    case 'SCORE_INVALID':
    case 'VALIDATION_FAILED':
      return 'invalid';
    default:
      return 'failed';
  }
}

export interface SheetDraft {
  scores: Record<string, number>;
  comment: string;
}

export interface SaveRequest extends SheetDraft {
  version?: number;
  submit?: boolean;
}

export interface AutosaveOptions {
  /** What the form holds now; `valid: false` holds saving back (an out-of-range score). */
  snapshot: () => { draft: SheetDraft; valid: boolean };
  save: (request: SaveRequest) => Promise<SheetResponse>;
  toUiError: (error: unknown) => UiError;
  onSaved?: (sheet: SheetResponse, state: AutosaveState) => void;
  debounceMs?: number;
  /** First retry after a dropped connection; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
}

/** Drives `reduceAutosave` with timers and one request at a time. */
export class SheetAutosave {
  private readonly current = signal<AutosaveState>(INITIAL_AUTOSAVE);
  readonly state = this.current.asReadonly();

  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<unknown> | null = null;
  private retryDelay: number;
  private stopped = false;

  constructor(private readonly options: AutosaveOptions) {
    this.retryDelay = options.retryMs ?? 5000;
  }

  private dispatch(event: AutosaveEvent): AutosaveState {
    const next = reduceAutosave(this.current(), event);
    this.current.set(next);
    return next;
  }

  load(sheet: SheetResponse | null): void {
    this.clearTimer();
    this.dispatch({ type: 'loaded', sheet });
  }

  /** Every change of the form: saved about `debounceMs` after the last one. */
  edited(): void {
    const { valid } = this.options.snapshot();
    const state = this.dispatch({ type: 'edited', valid });
    if (state.phase === 'pending') this.schedule(this.options.debounceMs ?? 1500);
    else if (state.phase === 'invalid') this.clearTimer();
  }

  /** Save now what is pending (leaving the page, tab hidden, connection back). */
  flush(): Promise<void> {
    const phase = this.current().phase;
    if (phase !== 'pending' && phase !== 'saving' && phase !== 'offline' && phase !== 'failed')
      return Promise.resolve();
    if (!hasUnsavedEdits(this.current())) return Promise.resolve();
    this.clearTimer();
    return this.run();
  }

  /** Submits the sheet as it is now, after any save in flight; rejects with the UiError on failure. */
  async submit(): Promise<SheetResponse> {
    this.clearTimer();
    await this.settle();
    const { draft } = this.options.snapshot();
    const revisionAtStart = this.current().revision;
    this.dispatch({ type: 'saveStarted' });
    try {
      const sheet = await this.options.save({ ...draft, ...this.versionField(), submit: true });
      const state = this.dispatch({ type: 'saveSucceeded', sheet });
      this.options.onSaved?.(sheet, state);
      return sheet;
    } catch (failure) {
      const error = this.options.toUiError(failure);
      this.dispatch({ type: 'saveFailed', kind: failureKind(error), error });
      if (this.current().revision > revisionAtStart) this.schedule(this.options.debounceMs ?? 1500);
      throw error;
    }
  }

  /** After a conflict: take the server's sheet (`keepLocal` false) or save ours over it. */
  adopt(sheet: SheetResponse | null, keepLocal: boolean): void {
    const state = this.dispatch({ type: 'adopted', sheet, keepLocal });
    if (state.phase === 'pending') this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private versionField(): { version?: number } {
    const version = this.current().version;
    return version === null ? {} : { version };
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async settle(): Promise<void> {
    while (this.inFlight) await this.inFlight.catch(() => undefined);
  }

  private async run(): Promise<void> {
    if (this.inFlight) {
      await this.settle();
      // Whatever was scheduled meanwhile is covered by this run.
      this.clearTimer();
    }
    if (!hasUnsavedEdits(this.current())) return;
    const { draft, valid } = this.options.snapshot();
    if (this.current().phase === 'conflict' || this.current().phase === 'locked') return;
    if (!valid) {
      this.dispatch({ type: 'held' });
      return;
    }
    this.dispatch({ type: 'saveStarted' });
    const request = this.options.save({ ...draft, ...this.versionField() });
    this.inFlight = request;
    try {
      const sheet = await request;
      this.retryDelay = this.options.retryMs ?? 5000;
      const state = this.dispatch({ type: 'saveSucceeded', sheet });
      this.options.onSaved?.(sheet, state);
      if (state.phase === 'pending') this.schedule(this.options.debounceMs ?? 1500);
    } catch (failure) {
      const error = this.options.toUiError(failure);
      const kind = failureKind(error);
      this.dispatch({ type: 'saveFailed', kind, error });
      if (kind === 'network') {
        this.schedule(this.retryDelay);
        this.retryDelay = Math.min(this.retryDelay * 2, this.options.maxRetryMs ?? 60_000);
      }
    } finally {
      this.inFlight = null;
    }
  }
}

/** The unsent copy of a sheet in this browser, so a closed tab or a dropped connection loses nothing. */
export interface LocalDraft extends SheetDraft {
  /** When the judge last changed it (ISO). */
  editedAt: string;
}

export const LOCAL_DRAFT_PREFIX = 'pa.sheet.';

export class LocalDrafts {
  constructor(private readonly storage: Storage | null) {}

  read(assignmentId: string): LocalDraft | null {
    try {
      const raw = this.storage?.getItem(LOCAL_DRAFT_PREFIX + assignmentId);
      if (!raw) return null;
      const value = JSON.parse(raw) as Partial<LocalDraft>;
      if (
        typeof value.editedAt !== 'string' ||
        typeof value.scores !== 'object' ||
        value.scores === null
      )
        return null;
      const scores: Record<string, number> = {};
      for (const [key, score] of Object.entries(value.scores))
        if (typeof score === 'number' && Number.isFinite(score)) scores[key] = score;
      return {
        scores,
        comment: typeof value.comment === 'string' ? value.comment : '',
        editedAt: value.editedAt,
      };
    } catch {
      return null;
    }
  }

  write(assignmentId: string, draft: LocalDraft): void {
    try {
      this.storage?.setItem(LOCAL_DRAFT_PREFIX + assignmentId, JSON.stringify(draft));
    } catch {
      // A full or refused storage: the server copy still autosaves.
    }
  }

  clear(assignmentId: string): void {
    try {
      this.storage?.removeItem(LOCAL_DRAFT_PREFIX + assignmentId);
    } catch {
      // Nothing to do.
    }
  }
}

/** The local copy wins when the server has none, or an older one, and the sheet is still a draft. */
export function shouldRestore(
  local: LocalDraft | null,
  sheet: SheetResponse | null,
): local is LocalDraft {
  if (!local) return false;
  if (!sheet) return true;
  if (sheet.status === 'submitted') return false;
  const localTime = Date.parse(local.editedAt);
  const serverTime = Date.parse(sheet.updatedAt);
  if (!Number.isFinite(localTime)) return false;
  if (Number.isFinite(serverTime) && localTime <= serverTime) return false;
  return !sameDraft(local, sheet);
}

export function sameDraft(
  local: SheetDraft,
  sheet: Pick<SheetResponse, 'scores' | 'comment'>,
): boolean {
  const keys = new Set([...Object.keys(local.scores), ...Object.keys(sheet.scores)]);
  for (const key of keys) if (local.scores[key] !== sheet.scores[key]) return false;
  return (local.comment ?? '') === (sheet.comment ?? '');
}
