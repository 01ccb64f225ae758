import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { BatchEntryResponse } from '@press-award/contracts';
import { EntryStatusChipComponent } from '../entries/entry-status-chip.component';
import { AgenciesTranslatePipe } from './agencies-i18n';

/**
 * The entries of one batch — title, category, authors with pen names, status, receipt number — as
 * its organization (titles link to the entry form) and the award's staff (plain titles) see them;
 * one card per entry on a phone.
 */
@Component({
  selector: 'pa-batch-entries-table',
  imports: [RouterLink, AgenciesTranslatePipe, EntryStatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="pa-table-wrap" tabindex="0" role="region" [attr.aria-labelledby]="labelledBy()">
      <table class="pa-table pa-table--cards" data-testid="batch-entries">
        <thead>
          <tr>
            <th scope="col">{{ 'batch.entryTitle' | agt }}</th>
            <th scope="col">{{ 'batch.category' | agt }}</th>
            <th scope="col">{{ 'batch.authors' | agt }}</th>
            <th scope="col">{{ 'batch.status' | agt }}</th>
            <th scope="col">{{ 'batch.receipt' | agt }}</th>
          </tr>
        </thead>
        <tbody>
          @for (entry of entries(); track entry.id) {
            <tr
              data-testid="batch-entry-row"
              [attr.data-entry-id]="entry.id"
              [attr.data-status]="entry.status"
            >
              <td class="pa-wrap">
                @if (linkEntries()) {
                  <a [routerLink]="['/entries', entry.id]" data-testid="batch-entry-title">{{
                    entry.title
                  }}</a>
                } @else {
                  <strong data-testid="batch-entry-title">{{ entry.title }}</strong>
                }
              </td>
              <td class="pa-wrap" [attr.data-label]="'batch.category' | agt">
                {{ entry.categoryName }}
              </td>
              <td class="pa-wrap" [attr.data-label]="'batch.authors' | agt">
                {{ authorsText(entry.authors) }}
              </td>
              <td [attr.data-label]="'batch.status' | agt">
                <pa-entry-status-chip [status]="entry.status" />
              </td>
              <td [attr.data-label]="'batch.receipt' | agt" data-testid="batch-entry-receipt">
                @if (entry.receiptNumber) {
                  {{ entry.receiptNumber }}
                } @else {
                  <span class="pa-muted">{{ 'batch.noReceipt' | agt }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .pa-wrap {
      overflow-wrap: anywhere;
    }
  `,
})
export class BatchEntriesTableComponent {
  readonly entries = input.required<readonly BatchEntryResponse[]>();
  /** The id of the heading that names the table's scrolling region. */
  readonly labelledBy = input.required<string>();
  /** The organization opens its entries; the award's staff read them here. */
  readonly linkEntries = input(false);

  protected authorsText(authors: BatchEntryResponse['authors']): string {
    return authors
      .map((author) =>
        author.penName ? `${author.fullName} (${author.penName})` : author.fullName,
      )
      .join(', ');
  }
}
