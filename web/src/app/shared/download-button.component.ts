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
import type { Observable } from 'rxjs';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { saveBlob } from '../results/download';
import type { DownloadedFile } from '../results/results-api';

/**
 * A button that fetches a generated document through the API client (the session, the language and
 * the error shape of every call) and hands it to the browser as a file: a certificate, a
 * registration form. Says it is working, shows a refusal beside itself, and its label wraps on a
 * narrow screen instead of spilling over its border.
 */
@Component({
  selector: 'pa-download-button',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-stroked-button
      type="button"
      class="pa-download"
      (click)="download()"
      [disabled]="downloading()"
      [attr.aria-label]="ariaLabel() || null"
      [attr.data-testid]="testId()"
    >
      {{ downloading() ? busyLabel() : label() }}
    </button>
    @if (error(); as failure) {
      <span class="pa-download__error" role="alert" [attr.data-testid]="testId() + '-error'">{{
        failure.message
      }}</span>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .pa-download {
      height: auto;
      min-height: 40px;
      padding-block: 6px;
      white-space: normal;
      line-height: 1.25;
      text-align: center;
    }
    .pa-download__error {
      flex-basis: 100%;
      font-size: 13px;
      color: var(--pa-error);
    }
    /* A printed page shows the document's data, not the button. */
    @media print {
      .pa-download {
        display: none;
      }
    }
  `,
})
export class DownloadButtonComponent {
  private readonly i18n = inject(I18nService);
  private readonly uiErrors = inject(UiErrors);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  /** Fetches the file (called on each click). */
  readonly fetch = input.required<() => Observable<DownloadedFile>>();
  readonly label = input.required<string>();
  readonly busyLabel = input.required<string>();
  /** A name that says whose document, where several are listed. */
  readonly ariaLabel = input('');
  readonly testId = input.required<string>();

  protected readonly downloading = signal(false);
  protected readonly error = signal<UiError | null>(null);

  protected download(): void {
    this.downloading.set(true);
    this.error.set(null);
    this.fetch()()
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
