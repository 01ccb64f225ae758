import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { saveBlob } from '../results/download';
import { EntriesApi } from './entries-api';

/**
 * Downloads a winning entry's certificate (PDF, in the interface language) for whoever may have it:
 * its authors on their entries, the organizers on the results page. The label wraps inside the
 * button on a narrow screen instead of spilling over its border.
 */
@Component({
  selector: 'pa-certificate-button',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-stroked-button
      type="button"
      class="pa-certificate"
      (click)="download()"
      [disabled]="downloading()"
      [attr.aria-label]="label() || null"
      [attr.data-testid]="testId()"
    >
      {{ (downloading() ? 'outcome.certificateLoading' : 'outcome.certificate') | t }}
    </button>
    @if (error(); as failure) {
      <span class="pa-certificate__error" role="alert" data-testid="certificate-error">{{
        failure.message
      }}</span>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .pa-certificate {
      height: auto;
      min-height: 40px;
      padding-block: 6px;
      white-space: normal;
      line-height: 1.25;
      text-align: center;
    }
    .pa-certificate__error {
      flex-basis: 100%;
      font-size: 13px;
      color: var(--pa-error);
    }
    /* A printed page shows the prize, not the button. */
    @media print {
      .pa-certificate {
        display: none;
      }
    }
  `,
})
export class CertificateButtonComponent {
  private readonly entries = inject(EntriesApi);
  private readonly i18n = inject(I18nService);
  private readonly uiErrors = inject(UiErrors);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  readonly entryId = input.required<string>();
  /** An accessible name that says whose certificate, where several are listed. */
  readonly label = input<string>('');
  readonly testId = input('certificate-download');

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
            { duration: 3000 },
          );
        },
        error: (failure: unknown) => {
          this.downloading.set(false);
          this.error.set(this.uiErrors.from(failure));
        },
      });
  }
}
