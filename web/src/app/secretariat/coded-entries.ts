import { Injectable, inject } from '@angular/core';
import { map, type Observable } from 'rxjs';
import type { BoardEntry } from './board.model';
import { SecretariatApi, type ScreeningEntry } from './secretariat-api';

/** Eligible entries with their blind codes: what rounds and the assignment board work with. */
export function toCodedEntries(
  entries: readonly ScreeningEntry[],
  codes: ReadonlyMap<string, string>,
): BoardEntry[] {
  return entries.flatMap((entry) => {
    const code = entry.code ?? codes.get(entry.id);
    return code
      ? [{ id: entry.id, code, categoryId: entry.categoryId, categoryCode: entry.categoryCode }]
      : [];
  });
}

@Injectable({ providedIn: 'root' })
export class CodedEntries {
  private readonly api = inject(SecretariatApi);

  /** Eligible entries that have their blind code (the queue carries it). Reading never issues codes. */
  load(awardId: string): Observable<BoardEntry[]> {
    return this.api
      .allWithStatus(awardId, 'eligible')
      .pipe(map((entries) => toCodedEntries(entries, new Map())));
  }
}
