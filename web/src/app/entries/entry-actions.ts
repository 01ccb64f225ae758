import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { EntryResponse } from '@press-award/contracts';
import { filter, switchMap, tap, type Observable } from 'rxjs';
import type { TranslationKey } from '../core/i18n/dictionary.vi';
import { I18nService } from '../core/i18n/i18n.service';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { EntriesApi } from './entries-api';

/**
 * What the editor and "my entries" both do to an entry after asking: withdraw it or delete it, then
 * say so. A declined question completes without a value; a refusal is the caller's to show.
 */
@Injectable({ providedIn: 'root' })
export class EntryActions {
  private readonly api = inject(EntriesApi);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  withdraw(entry: Pick<EntryResponse, 'id' | 'title'>): Observable<EntryResponse> {
    return this.confirm({
      title: this.i18n.t('entry.withdrawConfirmTitle'),
      text: this.i18n.t('entry.withdrawConfirmText', { title: entry.title }),
      confirmLabel: this.i18n.t('entry.withdraw'),
      danger: true,
    }).pipe(
      switchMap(() => this.api.withdraw(entry.id)),
      tap(() => this.done('entry.withdrawn')),
    );
  }

  remove(entry: Pick<EntryResponse, 'id' | 'title'>): Observable<void> {
    return this.confirm({
      title: this.i18n.t('entry.deleteConfirmTitle'),
      text: this.i18n.t('entry.deleteConfirmText', { title: entry.title }),
      confirmLabel: this.i18n.t('common.delete'),
      danger: true,
    }).pipe(
      switchMap(() => this.api.remove(entry.id)),
      tap(() => this.done('entry.deleted')),
    );
  }

  /** The yes/no question: emits once on yes, completes without a value otherwise. */
  confirm(data: ConfirmDialogData): Observable<true> {
    return this.dialog
      .open(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(filter((answer): answer is true => answer === true));
  }

  private done(message: TranslationKey): void {
    this.snackBar.open(this.i18n.t(message), undefined, { duration: 3000 });
  }
}
