import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { AwardResponse } from '@press-award/contracts';
import { filter, switchMap, tap } from 'rxjs';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { PaDateTimePipe, PaNumberPipe } from '../core/format/format.pipes';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { StatusChipComponent } from '../shared/status-chip.component';
import { ExportsPanelComponent } from './exports-panel.component';
import { ResultsApi, type PublishResponse } from './results-api';
import { ResultsI18n, ResultsTranslatePipe } from './results-i18n';

/**
 * Closing and publication of an award's results: the organizer marks the prizes decided, then
 * publishes them (a frozen snapshot, every entrant notified); the results files sit underneath.
 * The award's new state goes back up through `awardChange`.
 */
@Component({
  selector: 'pa-publication-panel',
  imports: [
    RouterLink,
    MatButtonModule,
    ResultsTranslatePipe,
    PaNumberPipe,
    PaDateTimePipe,
    ErrorBannerComponent,
    StatusChipComponent,
    ExportsPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './publication-panel.component.html',
  styles: `
    :host {
      display: block;
    }
    .pa-hash {
      word-break: break-all;
    }
  `,
})
export class PublicationPanelComponent {
  private readonly api = inject(ResultsApi);
  private readonly awards = inject(ApiClient);
  private readonly uiErrors = inject(UiErrors);
  private readonly rt = inject(ResultsI18n);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  readonly award = input.required<AwardResponse>();
  readonly canManage = input.required<boolean>();
  /** Prize choices not saved yet in the ranking: they block closing and publication. */
  readonly unsavedCount = input.required<number>();
  readonly awardChange = output<AwardResponse>();

  protected readonly busy = signal(false);
  protected readonly actionError = signal<UiError | null>(null);
  protected readonly publication = signal<PublishResponse | null>(null);

  private confirm(data: ConfirmDialogData) {
    return this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true));
  }

  protected decide(): void {
    const award = this.award();
    this.actionError.set(null);
    this.confirm({
      title: this.rt.t('actions.decideTitle'),
      text: this.rt.t('actions.decideText', { name: award.name }),
      confirmLabel: this.rt.t('actions.decide'),
    })
      .pipe(
        tap(() => this.busy.set(true)),
        switchMap(() => this.awards.changeStatus(award.id, 'decided')),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.awardChange.emit(updated);
          this.snackBar.open(this.rt.t('actions.decided'), undefined, { duration: 3000 });
        },
        error: (failure: unknown) => {
          this.busy.set(false);
          this.actionError.set(this.uiErrors.from(failure));
        },
      });
  }

  protected publish(): void {
    const award = this.award();
    this.actionError.set(null);
    this.confirm({
      title: this.rt.t('actions.publishTitle'),
      text: this.rt.t('actions.publishText', { name: award.name }),
      warning: this.rt.t('actions.publishWarning'),
      confirmLabel: this.rt.t('actions.publish'),
      danger: true,
    })
      .pipe(
        tap(() => this.busy.set(true)),
        switchMap(() => this.api.publish(award.id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (publication) => {
          this.busy.set(false);
          this.publication.set(publication);
          // The publication endpoint answers with the snapshot, not the award: its new state is known.
          this.awardChange.emit({ ...this.award(), status: 'published', allowedTransitions: [] });
          this.snackBar.open(this.rt.t('actions.published'), undefined, { duration: 3000 });
        },
        error: (failure: unknown) => {
          this.busy.set(false);
          this.actionError.set(this.uiErrors.from(failure));
        },
      });
  }
}
