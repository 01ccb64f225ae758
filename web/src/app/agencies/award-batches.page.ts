import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { AwardResponse, BatchResponse, BatchSummary } from '@press-award/contracts';
import { forkJoin, of } from 'rxjs';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { formatDate } from '../core/format/format';
import { AwardPageHeadComponent } from '../secretariat/award-page-head.component';
import { DownloadButtonComponent } from '../shared/download-button.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { StatusChipComponent } from '../shared/status-chip.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { AgenciesApi } from './agencies-api';
import { AgenciesTranslatePipe } from './agencies-i18n';
import { BatchEntriesTableComponent } from './batch-entries-table.component';

/**
 * The agencies' batches of one award as its organizers and secretaries receive them
 * (`/manage/awards/:awardId/batches`, docs/agencies.md): each batch's organization, covering letter
 * (downloadable) and how many of its entries are submitted; opening one shows its entries with their
 * status and receipt number, and its list (PDF).
 */
@Component({
  selector: 'pa-award-batches-page',
  imports: [
    MatButtonModule,
    AgenciesTranslatePipe,
    AwardPageHeadComponent,
    DownloadButtonComponent,
    BatchEntriesTableComponent,
    ErrorBannerComponent,
    StatusChipComponent,
    LoadingComponent,
    EmptyComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-award-page-head
      [awardId]="awardId()"
      [heading]="'staff.title' | agt"
      titleTestId="award-batches-title"
      [awardName]="award()?.name"
      [subtitle]="'staff.subtitle' | agt"
    >
      @if (award(); as current) {
        <pa-status-chip paAwardNameExtra [status]="current.status" />
      }
    </pa-award-page-head>

    @if (loading()) {
      <pa-loading />
    } @else if (loadError(); as failure) {
      <pa-error-banner
        [error]="failure"
        [retryable]="true"
        (retry)="reload()"
        testId="award-batches-load-error"
      />
    } @else if (batches().length === 0) {
      <pa-empty testId="award-batches-empty">
        <p>{{ 'staff.empty' | agt }}</p>
      </pa-empty>
    } @else {
      <div
        class="pa-table-wrap"
        tabindex="0"
        role="region"
        [attr.aria-label]="'staff.listLabel' | agt"
      >
        <table class="pa-table pa-table--cards" data-testid="award-batches">
          <thead>
            <tr>
              <th scope="col">{{ 'staff.organization' | agt }}</th>
              <th scope="col">{{ 'staff.batch' | agt }}</th>
              <th scope="col">{{ 'staff.letter' | agt }}</th>
              <th scope="col">{{ 'staff.entries' | agt }}</th>
              <th scope="col">{{ 'staff.actions' | agt }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.batch.id) {
              @let batch = row.batch;
              <tr data-testid="award-batch-row" [attr.data-batch-id]="batch.id">
                <td class="pa-wrap" data-testid="award-batch-organization">
                  <strong>{{ batch.organizationName }}</strong>
                </td>
                <td
                  class="pa-wrap"
                  [attr.data-label]="'staff.batch' | agt"
                  data-testid="award-batch-title"
                >
                  {{ batch.title }}
                </td>
                <td [attr.data-label]="'staff.letter' | agt" data-testid="award-batch-letter">
                  @if (batch.coveringLetter; as letter) {
                    <div class="pa-letter-cell">
                      <span>{{
                        'batches.letterLine'
                          | agt: { number: letter.number, date: formatDate(letter.issuedOn) }
                      }}</span>
                      <pa-download-button
                        [fetch]="row.fetchLetter"
                        [label]="'staff.letterDownload' | agt"
                        [ariaLabel]="
                          'staff.letterDownloadOf'
                            | agt: { number: letter.number, title: batch.title }
                        "
                        [busyLabel]="'batch.letterDownloading' | agt"
                        testId="award-batch-letter-download"
                      />
                    </div>
                  } @else {
                    <span class="pa-muted">{{ 'batches.noLetter' | agt }}</span>
                  }
                </td>
                <td [attr.data-label]="'staff.entries' | agt" data-testid="award-batch-progress">
                  {{
                    'staff.progress'
                      | agt: { submitted: batch.submittedCount, count: batch.entryCount }
                  }}
                </td>
                <td class="pa-table__action">
                  <button
                    mat-stroked-button
                    type="button"
                    [attr.aria-expanded]="openId() === batch.id"
                    aria-controls="award-batch-detail"
                    [attr.aria-label]="
                      'staff.openOf'
                        | agt: { title: batch.title, organization: batch.organizationName }
                    "
                    (click)="open(batch)"
                    data-testid="award-batch-open"
                  >
                    {{ 'staff.open' | agt }}
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      <div id="award-batch-detail">
        @if (openId()) {
          <section
            class="pa-card pa-section"
            aria-labelledby="award-batch-detail-heading"
            data-testid="award-batch-detail"
          >
            @if (detailLoading()) {
              <pa-loading />
            } @else if (detailError(); as failure) {
              <pa-error-banner
                [error]="failure"
                [retryable]="true"
                (retry)="reloadDetail()"
                testId="award-batch-detail-error"
              />
            } @else if (detail(); as batch) {
              <header class="pa-section-head">
                <h2 id="award-batch-detail-heading" tabindex="-1" #detailHeading>
                  {{
                    'staff.detailHeading'
                      | agt: { title: batch.title, organization: batch.organizationName }
                  }}
                </h2>
                <button mat-button type="button" (click)="close()" data-testid="award-batch-close">
                  {{ 'staff.close' | agt }}
                </button>
              </header>
              @if (batch.entries.length === 0) {
                <pa-empty testId="award-batch-entries-empty">
                  <p>{{ 'batch.noEntries' | agt }}</p>
                </pa-empty>
              } @else {
                <pa-batch-entries-table
                  [entries]="batch.entries"
                  labelledBy="award-batch-detail-heading"
                />
              }
              <div class="pa-actions">
                <pa-download-button
                  [fetch]="fetchList"
                  [label]="'staff.listDownload' | agt"
                  [busyLabel]="'batch.listBusy' | agt"
                  testId="award-batch-list-download"
                />
              </div>
            }
          </section>
        }
      </div>
    }
  `,
  styles: `
    .pa-wrap {
      overflow-wrap: anywhere;
    }
    .pa-letter-cell {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .pa-section-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
    }
    .pa-section-head h2 {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
})
export class AwardBatchesPage {
  private readonly agencies = inject(AgenciesApi);
  private readonly awards = inject(ApiClient);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Route parameter, bound by the router. */
  readonly awardId = input.required<string>();

  protected readonly formatDate = formatDate;
  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly batches = signal<BatchSummary[]>([]);
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) =>
      forkJoin({
        award: this.awards.award(awardId),
        batches: this.agencies.forAward(awardId),
      }),
    loaded: ({ award, batches }) => {
      this.award.set(award);
      this.batches.set(batches);
      this.openId.set(null);
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;
  /** Each batch with its letter's download, made once per load (the button keeps its function). */
  protected readonly rows = computed(() =>
    this.batches().map((batch) => ({
      batch,
      fetchLetter: () => this.agencies.letter(batch.id),
    })),
  );

  /** The batch whose entries are shown, if any. */
  protected readonly openId = signal<string | null>(null);
  protected readonly detail = signal<BatchResponse | null>(null);
  private readonly detailLoad = loadOnInput({
    params: () => this.openId(),
    request: (batchId: string | null) => (batchId ? this.agencies.get(batchId) : of(null)),
    loaded: (batch) => {
      this.detail.set(batch);
      if (batch)
        afterNextRender(() => this.detailHeading()?.nativeElement.focus(), {
          injector: this.injector,
        });
    },
  });
  protected readonly detailLoading = this.detailLoad.loading;
  protected readonly detailError = this.detailLoad.error;
  private readonly detailHeading = viewChild<ElementRef<HTMLElement>>('detailHeading');

  protected reload(): void {
    this.page.reload();
  }

  protected reloadDetail(): void {
    this.detailLoad.reload();
  }

  protected open(batch: BatchSummary): void {
    if (this.openId() === batch.id) {
      this.detailHeading()?.nativeElement.focus();
      return;
    }
    this.detail.set(null);
    this.openId.set(batch.id);
  }

  protected close(): void {
    const closing = this.openId();
    this.openId.set(null);
    this.detail.set(null);
    // Back to the button that opened it, so the keyboard user keeps their place.
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(
            `[data-batch-id="${closing}"] [data-testid="award-batch-open"]`,
          )
          ?.focus(),
      { injector: this.injector },
    );
  }

  /** The list of the open batch (the button shows only while one is open). */
  protected readonly fetchList = () => this.agencies.list(this.openId() ?? '');
}
