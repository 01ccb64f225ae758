import { HttpErrorResponse } from '@angular/common/http';
import type { SheetResponse } from '@press-award/contracts';
import { toUiError, type UiError } from '../core/api/api-error';
import {
  INITIAL_AUTOSAVE,
  LocalDrafts,
  SheetAutosave,
  failureKind,
  reduceAutosave,
  shouldRestore,
  type SaveRequest,
  type SheetDraft,
} from './autosave';

function sheet(overrides: Partial<SheetResponse> = {}): SheetResponse {
  return {
    assignmentId: 'a1',
    scores: { content: 4 },
    comment: null,
    total: null,
    status: 'draft',
    version: 1,
    updatedAt: '2026-01-10T03:00:00.000Z',
    submittedAt: null,
    ...overrides,
  };
}

function uiError(status: number, code: string): UiError {
  return { status, code, message: code, details: [], retryAfter: null };
}

function httpError(status: number, code?: string): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: code ? { statusCode: status, code, message: code } : new ProgressEvent('error'),
  });
}

/** A save the test answers by hand. */
class FakeServer {
  readonly requests: SaveRequest[] = [];
  private pending: { resolve: (sheet: SheetResponse) => void; reject: (error: unknown) => void }[] =
    [];
  version = 0;

  save = (request: SaveRequest): Promise<SheetResponse> => {
    this.requests.push(request);
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  };

  async answer(overrides: Partial<SheetResponse> = {}): Promise<void> {
    this.version += 1;
    const request = this.requests[this.requests.length - 1];
    this.pending.shift()?.resolve(
      sheet({
        scores: request?.scores ?? {},
        version: this.version,
        status: request?.submit ? 'submitted' : 'draft',
        ...overrides,
      }),
    );
    await flushPromises();
  }

  async fail(error: unknown): Promise<void> {
    this.pending.shift()?.reject(error);
    await flushPromises();
  }

  get open(): number {
    return this.pending.length;
  }
}

async function flushPromises(): Promise<void> {
  for (let index = 0; index < 5; index += 1) await Promise.resolve();
}

describe(SheetAutosave.name, () => {
  let server: FakeServer;
  let draft: SheetDraft;
  let valid: boolean;
  let autosave: SheetAutosave;

  beforeEach(() => {
    jest.useFakeTimers();
    server = new FakeServer();
    draft = { scores: {}, comment: '' };
    valid = true;
    autosave = new SheetAutosave({
      snapshot: () => ({ draft, valid }),
      save: server.save,
      toUiError: (error) => toUiError(error, 'vi', 'offline'),
      debounceMs: 1500,
      retryMs: 5000,
    });
  });

  afterEach(() => {
    autosave.stop();
    jest.useRealTimers();
  });

  function edit(scores: Record<string, number>, comment = ''): void {
    draft = { scores, comment };
    autosave.edited();
  }

  it('should save once, 1.5 s after the last change, without a version the first time', async () => {
    autosave.load(null);
    edit({ content: 1 });
    jest.advanceTimersByTime(1000);
    edit({ content: 2 });
    jest.advanceTimersByTime(1499);
    expect(server.requests).toHaveLength(0);
    expect(autosave.state().phase).toBe('pending');
    jest.advanceTimersByTime(1);
    expect(server.requests).toEqual([{ scores: { content: 2 }, comment: '' }]);
    expect(autosave.state().phase).toBe('saving');
    await server.answer();
    expect(autosave.state()).toMatchObject({
      phase: 'saved',
      version: 1,
      savedAt: '2026-01-10T03:00:00.000Z',
    });
  });

  it('should send the version it last received', async () => {
    autosave.load(sheet({ version: 7 }));
    expect(autosave.state()).toMatchObject({ phase: 'saved', version: 7 });
    edit({ content: 3 });
    jest.advanceTimersByTime(1500);
    expect(server.requests[0]?.version).toBe(7);
    server.version = 7;
    await server.answer();
    edit({ content: 4 });
    jest.advanceTimersByTime(1500);
    expect(server.requests[1]?.version).toBe(8);
  });

  it('should never mark an edit made during a save as saved, and save it next', async () => {
    autosave.load(null);
    edit({ content: 1 });
    jest.advanceTimersByTime(1500);
    edit({ content: 2 });
    expect(autosave.state().phase).toBe('saving');
    await server.answer();
    expect(autosave.state().phase).toBe('pending');
    jest.advanceTimersByTime(1500);
    expect(server.requests[1]).toEqual({ scores: { content: 2 }, comment: '', version: 1 });
    await server.answer();
    expect(autosave.state().phase).toBe('saved');
  });

  it('should keep one request at a time', async () => {
    autosave.load(null);
    edit({ content: 1 });
    jest.advanceTimersByTime(1500);
    edit({ content: 2 });
    void autosave.flush();
    await flushPromises();
    expect(server.open).toBe(1);
    await server.answer();
    await flushPromises();
    expect(server.requests).toHaveLength(2);
  });

  it('should go offline on a network failure and retry with a growing delay', async () => {
    autosave.load(null);
    edit({ content: 1 });
    jest.advanceTimersByTime(1500);
    await server.fail(httpError(0));
    expect(autosave.state().phase).toBe('offline');
    jest.advanceTimersByTime(4999);
    expect(server.requests).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(server.requests).toHaveLength(2);
    await server.fail(httpError(503));
    jest.advanceTimersByTime(5000);
    expect(server.requests).toHaveLength(2);
    jest.advanceTimersByTime(5000);
    expect(server.requests).toHaveLength(3);
    await server.answer();
    expect(autosave.state().phase).toBe('saved');
  });

  it('should stop on a version conflict until the judge chooses, then save theirs over the latest', async () => {
    autosave.load(sheet({ version: 2 }));
    edit({ content: 5 });
    jest.advanceTimersByTime(1500);
    await server.fail(httpError(409, 'SHEET_VERSION_CONFLICT'));
    expect(autosave.state().phase).toBe('conflict');
    edit({ content: 4.5 });
    jest.advanceTimersByTime(10_000);
    expect(server.requests).toHaveLength(1);

    autosave.adopt(sheet({ version: 3 }), true);
    expect(autosave.state().phase).toBe('pending');
    jest.advanceTimersByTime(0);
    expect(server.requests[1]).toEqual({ scores: { content: 4.5 }, comment: '', version: 3 });
  });

  it('should take the latest sheet and drop local edits when the judge loads it', async () => {
    autosave.load(sheet({ version: 2 }));
    edit({ content: 5 });
    jest.advanceTimersByTime(1500);
    await server.fail(httpError(409, 'SHEET_VERSION_CONFLICT'));
    autosave.adopt(sheet({ version: 3 }), false);
    expect(autosave.state()).toMatchObject({ phase: 'saved', version: 3 });
    jest.advanceTimersByTime(10_000);
    expect(server.requests).toHaveLength(1);
  });

  it('should hold an invalid score back and lock after the round closed', async () => {
    autosave.load(null);
    valid = false;
    edit({ content: 5.1 });
    jest.advanceTimersByTime(5000);
    expect(server.requests).toHaveLength(0);
    expect(autosave.state().phase).toBe('invalid');
    valid = true;
    edit({ content: 5 });
    jest.advanceTimersByTime(1500);
    await server.fail(httpError(409, 'ROUND_NOT_OPEN'));
    expect(autosave.state()).toMatchObject({ phase: 'locked', error: { code: 'ROUND_NOT_OPEN' } });
    edit({ content: 4 });
    jest.advanceTimersByTime(5000);
    expect(server.requests).toHaveLength(1);
  });

  it('should submit after the save in flight, with submit: true, and lock', async () => {
    autosave.load(null);
    edit({ content: 4, craft: 3 });
    jest.advanceTimersByTime(1500);
    const submitted = autosave.submit();
    await flushPromises();
    expect(server.requests).toHaveLength(1);
    await server.answer();
    expect(server.requests[1]).toEqual({
      scores: { content: 4, craft: 3 },
      comment: '',
      version: 1,
      submit: true,
    });
    await server.answer();
    await expect(submitted).resolves.toMatchObject({ status: 'submitted' });
    expect(autosave.state().phase).toBe('locked');
    edit({ content: 1 });
    jest.advanceTimersByTime(5000);
    expect(server.requests).toHaveLength(2);
  });

  it('should reject a refused submit with the API error', async () => {
    autosave.load(sheet());
    const submitted = autosave.submit();
    await flushPromises();
    await server.fail(httpError(400, 'SCORE_INVALID'));
    await expect(submitted).rejects.toMatchObject({ code: 'SCORE_INVALID' });
    expect(autosave.state().phase).toBe('invalid');
  });
});

describe(reduceAutosave.name, () => {
  it('should lock a submitted sheet on load and ignore edits', () => {
    const state = reduceAutosave(INITIAL_AUTOSAVE, {
      type: 'loaded',
      sheet: sheet({ status: 'submitted' }),
    });
    expect(state.phase).toBe('locked');
    expect(reduceAutosave(state, { type: 'edited', valid: true })).toBe(state);
  });
});

describe(failureKind.name, () => {
  it('should map API codes to what the page does', () => {
    expect(failureKind(uiError(0, 'NETWORK_ERROR'))).toBe('network');
    expect(failureKind(uiError(502, 'INTERNAL_ERROR'))).toBe('network');
    expect(failureKind(uiError(409, 'SHEET_VERSION_CONFLICT'))).toBe('conflict');
    expect(failureKind(uiError(409, 'SHEET_ALREADY_SUBMITTED'))).toBe('locked');
    expect(failureKind(uiError(400, 'SCORE_INVALID'))).toBe('invalid');
    expect(failureKind(uiError(404, 'NOT_FOUND'))).toBe('failed');
  });
});

describe(LocalDrafts.name, () => {
  beforeEach(() => localStorage.clear());

  it('should keep, read and clear an unsent copy per assignment', () => {
    const drafts = new LocalDrafts(localStorage);
    drafts.write('a1', {
      scores: { content: 2.5 },
      comment: 'Tốt',
      editedAt: '2026-01-10T03:00:00.000Z',
    });
    expect(drafts.read('a1')).toEqual({
      scores: { content: 2.5 },
      comment: 'Tốt',
      editedAt: '2026-01-10T03:00:00.000Z',
    });
    expect(drafts.read('a2')).toBeNull();
    drafts.clear('a1');
    expect(drafts.read('a1')).toBeNull();
  });

  it('should ignore a damaged copy', () => {
    localStorage.setItem('pa.sheet.a1', '{not json');
    expect(new LocalDrafts(localStorage).read('a1')).toBeNull();
    expect(new LocalDrafts(null).read('a1')).toBeNull();
  });
});

describe(shouldRestore.name, () => {
  const local = { scores: { content: 3 }, comment: '', editedAt: '2026-01-10T04:00:00.000Z' };

  it('should restore a copy newer than the server, or when the server has none', () => {
    expect(shouldRestore(local, null)).toBe(true);
    expect(shouldRestore(local, sheet({ updatedAt: '2026-01-10T03:59:00.000Z' }))).toBe(true);
  });

  it('should not restore an older or identical copy, or over a submitted sheet', () => {
    expect(shouldRestore(local, sheet({ updatedAt: '2026-01-10T04:01:00.000Z' }))).toBe(false);
    expect(
      shouldRestore(
        local,
        sheet({ scores: { content: 3 }, updatedAt: '2026-01-10T03:00:00.000Z' }),
      ),
    ).toBe(false);
    expect(
      shouldRestore(local, sheet({ status: 'submitted', updatedAt: '2026-01-10T03:00:00.000Z' })),
    ).toBe(false);
    expect(shouldRestore(null, null)).toBe(false);
  });
});
