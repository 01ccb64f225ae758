import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { ChairedCouncilResponse, CouncilProgressResponse } from '@press-award/contracts';
import { forkJoin, map, of, switchMap } from 'rxjs';
import { API_BASE } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { JudgingTranslatePipe } from './judging-i18n';

interface ChairedProgress {
  council: ChairedCouncilResponse;
  progress: CouncilProgressResponse;
}

/**
 * "Tiến độ hội đồng" on the judge's page: for each round whose council the judge chairs, how far
 * its judges have got — blind, entries by code only (`GET /rounds/:roundId/council/progress`).
 * Shows nothing to a judge who chairs no council.
 */
@Component({
  selector: 'pa-council-progress',
  imports: [JudgingTranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-error-banner [error]="page.error()" testId="council-progress-error" />
    @for (item of items(); track item.council.roundId) {
      <section
        class="pa-card pa-section"
        data-testid="council-progress"
        [attr.data-round-id]="item.council.roundId"
        [attr.aria-labelledby]="'council-' + item.council.roundId"
      >
        <h2 [id]="'council-' + item.council.roundId">{{ 'council.title' | jt }}</h2>
        <p class="pa-muted">
          {{
            'council.subtitle'
              | jt
                : {
                    council: item.council.councilName,
                    round: item.council.roundName,
                    award: item.council.awardName,
                  }
          }}
        </p>
        <p data-testid="council-progress-total">
          {{ 'council.total' | jt: item.progress.totals }}
        </p>
        <div class="pa-table-wrap" tabindex="0">
          <table class="pa-table" data-testid="council-progress-judges">
            <thead>
              <tr>
                <th scope="col">{{ 'council.judge' | jt }}</th>
                <th scope="col">{{ 'council.submitted' | jt }}</th>
                <th scope="col">{{ 'council.drafts' | jt }}</th>
              </tr>
            </thead>
            <tbody>
              @for (judge of item.progress.judges; track judge.judgeId) {
                <tr data-testid="council-progress-judge" [attr.data-behind]="judge.behind">
                  <td>
                    {{ judge.judgeName }}
                    @if (judge.behind) {
                      <span class="pa-chip pa-chip--entry-needs_revision">{{
                        'council.behind' | jt
                      }}</span>
                    }
                  </td>
                  <td>{{ judge.submitted }}/{{ judge.assigned }}</td>
                  <td>{{ judge.drafts }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (item.progress.panels.length) {
          <div class="pa-table-wrap" tabindex="0">
            <table class="pa-table" data-testid="council-progress-panels">
              <thead>
                <tr>
                  <th scope="col">{{ 'council.panel' | jt }}</th>
                  <th scope="col">{{ 'council.submitted' | jt }}</th>
                </tr>
              </thead>
              <tbody>
                @for (panel of item.progress.panels; track panel.panelId) {
                  <tr>
                    <td>{{ panel.name }}</td>
                    <td>{{ panel.submitted }}/{{ panel.assigned }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        <h3>{{ 'council.missing' | jt }}</h3>
        @if (item.progress.entriesMissingScores.length) {
          <ul class="pa-council-missing" data-testid="council-progress-missing">
            @for (entry of item.progress.entriesMissingScores; track entry.entryCode) {
              <li>
                <span class="pa-code">{{ entry.entryCode }}</span>
                {{ entry.submitted }}/{{ entry.assigned }}
              </li>
            }
          </ul>
        } @else {
          <p class="pa-muted">{{ 'council.noneMissing' | jt }}</p>
        }
      </section>
    }
  `,
  styles: `
    .pa-council-missing {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      padding-left: 18px;
    }
  `,
})
export class CouncilProgressComponent {
  private readonly http = inject(HttpClient);

  protected readonly items = signal<ChairedProgress[]>([]);
  protected readonly page = loadOnInput({
    params: () => true,
    request: () =>
      this.http
        .get<ChairedCouncilResponse[]>(`${API_BASE}/judging/councils`)
        .pipe(
          switchMap((councils) =>
            councils.length
              ? forkJoin(
                  councils.map((council) =>
                    this.http
                      .get<CouncilProgressResponse>(
                        `${API_BASE}/rounds/${encodeURIComponent(council.roundId)}/council/progress`,
                      )
                      .pipe(map((progress): ChairedProgress => ({ council, progress }))),
                  ),
                )
              : of([] as ChairedProgress[]),
          ),
        ),
    loaded: (items) => this.items.set(items),
  });
}
