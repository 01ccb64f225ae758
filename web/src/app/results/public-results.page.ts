import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ViewEncapsulation,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import type {
  PublicAwardResponse,
  PublicCollectivePrizeResult,
  PublicResultResponse,
  PublicResultsRow,
} from '@press-award/contracts';
import { catchError, forkJoin, map, of, throwError, type Observable } from 'rxjs';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { UiErrors } from '../core/api/ui-errors';
import { mediaKey } from '../core/i18n/labels';
import { EditionPipe, TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { authorLine, groupPublicResults, topicLabels } from './public-results.model';
import { collectiveTierKey } from './collective-prizes-panel.component';
import { ResultsApi } from './results-api';
import { ResultsI18n, ResultsTranslatePipe } from './results-i18n';

/** The results answer, or "not published yet" (the API's 404 RESULTS_NOT_PUBLISHED). */
type ResultsState =
  | { published: true; rows: PublicResultResponse[]; collective: PublicCollectivePrizeResult[] }
  | { published: false };

/** The works' rows and the collectives' rows of one answer. */
function splitRows(rows: readonly PublicResultsRow[]): {
  rows: PublicResultResponse[];
  collective: PublicCollectivePrizeResult[];
} {
  return {
    rows: rows.filter((row): row is PublicResultResponse => row.collective !== true),
    collective: rows.filter((row): row is PublicCollectivePrizeResult => row.collective === true),
  };
}

/**
 * The public results (`/awards/:awardId/results`, the address the publication emails carry): by
 * tier in the award's order, then category, with authors, pen names and agency, as the press prints
 * them. No sign-in. A print stylesheet leaves only the results, black on white.
 */
@Component({
  selector: 'pa-public-results-page',
  imports: [
    RouterLink,
    MatButtonModule,
    TranslatePipe,
    EditionPipe,
    ResultsTranslatePipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Not encapsulated: printing must also hide the application shell (toolbar, footer) around the page.
  encapsulation: ViewEncapsulation.None,
  templateUrl: './public-results.page.html',
  styleUrl: './public-results.page.scss',
})
export class PublicResultsPage {
  private readonly api = inject(ApiClient);
  private readonly results = inject(ResultsApi);
  private readonly errors = inject(UiErrors);
  private readonly rt = inject(ResultsI18n);
  private readonly document = inject(DOCUMENT);

  /** Bound from the route. */
  readonly awardId = input.required<string>();

  protected readonly award = signal<PublicAwardResponse | null>(null);
  protected readonly state = signal<ResultsState | null>(null);
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) =>
      forkJoin({ award: this.api.publicAward(awardId), state: this.resultsState(awardId) }),
    loaded: ({ award, state }) => {
      this.award.set(award);
      this.state.set(state);
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly error = this.page.error;
  protected readonly mediaKey = mediaKey;

  protected readonly groups = computed(() => {
    const state = this.state();
    const award = this.award();
    if (!state?.published || !award) return [];
    return groupPublicResults(
      state.rows,
      award.prizeTiers,
      award.categories.map((category) => category.name),
    );
  });
  protected readonly collective = computed(() => {
    const state = this.state();
    return state?.published ? state.collective : [];
  });
  protected readonly collectiveTierKey = collectiveTierKey;
  protected readonly total = computed(() =>
    this.groups().reduce((sum, group) => sum + group.count, 0),
  );
  protected readonly hasTopics = computed(() => {
    const state = this.state();
    return !!state?.published && state.rows.some((row) => row.topicPrizes.length > 0);
  });

  protected load(): void {
    this.page.reload();
  }

  private resultsState(awardId: string): Observable<ResultsState> {
    return this.results.publicResults(awardId).pipe(
      map((rows): ResultsState => ({ published: true, ...splitRows(rows) })),
      catchError((failure: unknown) =>
        this.errors.from(failure).status === 404
          ? of<ResultsState>({ published: false })
          : throwError(() => failure),
      ),
    );
  }

  protected authors(row: PublicResultResponse): string[] {
    return row.authors.map((author) =>
      authorLine(author, (name, penName) => this.rt.t('public.penName', { name, penName })),
    );
  }

  protected topics(row: PublicResultResponse): string {
    return topicLabels(row.topicPrizes, this.award()?.topicPrizes ?? []).join('; ');
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
