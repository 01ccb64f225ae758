import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AwardDashboardResponse, AwardResponse } from '@press-award/contracts';
import { provideCharts, withDefaultRegisterables } from 'ng2-charts';
import { forkJoin } from 'rxjs';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { formatNumber, formatPercent } from '../core/format/format';
import { PaNumberPipe } from '../core/format/format.pipes';
import { I18nService } from '../core/i18n/i18n.service';
import { entryStatusKey, mediaKey } from '../core/i18n/labels';
import { AwardPageHeadComponent } from '../secretariat/award-page-head.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { LoadingComponent } from '../shared/states.component';
import { ChartFigureComponent } from './chart-figure.component';
import { DashboardApi } from './dashboard-api';
import { DashboardSectionComponent } from './dashboard-section.component';
import { DashboardI18n, DashboardTranslatePipe } from './dashboard-i18n';
import {
  countOptions,
  defaultJudgeKey,
  entriesChart,
  histogramChart,
  judgeKey,
  judgeOptions,
  progressChart,
  progressHeight,
  progressOptions,
  stackedCountOptions,
  tiersChart,
} from './dashboard.model';

/**
 * The organizer dashboard (`/manage/awards/:awardId/dashboard`): entries per media type, judging
 * progress, each judge's score distribution and the prize structure. Organizers and the
 * secretariat only; the API refuses judges, whose colleagues' score distributions must stay hidden.
 */
@Component({
  selector: 'pa-dashboard-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    DashboardTranslatePipe,
    PaNumberPipe,
    ErrorBannerComponent,
    LoadingComponent,
    AwardPageHeadComponent,
    ChartFigureComponent,
    DashboardSectionComponent,
  ],
  // Chart.js is registered here, so it stays in this page's lazy chunk.
  providers: [provideCharts(withDefaultRegisterables())],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.scss',
})
export class DashboardPage {
  private readonly api = inject(DashboardApi);
  private readonly awards = inject(ApiClient);
  private readonly i18n = inject(I18nService);
  private readonly words = inject(DashboardI18n);

  readonly awardId = input.required<string>();

  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly dashboard = signal<AwardDashboardResponse | null>(null);
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) =>
      forkJoin({ award: this.awards.award(awardId), dashboard: this.api.dashboard(awardId) }),
    loaded: ({ award, dashboard }) => {
      this.award.set(award);
      this.dashboard.set(dashboard);
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;
  protected readonly chosenJudge = signal<string | null>(null);

  protected readonly entriesTotal = computed(() =>
    (this.dashboard()?.entriesByMediaType ?? []).reduce((sum, row) => sum + row.count, 0),
  );
  protected readonly entries = computed(() =>
    entriesChart(this.dashboard()?.entriesByMediaType ?? [], {
      language: this.i18n.lang(),
      media: (mediaType) => this.i18n.t(mediaKey(mediaType)),
      status: (status) => this.i18n.t(entryStatusKey(status)),
      total: this.words.t('entries.total'),
      mediaType: this.words.t('entries.mediaType'),
    }),
  );
  protected readonly entriesOptions = computed(() => stackedCountOptions(this.i18n.lang()));

  protected readonly progress = computed(() =>
    progressChart(this.dashboard()?.judgingProgress ?? [], {
      language: this.i18n.lang(),
      wholeCouncil: this.words.t('progress.wholeCouncil'),
      outsidePanels: this.words.t('progress.outsidePanels'),
      round: this.words.t('progress.round'),
      panel: this.words.t('progress.panel'),
      submitted: this.words.t('progress.submitted'),
      assigned: this.words.t('progress.assigned'),
      percent: this.words.t('progress.percent'),
      none: this.words.t('progress.none'),
    }),
  );
  protected readonly progressOptions = computed(() => {
    const none = this.words.t('progress.none');
    const language = this.i18n.lang();
    // The tooltip template is read once per language change, not on every hover.
    const template = (submitted: number, assigned: number, percent: string) =>
      this.words.t('progress.tooltip', {
        submitted: formatNumber(submitted, language),
        assigned: formatNumber(assigned, language),
        percent,
      });
    return progressOptions(
      this.progress().rows,
      (row) =>
        template(
          row.submitted,
          row.assigned,
          row.percent === null ? none : formatPercent(row.percent, language),
        ),
      language,
    );
  });
  protected readonly progressHeight = computed(() => progressHeight(this.progress().rows.length));

  protected readonly judgeGroups = computed(() => {
    const dashboard = this.dashboard();
    return dashboard ? judgeOptions(dashboard) : [];
  });
  protected readonly selectedJudgeKey = computed(() => {
    const chosen = this.chosenJudge();
    const groups = this.judgeGroups();
    return chosen && groups.some((group) => group.judges.some((judge) => judge.key === chosen))
      ? chosen
      : defaultJudgeKey(groups);
  });
  protected readonly selectedJudge = computed(() => {
    const key = this.selectedJudgeKey();
    return (
      this.judgeGroups()
        .flatMap((group) => group.judges)
        .find((judge) => judge.key === key) ?? null
    );
  });
  protected readonly histogram = computed(() => {
    const key = this.selectedJudgeKey();
    const distribution = (this.dashboard()?.scoreDistributions ?? []).find(
      (candidate) => judgeKey(candidate.roundId, candidate.judgeId) === key,
    );
    return distribution
      ? histogramChart(distribution, {
          language: this.i18n.lang(),
          range: this.words.t('histogram.range'),
          sheets: this.words.t('histogram.sheets'),
        })
      : null;
  });
  protected readonly histogramOptions = computed(() => countOptions(this.i18n.lang()));

  protected readonly tiers = computed(() =>
    tiersChart(this.dashboard()?.tiers ?? [], {
      language: this.i18n.lang(),
      tier: this.words.t('tiers.tier'),
      target: this.words.t('tiers.target'),
      current: this.words.t('tiers.current'),
      difference: this.words.t('tiers.difference'),
    }),
  );
  protected readonly tiersOptions = computed(() => countOptions(this.i18n.lang()));

  protected load(): void {
    this.page.reload();
  }

  protected histogramCaption(): string {
    const judge = this.selectedJudge();
    return judge
      ? this.words.t('histogram.caption', { judge: judge.judgeName, round: judge.roundName })
      : '';
  }

  protected chooseJudge(event: Event): void {
    this.chosenJudge.set((event.target as HTMLSelectElement).value);
  }
}
