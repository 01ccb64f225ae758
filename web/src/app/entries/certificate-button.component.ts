import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { DownloadButtonComponent } from '../shared/download-button.component';
import { EntriesApi } from './entries-api';

/**
 * A winning entry's certificate (PDF, in the interface language) for whoever may have it: its
 * authors on their entries, the organizers on the results page.
 */
@Component({
  selector: 'pa-certificate-button',
  imports: [DownloadButtonComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-download-button
      [fetch]="fetch"
      [label]="'outcome.certificate' | t"
      [busyLabel]="'outcome.certificateLoading' | t"
      [ariaLabel]="label()"
      [testId]="testId()"
    />
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class CertificateButtonComponent {
  private readonly entries = inject(EntriesApi);
  private readonly i18n = inject(I18nService);

  readonly entryId = input.required<string>();
  /** An accessible name that says whose certificate, where several are listed. */
  readonly label = input<string>('');
  readonly testId = input('certificate-download');

  protected readonly fetch = () => this.entries.certificate(this.entryId(), this.i18n.lang());
}
