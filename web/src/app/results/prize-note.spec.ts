import { HttpErrorResponse } from '@angular/common/http';
import { EMPTY, firstValueFrom, of, throwError, type Observable } from 'rxjs';
import { noteRequest, saveWithNote, type NoteRequest } from './prize-note';

const FALLBACK: NoteRequest = { tierLabel: 'Giải C', after: 4, target: 3 };

function noteRequired(params?: Record<string, string | number>): HttpErrorResponse {
  return new HttpErrorResponse({
    status: 400,
    error: {
      statusCode: 400,
      code: 'PRIZE_NOTE_REQUIRED',
      message: 'Cần ghi lý do',
      details: [
        {
          field: 'note',
          code: 'PRIZE_NOTE_REQUIRED',
          message: 'Over target',
          ...(params ? { params } : {}),
        },
      ],
    },
  });
}

/** A fake PUT: answers each call with the next outcome and records the note it was sent. */
function fakeSave(outcomes: (() => Observable<string>)[]) {
  const notes: (string | undefined)[] = [];
  const save = (note?: string): Observable<string> => {
    notes.push(note);
    const next = outcomes.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  };
  return { save, notes };
}

describe(noteRequest.name, () => {
  it('should read the tier and the counts the API sends', () => {
    expect(noteRequest(noteRequired({ tier: 'Giải A', target: 15, after: 16 }), FALLBACK)).toEqual({
      tierLabel: 'Giải A',
      after: 16,
      target: 15,
    });
  });

  it('should fill in from the page when the API sends no params', () => {
    expect(noteRequest(noteRequired(), FALLBACK)).toEqual(FALLBACK);
  });

  it('should ignore every other failure', () => {
    const locked = new HttpErrorResponse({
      status: 409,
      error: { code: 'PRIZES_LOCKED', message: 'x' },
    });
    expect(noteRequest(locked, FALLBACK)).toBeNull();
    expect(noteRequest(new Error('boom'), FALLBACK)).toBeNull();
    expect(noteRequest(new HttpErrorResponse({ status: 0 }), FALLBACK)).toBeNull();
  });
});

describe(saveWithNote.name, () => {
  it('should save once without asking when the API accepts', async () => {
    const { save, notes } = fakeSave([() => of('saved')]);
    const askNote = jest.fn(() => of('never'));
    await expect(firstValueFrom(saveWithNote(save, askNote, FALLBACK))).resolves.toBe('saved');
    expect(notes).toEqual([undefined]);
    expect(askNote).not.toHaveBeenCalled();
  });

  it('should ask for a note with the "16/15" counts and send the same decision again with it', async () => {
    const { save, notes } = fakeSave([
      () => throwError(() => noteRequired({ tier: 'Giải A', target: 15, after: 16 })),
      () => of('saved with note'),
    ]);
    const askNote = jest.fn((_request: NoteRequest) =>
      of('  Hội đồng chung khảo thống nhất nâng giải.  '),
    );
    await expect(firstValueFrom(saveWithNote(save, askNote, FALLBACK))).resolves.toBe(
      'saved with note',
    );
    expect(askNote).toHaveBeenCalledWith({ tierLabel: 'Giải A', after: 16, target: 15 });
    expect(notes).toEqual([undefined, 'Hội đồng chung khảo thống nhất nâng giải.']);
  });

  it('should save nothing more when the organizer cancels or gives a blank note', async () => {
    for (const answer of [of(null), of('   '), EMPTY]) {
      const { save, notes } = fakeSave([
        () => throwError(() => noteRequired({ tier: 'Giải A', target: 15, after: 16 })),
      ]);
      await expect(firstValueFrom(saveWithNote(save, () => answer, FALLBACK))).resolves.toBeNull();
      expect(notes).toEqual([undefined]);
    }
  });

  it('should pass on any other failure without asking', async () => {
    const locked = new HttpErrorResponse({
      status: 409,
      error: { code: 'PRIZES_LOCKED', message: 'Đã khoá' },
    });
    const { save, notes } = fakeSave([() => throwError(() => locked)]);
    const askNote = jest.fn(() => of('note'));
    await expect(firstValueFrom(saveWithNote(save, askNote, FALLBACK))).rejects.toBe(locked);
    expect(askNote).not.toHaveBeenCalled();
    expect(notes).toEqual([undefined]);
  });

  it('should send a note it already has on the first try', async () => {
    const { save, notes } = fakeSave([() => of('saved')]);
    await firstValueFrom(saveWithNote(save, () => of(null), FALLBACK, 'Lý do đã ghi'));
    expect(notes).toEqual(['Lý do đã ghi']);
  });
});
