import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  AGGREGATION_METHODS,
  type AggregationMethodName,
  type AwardResponse,
  type JudgeSeverityResponse,
  type PrizesResponse,
  type RoundResponse,
  type RoundResultResponse,
} from '@press-award/contracts';
import { forkJoin, of } from 'rxjs';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { AuthService } from '../core/auth/auth.service';
import { PaNumberPipe } from '../core/format/format.pipes';
import { selectValue } from '../core/forms/select-value';
import { AwardPageHeadComponent } from '../secretariat/award-page-head.component';
import { SecretariatApi } from '../secretariat/secretariat-api';
import { SecretariatTranslatePipe } from '../secretariat/secretariat-i18n';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { CollectivePrizesPanelComponent } from './collective-prizes-panel.component';
import { ApprovalStatusComponent } from '../approval/approval-status.component';
import { PublicationPanelComponent } from './publication-panel.component';
import { RankingsTableComponent } from './rankings-table.component';
import { overTarget } from './ranking.model';
import { ResultsApi } from './results-api';
import { ResultsTranslatePipe } from './results-i18n';
import type { ResultsKey } from './results.vi';
import { VerificationAccessPanelComponent } from './verification-access-panel.component';

const METHOD_KEYS: Record<AggregationMethodName, { label: ResultsKey; hint: ResultsKey }> = {
  mean: { label: 'method.mean', hint: 'method.meanHint' },
  trimmed: { label: 'method.trimmed', hint: 'method.trimmedHint' },
  zscore: { label: 'method.zscore', hint: 'method.zscoreHint' },
};

/**
 * Results & prizes (`/manage/awards/:awardId/results`): a round's blind ranking per category by the
 * chosen aggregation, the judges' severity, the organizer's prize decisions (a tier suggestion is
 * only ever applied by a click), then closing, publication and the results files. The secretariat
 * reads; organizers decide. The page loads the award and the chosen round's results; the ranking
 * with its prize drafts and the publication panel with the exports are child components.
 */
@Component({
  selector: 'pa-results-page',
  imports: [
    ResultsTranslatePipe,
    SecretariatTranslatePipe,
    PaNumberPipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    AwardPageHeadComponent,
    PublicationPanelComponent,
    CollectivePrizesPanelComponent,
    VerificationAccessPanelComponent,
    RankingsTableComponent,
    ApprovalStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './results.page.html',
  styleUrl: './results.page.scss',
})
export class ResultsPage {
  private readonly api = inject(ResultsApi);
  private readonly awards = inject(ApiClient);
  private readonly secretariat = inject(SecretariatApi);
  private readonly auth = inject(AuthService);

  readonly awardId = input.required<string>();

  protected readonly methods = AGGREGATION_METHODS;
  protected readonly methodKeys = METHOD_KEYS;
  protected readonly selectValue = selectValue;
  protected readonly overTarget = overTarget;

  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly rounds = signal<RoundResponse[]>([]);
  protected readonly prizes = signal<PrizesResponse | null>(null);
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) =>
      forkJoin({
        award: this.awards.award(awardId),
        rounds: this.secretariat.rounds(awardId),
        prizes: this.api.prizes(awardId),
      }),
    loaded: ({ award, rounds, prizes }) => {
      const ordered = [...rounds].sort((a, b) => a.order - b.order);
      this.award.set(award);
      this.rounds.set(ordered);
      this.prizes.set(prizes);
      const current = this.selectedRoundId();
      // The last round is the one whose scores decide the prizes.
      if (!current || !ordered.some((round) => round.id === current))
        this.selectedRoundId.set(ordered.at(-1)?.id ?? null);
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;

  protected readonly selectedRoundId = signal<string | null>(null);
  /** The disagreement distance the selected round's results use (its own, or 2 per 10 of its maximum). */
  protected readonly distanceUsed = computed(
    () =>
      this.rounds().find((round) => round.id === this.selectedRoundId())?.disagreementDistance ??
      null,
  );
  protected readonly method = signal<AggregationMethodName>('mean');
  protected readonly results = signal<RoundResultResponse[]>([]);
  protected readonly severity = signal<JudgeSeverityResponse[]>([]);
  /** One request pair per (round, method); a newer choice cancels the answer to an older one. */
  private readonly roundResults = loadOnInput({
    params: () => ({ roundId: this.selectedRoundId(), method: this.method() }),
    request: ({ roundId, method }) =>
      roundId
        ? forkJoin({
            results: this.api.results(roundId, method),
            severity: this.api.severity(roundId),
          })
        : of({ results: [], severity: [] }),
    loaded: ({ results, severity }) => {
      this.results.set(results);
      this.severity.set(severity);
    },
  });
  protected readonly resultsLoading = this.roundResults.loading;
  protected readonly resultsError = this.roundResults.error;

  protected readonly canManage = computed(() => {
    this.auth.user();
    return this.auth.canManage(this.awardId());
  });
  /** Prizes move only while judging or decided (the API answers PRIZES_LOCKED otherwise). */
  protected readonly canDecide = computed(() => {
    const status = this.award()?.status;
    return this.canManage() && (status === 'judging' || status === 'decided');
  });
  private readonly rankings = viewChild(RankingsTableComponent);
  /** Prize choices not saved yet in the ranking (none while it is not shown). */
  protected readonly unsavedCount = computed(() => this.rankings()?.unsavedCount() ?? 0);

  protected load(): void {
    this.page.reload();
  }

  protected reloadResults(): void {
    this.roundResults.reload();
  }

  protected selectRound(roundId: string): void {
    this.selectedRoundId.set(roundId || null);
  }

  protected selectMethod(method: AggregationMethodName): void {
    this.method.set(method);
  }
}
