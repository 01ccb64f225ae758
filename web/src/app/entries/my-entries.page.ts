import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import type { EntryResponse, PublicAwardResponse } from '@press-award/contracts';
import { catchError, forkJoin, map, of } from 'rxjs';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { loadOnInput } from '../core/api/load-on-input';
import { UiErrors } from '../core/api/ui-errors';
import { PaDateTimePipe } from '../core/format/format.pipes';
import { mediaKey } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { EntriesApi } from './entries-api';
import { EntryActions } from './entry-actions';
import { acceptsEntries } from './entry-form.model';
import { EntryOutcomeComponent } from './entry-outcome.component';
import { EntryProvenanceComponent } from './entry-provenance.component';
import { EntryStatusChipComponent } from './entry-status-chip.component';

/**
 * "Tác phẩm của tôi": every entry of the signed-in user, newest first, with what can be done now,
 * the prize once the award is published (and its certificate) and where a forwarded work came from.
 */
@Component({
  selector: 'pa-my-entries-page',
  imports: [
    RouterLink,
    MatButtonModule,
    TranslatePipe,
    PaDateTimePipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    EntryStatusChipComponent,
    EntryOutcomeComponent,
    EntryProvenanceComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="pa-page-head">
      <div>
        <h1 data-testid="my-entries-title">{{ 'myEntries.title' | t }}</h1>
        <p class="pa-muted">{{ 'myEntries.subtitle' | t }}</p>
      </div>
    </header>

    <pa-error-banner [error]="error()" [retryable]="!entries().length" (retry)="load()" />

    @if (loading()) {
      <pa-loading />
    } @else if (entries().length === 0) {
      @if (!error()) {
        <pa-empty testId="my-entries-empty">
          <p>{{ 'myEntries.empty' | t }}</p>
          <p>{{ 'myEntries.emptyHint' | t }}</p>
          <a mat-stroked-button routerLink="/">{{ 'common.backHome' | t }}</a>
        </pa-empty>
      }
    } @else {
      <div class="pa-card pa-table-wrap" tabindex="0">
        <table class="pa-table pa-table--cards" data-testid="my-entries">
          <thead>
            <tr>
              <th scope="col">{{ 'myEntries.entryTitle' | t }}</th>
              <th scope="col">{{ 'myEntries.award' | t }}</th>
              <th scope="col">{{ 'myEntries.status' | t }}</th>
              <th scope="col">{{ 'myEntries.prize' | t }}</th>
              <th scope="col">{{ 'myEntries.receiptNumber' | t }}</th>
              <th scope="col">{{ 'myEntries.updatedAt' | t }}</th>
              <th scope="col">{{ 'myEntries.actions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of sorted(); track entry.id) {
              <tr
                data-testid="my-entry-row"
                [attr.data-entry-id]="entry.id"
                [attr.data-award-id]="entry.awardId"
                [attr.data-status]="entry.status"
              >
                <td>
                  <a [routerLink]="['/entries', entry.id]" data-testid="my-entry-title">{{
                    entry.title
                  }}</a>
                  <div class="pa-muted pa-small">{{ mediaKey(entry.mediaType) | t }}</div>
                  <pa-entry-provenance [provenance]="entry.provenance" />
                </td>
                <td data-testid="my-entry-award" [attr.data-label]="'myEntries.award' | t">
                  {{ awardName(entry.awardId) }}
                </td>
                <td [attr.data-label]="'myEntries.status' | t">
                  <pa-entry-status-chip [status]="entry.status" />
                </td>
                <td [attr.data-label]="'myEntries.prize' | t">
                  <pa-entry-outcome [entryId]="entry.id" [outcome]="entry.outcome" />
                </td>
                <td [attr.data-label]="'myEntries.receiptNumber' | t">
                  @if (entry.receiptNumber) {
                    <a
                      [routerLink]="['/entries', entry.id, 'receipt']"
                      data-testid="my-entry-receipt"
                      >{{ entry.receiptNumber }}</a
                    >
                  }
                </td>
                <td class="pa-nowrap" [attr.data-label]="'myEntries.updatedAt' | t">
                  {{ entry.updatedAt | paDateTime }}
                </td>
                <td class="pa-nowrap pa-table__action">
                  <a mat-button [routerLink]="['/entries', entry.id]" data-testid="my-entry-edit">{{
                    (entry.status === 'submitted' || !accepting(entry)
                      ? 'myEntries.view'
                      : 'common.edit'
                    ) | t
                  }}</a>
                  @if (entry.status === 'submitted' && accepting(entry)) {
                    <button
                      mat-button
                      type="button"
                      class="pa-danger"
                      (click)="withdraw(entry)"
                      data-testid="my-entry-withdraw"
                    >
                      {{ 'entry.withdraw' | t }}
                    </button>
                  }
                  @if (entry.status === 'draft') {
                    <button
                      mat-button
                      type="button"
                      class="pa-danger"
                      (click)="remove(entry)"
                      data-testid="my-entry-delete"
                    >
                      {{ 'common.delete' | t }}
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .pa-small {
      font-size: 12px;
    }
    .pa-nowrap {
      white-space: nowrap;
    }
  `,
})
export class MyEntriesPage {
  private readonly entriesApi = inject(EntriesApi);
  private readonly publicApi = inject(ApiClient);
  private readonly uiErrors = inject(UiErrors);
  private readonly actions = inject(EntryActions);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly mediaKey = mediaKey;
  protected readonly entries = signal<EntryResponse[]>([]);
  protected readonly awards = signal<ReadonlyMap<string, PublicAwardResponse>>(new Map());
  private readonly page = loadOnInput({
    params: () => null,
    request: () =>
      forkJoin({
        entries: this.entriesApi.mine(),
        // Award names are a nicety: the list still shows if they cannot be loaded.
        awards: this.publicApi.publicAwards(1, 200).pipe(
          map((page) => page.items),
          catchError(() => of([] as PublicAwardResponse[])),
        ),
      }),
    loaded: ({ entries, awards }) => {
      this.entries.set(entries);
      this.awards.set(new Map(awards.map((award) => [award.id, award])));
    },
  });
  protected readonly loading = this.page.loading;
  /** A refused withdrawal or deletion; cleared by loading again. */
  private readonly actionError = signal<UiError | null>(null);
  protected readonly error = computed(() => this.actionError() ?? this.page.error());
  protected readonly sorted = computed(() =>
    [...this.entries()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  );

  protected load(): void {
    this.actionError.set(null);
    this.page.reload();
  }

  protected awardName(awardId: string): string {
    return this.awards().get(awardId)?.name ?? '';
  }

  /** Withdrawing needs the award open and before its deadline (unknown award: let the server say). */
  protected accepting(entry: EntryResponse): boolean {
    const award = this.awards().get(entry.awardId);
    return !award || acceptsEntries(award.status, award.rules);
  }

  protected withdraw(entry: EntryResponse): void {
    this.actions
      .withdraw(entry)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (withdrawn) =>
          this.entries.update((entries) =>
            entries.map((item) => (item.id === withdrawn.id ? withdrawn : item)),
          ),
        error: (failure: unknown) => this.actionError.set(this.uiErrors.from(failure)),
      });
  }

  protected remove(entry: EntryResponse): void {
    this.actions
      .remove(entry)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () =>
          this.entries.update((entries) => entries.filter((item) => item.id !== entry.id)),
        error: (failure: unknown) => this.actionError.set(this.uiErrors.from(failure)),
      });
  }
}
