import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { EntryOutcome } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { saveBlob } from '../results/download';
import { EntriesApi } from './entries-api';
import { outcomeView } from './entry-outcome.model';

/**
 * The prize of an entry once its award is published: a chip with the tier ("Giải A"), or "Thu hồi
 * giải" / "Đã rút" after a complaint, and the certificate download while the prize stands. Shows
 * nothing for `null`, which is all the API sends before publication.
 */
@Component({
  selector: 'pa-entry-outcome',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view(); as prize) {
      <span
        class="pa-outcome"
        data-testid="entry-outcome"
        [attr.data-standing]="prize.standing"
        [attr.data-tier]="outcome()?.tierCode ?? ''"
      >
        <span [class]="'pa-chip pa-chip--prize-' + prize.standing" data-testid="entry-prize">{{
          prize.chip
        }}</span>
        @if (prize.detail) {
          <span
            class="pa-outcome__detail"
            [class.pa-outcome__detail--lost]="prize.standing !== 'awarded'"
            data-testid="entry-prize-detail"
            >{{ prize.detail }}</span
          >
        }
        @if (prize.certificate) {
          <button
            mat-stroked-button
            type="button"
            (click)="download()"
            [disabled]="downloading()"
            data-testid="certificate-download"
          >
            {{ (downloading() ? 'outcome.certificateLoading' : 'outcome.certificate') | t }}
          </button>
        }
        @if (error(); as failure) {
          <span class="pa-outcome__error" role="alert" data-testid="certificate-error">{{
            failure.message
          }}</span>
        }
      </span>
    }
  `,
  styles: `
    .pa-outcome {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 8px;
    }
    .pa-chip--prize-awarded {
      background: #fff4cc;
      color: #6b4a00;
      border: 1px solid var(--pa-gold);
    }
    .pa-chip--prize-revoked,
    .pa-chip--prize-withdrawn {
      background: #ececec;
      color: #444;
    }
    .pa-outcome__detail {
      font-size: 13px;
      color: var(--pa-muted);
    }
    .pa-outcome__detail--lost {
      text-decoration: line-through;
    }
    .pa-outcome__error {
      flex-basis: 100%;
      font-size: 13px;
      color: var(--pa-error);
    }
    /* A printed receipt shows the prize, not the button. */
    @media print {
      button {
        display: none;
      }
    }
  `,
})
export class EntryOutcomeComponent {
  private readonly entries = inject(EntriesApi);
  private readonly i18n = inject(I18nService);
  private readonly uiErrors = inject(UiErrors);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  readonly entryId = input.required<string>();
  readonly outcome = input<EntryOutcome | null | undefined>(null);

  /** Re-reads the language too: `i18n.t` tracks it. */
  protected readonly view = computed(() => outcomeView(this.outcome(), this.i18n));
  protected readonly downloading = signal(false);
  protected readonly error = signal<UiError | null>(null);

  protected download(): void {
    this.downloading.set(true);
    this.error.set(null);
    this.entries
      .certificate(this.entryId(), this.i18n.lang())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          saveBlob(this.document, file.blob, file.fileName);
          this.downloading.set(false);
          this.snackBar.open(
            this.i18n.t('outcome.certificateDone', { file: file.fileName }),
            undefined,
            {
              duration: 3000,
            },
          );
        },
        error: (failure: unknown) => {
          this.downloading.set(false);
          this.error.set(this.uiErrors.from(failure));
        },
      });
  }
}
