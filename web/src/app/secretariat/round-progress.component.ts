import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { RoundProgressResponse, RoundStatus } from '@press-award/contracts';
import { filter, switchMap } from 'rxjs';
import { UiErrors } from '../core/api/ui-errors';
import type { UiError } from '../core/api/api-error';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { SecretariatApi } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/** The organizer's view of a round: open/close it, who has submitted how much, reminders. */
@Component({
  selector: 'pa-round-progress',
  imports: [MatButtonModule, SecretariatTranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="pa-card pa-section"
      aria-labelledby="progress-heading"
      data-testid="round-progress"
    >
      <header class="pa-progress__head">
        <h2 id="progress-heading">{{ 'progress.title' | st }}</h2>
        <span data-testid="round-status" [attr.data-status]="status()">{{
          'progress.status' | st: { status: statusLabel() }
        }}</span>
        @if (canEdit()) {
          @if (status() === 'draft') {
            <button
              mat-flat-button
              type="button"
              (click)="setStatus('open')"
              [disabled]="busy()"
              data-testid="round-open"
            >
              {{ 'progress.open' | st }}
            </button>
          } @else if (status() === 'open') {
            <button
              mat-stroked-button
              type="button"
              (click)="confirmClose()"
              [disabled]="busy()"
              data-testid="round-close"
            >
              {{ 'progress.close' | st }}
            </button>
            <button
              mat-stroked-button
              type="button"
              (click)="remind()"
              [disabled]="busy() || !anyBehind()"
              data-testid="round-remind"
            >
              {{ 'progress.remind' | st }}
            </button>
          }
        }
      </header>
      <pa-error-banner [error]="error()" testId="progress-error" />
      @if (progress(); as current) {
        @if (current.totals.assigned === 0) {
          <p class="pa-muted" data-testid="progress-empty">{{ 'progress.empty' | st }}</p>
        } @else {
          <p data-testid="progress-totals">
            {{
              'progress.totals'
                | st: { submitted: current.totals.submitted, assigned: current.totals.assigned }
            }}
            ·
            {{ 'progress.missing' | st: { count: current.entriesMissingScores.length } }}
          </p>
          <table class="pa-table" data-testid="progress-judges">
            <thead>
              <tr>
                <th scope="col">{{ 'progress.judge' | st }}</th>
                <th scope="col">{{ 'progress.submitted' | st }}</th>
                <th scope="col">{{ 'progress.drafts' | st }}</th>
                <th scope="col">{{ 'progress.pace' | st }}</th>
              </tr>
            </thead>
            <tbody>
              @for (judge of current.judges; track judge.judgeId) {
                <tr data-testid="progress-judge" [attr.data-behind]="judge.behind">
                  <td>{{ judge.judgeName }}</td>
                  <td>{{ judge.submitted }}/{{ judge.assigned }}</td>
                  <td>{{ judge.drafts }}</td>
                  <td>
                    @if (judge.behind) {
                      <span class="pa-chip pa-chip--entry-needs_revision">{{
                        'progress.behind' | st
                      }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    </section>
  `,
  styles: `
    .pa-progress__head {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
    }
    .pa-progress__head h2 {
      margin: 0 auto 0 0;
    }
    table {
      width: 100%;
      margin-top: 8px;
    }
  `,
})
export class RoundProgressComponent {
  readonly roundId = input.required<string>();
  readonly status = input.required<RoundStatus>();
  readonly canEdit = input(false);
  readonly statusChanged = output<void>();

  private readonly api = inject(SecretariatApi);
  private readonly uiErrors = inject(UiErrors);
  private readonly st = inject(SecretariatI18n);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly progress = signal<RoundProgressResponse | null>(null);
  protected readonly error = signal<UiError | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      const roundId = this.roundId();
      this.status();
      this.api
        .progress(roundId)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (value) => this.progress.set(value),
          error: (failure: unknown) => this.error.set(this.uiErrors.from(failure)),
        });
    });
  }

  protected statusLabel(): string {
    return this.st.t(`progress.roundStatus.${this.status()}`);
  }

  protected anyBehind(): boolean {
    return (this.progress()?.judges ?? []).some((judge) => judge.behind);
  }

  protected confirmClose(): void {
    const data: ConfirmDialogData = {
      title: this.st.t('progress.closeTitle'),
      text: this.st.t('progress.closeText'),
      confirmLabel: this.st.t('progress.close'),
      danger: true,
    };
    this.dialog
      .open(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => this.setStatus('closed'));
  }

  protected setStatus(status: 'open' | 'closed'): void {
    this.busy.set(true);
    this.error.set(null);
    this.api
      .setRoundStatus(this.roundId(), status)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.statusChanged.emit();
        },
        error: (failure: unknown) => {
          this.busy.set(false);
          this.error.set(this.uiErrors.from(failure));
        },
      });
  }

  protected remind(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api
      .remind(this.roundId())
      .pipe(
        switchMap((result) => {
          this.snackBar.open(
            this.st.t('progress.reminded', { count: result.reminded }),
            undefined,
            { duration: 4000 },
          );
          return this.api.progress(this.roundId());
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (value) => {
          this.busy.set(false);
          this.progress.set(value);
        },
        error: (failure: unknown) => {
          this.busy.set(false);
          this.error.set(this.uiErrors.from(failure));
        },
      });
  }
}
