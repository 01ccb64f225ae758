import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type { ScreeningFinding } from '@press-award/contracts';
import { MatButtonModule } from '@angular/material/button';
import { PaBytesPipe, PaDatePipe, PaDateTimePipe } from '../core/format/format.pipes';
import { authorRoleKey, fileKindKey, languageKey } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { fileContentUrl } from '../entries/entries-api';
import { EntryProvenanceComponent } from '../entries/entry-provenance.component';
import { EntryStatusChipComponent } from '../entries/entry-status-chip.component';
import { ScreeningDecisionFormComponent } from './screening-decision-form.component';
import { decisionKey, findingHint, findingKeys } from './screening.model';
import type { ScreeningEntry } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/**
 * The screening queue's detail panel for one entry: what was filed (parts, authors, files), the
 * system's findings, the decision form and the decisions so far.
 */
@Component({
  selector: 'pa-screening-entry-drawer',
  imports: [
    MatButtonModule,
    TranslatePipe,
    SecretariatTranslatePipe,
    PaDatePipe,
    PaDateTimePipe,
    PaBytesPipe,
    EntryStatusChipComponent,
    EntryProvenanceComponent,
    ScreeningDecisionFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  templateUrl: './screening-entry-drawer.component.html',
  styleUrl: './screening-entry-drawer.component.scss',
})
export class ScreeningEntryDrawerComponent {
  private readonly st = inject(SecretariatI18n);

  readonly entry = input.required<ScreeningEntry>();
  /** Receipt numbers of the queue's entries, to name the entries a finding relates to. */
  readonly receiptById = input.required<ReadonlyMap<string, string>>();
  /** Changes each time the page opens an entry: the decision form starts again. */
  readonly openedAt = input.required<number>();
  readonly decided = output<ScreeningEntry>();
  readonly closed = output<void>();

  protected readonly authorRoleKey = authorRoleKey;
  protected readonly fileKindKey = fileKindKey;
  protected readonly languageKey = languageKey;
  protected readonly findingKeys = findingKeys;
  protected readonly decisionKey = decisionKey;
  protected readonly fileUrl = fileContentUrl;

  protected findingHint(finding: ScreeningFinding): string {
    return findingHint(finding, this.receiptById(), (key, params) => this.st.t(key, params));
  }
}
