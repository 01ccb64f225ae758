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
import { RESULT_EXPORT_FORMATS, type ResultExportFormat } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { saveBlob } from './download';
import { ResultsApi } from './results-api';
import { ResultsI18n, ResultsTranslatePipe } from './results-i18n';
import type { ResultsKey } from './results.vi';

const EXPORT_KEYS: Record<ResultExportFormat, ResultsKey> = {
  xlsx: 'export.xlsx',
  csv: 'export.csv',
  pdf: 'export.pdf',
};

/** The results files of an award (XLSX, CSV, PDF) in the current UI language, one download at a time. */
@Component({
  selector: 'pa-exports-panel',
  imports: [MatButtonModule, ResultsTranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>{{ 'export.title' | rt }}</h3>
    <pa-error-banner [error]="exportError()" testId="export-error" />
    <div class="pa-actions" role="group" [attr.aria-label]="'export.title' | rt">
      @for (format of exportFormats; track format) {
        <button
          mat-stroked-button
          type="button"
          (click)="exportAs(format)"
          [disabled]="exporting() !== null"
          [attr.aria-busy]="exporting() === format"
          [attr.data-testid]="'export-' + format"
        >
          {{ exportKeys[format] | rt }}
        </button>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class ExportsPanelComponent {
  private readonly api = inject(ResultsApi);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly rt = inject(ResultsI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  readonly awardId = input.required<string>();

  protected readonly exportFormats = RESULT_EXPORT_FORMATS;
  protected readonly exportKeys = EXPORT_KEYS;
  protected readonly exporting = signal<ResultExportFormat | null>(null);
  protected readonly exportError = signal<UiError | null>(null);

  protected exportAs(format: ResultExportFormat): void {
    this.exporting.set(format);
    this.exportError.set(null);
    this.api
      .export(this.awardId(), format, this.i18n.lang())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          saveBlob(this.document, file.blob, file.fileName);
          this.exporting.set(null);
          this.snackBar.open(this.rt.t('export.done', { file: file.fileName }), undefined, {
            duration: 3000,
          });
        },
        error: (failure: unknown) => {
          this.exporting.set(null);
          this.exportError.set(this.uiErrors.from(failure));
        },
      });
  }
}
