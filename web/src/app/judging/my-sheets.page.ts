import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import type { JudgeAssignmentResponse } from '@press-award/contracts';
import { loadOnInput } from '../core/api/load-on-input';
import { PaNumberPipe } from '../core/format/format.pipes';
import { mediaKey } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { CouncilProgressComponent } from './council-progress.component';
import { JudgingApi } from './judging-api';
import { JudgingTranslatePipe } from './judging-i18n';
import { groupByRound, sheetState, type SheetState } from './score.model';
import type { JudgingKey } from './judging.vi';

/** "Phiếu chấm của tôi" (`/judging`): the judge's assignments by round, with status and progress. */
@Component({
  selector: 'pa-my-sheets-page',
  imports: [
    RouterLink,
    MatButtonModule,
    TranslatePipe,
    JudgingTranslatePipe,
    PaNumberPipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    CouncilProgressComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="pa-page-head">
      <div>
        <h1 data-testid="judging-title">{{ 'list.title' | jt }}</h1>
        <p class="pa-muted">{{ 'list.subtitle' | jt }}</p>
      </div>
      @if (!loading()) {
        <button mat-stroked-button type="button" (click)="load()" data-testid="judging-refresh">
          {{ 'list.refresh' | jt }}
        </button>
      }
    </header>

    <pa-error-banner
      [error]="error()"
      [retryable]="true"
      (retry)="load()"
      testId="judging-load-error"
    />

    @if (loading()) {
      <pa-loading />
    } @else if (!error()) {
      @for (group of groups(); track group.roundId) {
        <section
          class="pa-card pa-section"
          data-testid="judging-round"
          [attr.data-round-id]="group.roundId"
          [attr.aria-labelledby]="'round-' + group.roundId"
        >
          <header class="pa-judging-round__head">
            <h2 [id]="'round-' + group.roundId" data-testid="judging-round-name">
              {{ group.roundName }}
            </h2>
            <div class="pa-judging-progress">
              <span data-testid="judging-progress">{{
                'list.progress' | jt: { submitted: group.submitted, total: group.total }
              }}</span>
              <progress
                [value]="group.submitted"
                [max]="group.total"
                [attr.aria-label]="
                  'list.progressLabel'
                    | jt: { round: group.roundName, submitted: group.submitted, total: group.total }
                "
              ></progress>
            </div>
          </header>
          <div class="pa-table-wrap" tabindex="0">
            <table class="pa-table pa-table--cards" data-testid="judging-assignments">
              <thead>
                <tr>
                  <th scope="col">{{ 'list.code' | jt }}</th>
                  <th scope="col">{{ 'list.entryTitle' | jt }}</th>
                  <th scope="col">{{ 'list.category' | jt }}</th>
                  <th scope="col">{{ 'list.mediaType' | jt }}</th>
                  <th scope="col">{{ 'list.status' | jt }}</th>
                  <th scope="col">{{ 'list.total' | jt }}</th>
                  <th scope="col">
                    <span class="pa-sr-only">{{ 'list.open' | jt }}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                @for (assignment of group.assignments; track assignment.id) {
                  @let state = stateOf(assignment);
                  <tr
                    data-testid="judging-row"
                    [attr.data-assignment-id]="assignment.id"
                    [attr.data-status]="state"
                    [attr.data-code]="assignment.entryCode"
                  >
                    <td class="pa-nowrap">
                      <strong data-testid="judging-code">{{ assignment.entryCode }}</strong>
                    </td>
                    <td>
                      <a
                        [routerLink]="['/judging', assignment.id]"
                        data-testid="judging-entry-title"
                        >{{ assignment.title }}</a
                      >
                    </td>
                    <td data-testid="judging-category" [attr.data-label]="'list.category' | jt">
                      {{ assignment.categoryName }}
                    </td>
                    <td class="pa-nowrap" [attr.data-label]="'list.mediaType' | jt">
                      {{ mediaKey(assignment.mediaType) | t }}
                    </td>
                    <td [attr.data-label]="'list.status' | jt">
                      <span
                        class="pa-chip pa-sheet-chip"
                        [class]="'pa-chip pa-sheet-chip pa-sheet-chip--' + state"
                        data-testid="judging-status"
                        >{{ statusKey(state) | jt }}</span
                      >
                    </td>
                    <td
                      class="pa-nowrap"
                      data-testid="judging-total"
                      [attr.data-label]="'list.total' | jt"
                    >
                      {{ assignment.sheet?.total | paNumber }}
                    </td>
                    <td class="pa-nowrap pa-table__action">
                      <a
                        mat-button
                        [routerLink]="['/judging', assignment.id]"
                        data-testid="judging-open"
                        >{{ (state === 'submitted' ? 'list.view' : 'list.open') | jt }}</a
                      >
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      } @empty {
        <pa-empty testId="judging-empty">
          <p>{{ 'list.empty' | jt }}</p>
          <p>{{ 'list.emptyHint' | jt }}</p>
        </pa-empty>
      }
    }
    <pa-council-progress />
  `,
  styles: `
    .pa-judging-round__head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 8px 16px;
    }
    .pa-judging-progress {
      display: flex;
      align-items: center;
      gap: 8px;
      font-weight: 600;
    }
    progress {
      width: 160px;
      accent-color: var(--pa-red);
    }
    .pa-nowrap {
      white-space: nowrap;
    }
    .pa-sheet-chip--not_started {
      background: #eee;
      color: #444;
    }
    .pa-sheet-chip--draft {
      background: #fff4d6;
      color: #6b4e00;
    }
    .pa-sheet-chip--submitted {
      background: #e3f3e6;
      color: #1d5e2c;
    }
    .pa-sheet-chip--recused {
      background: #ececec;
      color: #555;
      text-decoration: line-through;
    }
  `,
})
export class MySheetsPage {
  private readonly api = inject(JudgingApi);

  protected readonly mediaKey = mediaKey;
  protected readonly stateOf = sheetState;
  protected readonly statusKey = (state: SheetState): JudgingKey => `status.${state}`;
  protected readonly assignments = signal<JudgeAssignmentResponse[]>([]);
  protected readonly groups = computed(() => groupByRound(this.assignments()));
  private readonly page = loadOnInput({
    params: () => null,
    request: () => this.api.assignments(),
    loaded: (assignments) => this.assignments.set(assignments),
  });
  protected readonly loading = this.page.loading;
  protected readonly error = this.page.error;

  protected load(): void {
    this.page.reload();
  }
}
