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
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { AwardResponse, AwardStatus } from '@press-award/contracts';
import { filter, switchMap, tap } from 'rxjs';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { statusKey, transitionKey } from '../core/i18n/labels';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { StatusChipComponent } from '../shared/status-chip.component';

/** One button per legal next status (from the server's `allowedTransitions`), each confirmed first. */
@Component({
  selector: 'pa-status-actions',
  imports: [MatButtonModule, TranslatePipe, ErrorBannerComponent, StatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = award();
    <p>{{ 'award.status' | t }}: <pa-status-chip [status]="current.status" /></p>
    <pa-error-banner [error]="error()" [unmatched]="error()?.details ?? []" testId="status-error" />
    @if (current.allowedTransitions.length) {
      <div class="pa-actions" data-testid="status-actions">
        @for (next of current.allowedTransitions; track next) {
          <button
            mat-stroked-button
            type="button"
            [disabled]="busy()"
            (click)="change(next)"
            [attr.data-testid]="'status-action-' + next"
          >
            {{ transitionKey(current.status, next) | t }}
          </button>
        }
      </div>
    } @else {
      <p class="pa-muted" data-testid="status-final">{{ 'statusActions.none' | t }}</p>
    }
  `,
})
export class StatusActionsComponent {
  private readonly api = inject(ApiClient);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  readonly award = input.required<AwardResponse>();
  readonly changed = output<AwardResponse>();

  protected readonly busy = signal(false);
  protected readonly error = signal<UiError | null>(null);
  protected readonly transitionKey = transitionKey;

  protected change(next: AwardStatus): void {
    const award = this.award();
    const data: ConfirmDialogData = {
      title: this.i18n.t('transition.confirmTitle'),
      text: this.i18n.t('transition.confirmText', {
        name: award.name,
        from: this.i18n.t(statusKey(award.status)),
        to: this.i18n.t(statusKey(next)),
      }),
      warning: next === 'published' ? this.i18n.t('transition.publishWarning') : undefined,
      confirmLabel: this.i18n.t(transitionKey(award.status, next)),
      danger: next === 'published',
    };
    this.error.set(null);
    this.dialog
      .open(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(
        filter(Boolean),
        tap(() => this.busy.set(true)),
        switchMap(() => this.api.changeStatus(award.id, next)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.changed.emit(updated);
        },
        error: (failure: unknown) => {
          this.error.set(this.uiErrors.from(failure));
          this.busy.set(false);
        },
      });
  }
}
