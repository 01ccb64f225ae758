import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  AGGREGATION_METHODS,
  RESULT_EXPORT_FORMATS,
  type AggregationMethodName,
  type AwardResponse,
  type JudgeSeverityResponse,
  type PrizesResponse,
  type ResultExportFormat,
  type RoundResponse,
  type RoundResultResponse,
} from '@press-award/contracts';
import {
  EMPTY,
  catchError,
  distinctUntilChanged,
  filter,
  forkJoin,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { AuthService } from '../core/auth/auth.service';
import { PaDateTimePipe, PaNumberPipe } from '../core/format/format.pipes';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { AwardTabsComponent } from '../secretariat/award-tabs.component';
import { SecretariatApi } from '../secretariat/secretariat-api';
import { SecretariatTranslatePipe } from '../secretariat/secretariat-i18n';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { StatusChipComponent } from '../shared/status-chip.component';
import { saveBlob } from './download';
import { PrizeNoteDialogComponent, type PrizeNoteDialogData } from './prize-note-dialog.component';
import { saveWithNote, type NoteRequest } from './prize-note';
import {
  decidedChoice,
  groupRanking,
  overTarget,
  sameChoice,
  type PrizeChoice,
} from './ranking.model';
import { ResultsApi, type PublishResponse } from './results-api';
import { ResultsI18n, ResultsTranslatePipe } from './results-i18n';
import type { ResultsKey } from './results.vi';

interface FlagView {
  flag: string;
  text: string;
}

interface RankingRowView {
  result: RoundResultResponse;
  choice: PrizeChoice;
  dirty: boolean;
  saving: boolean;
  note: string | null;
  flags: FlagView[];
  suggestedLabel: string | null;
}

const METHOD_KEYS: Record<AggregationMethodName, { label: ResultsKey; hint: ResultsKey }> = {
  mean: { label: 'method.mean', hint: 'method.meanHint' },
  trimmed: { label: 'method.trimmed', hint: 'method.trimmedHint' },
  zscore: { label: 'method.zscore', hint: 'method.zscoreHint' },
};
const EXPORT_KEYS: Record<ResultExportFormat, ResultsKey> = {
  xlsx: 'export.xlsx',
  csv: 'export.csv',
  pdf: 'export.pdf',
};
const KNOWN_FLAGS = new Set(['MISSING_SHEETS', 'NO_SHEETS', 'DISAGREEMENT', 'TIE']);

/** The value of a native `<select>` from its change event. */
function selectValue(event: Event): string {
  return (event.target as HTMLSelectElement | null)?.value ?? '';
}

/**
 * Results & prizes (`/manage/awards/:awardId/results`): a round's blind ranking per category by the
 * chosen aggregation, the judges' severity, the organizer's prize decisions (a tier suggestion is
 * only ever applied by a click), then closing, publication and the results files. The secretariat
 * reads; organizers decide.
 */
@Component({
  selector: 'pa-results-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    ResultsTranslatePipe,
    SecretariatTranslatePipe,
    PaNumberPipe,
    PaDateTimePipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    StatusChipComponent,
    AwardTabsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './results.page.html',
  styleUrl: './results.page.scss',
})
export class ResultsPage {
  private readonly api = inject(ResultsApi);
  private readonly awards = inject(ApiClient);
  private readonly secretariat = inject(SecretariatApi);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly rt = inject(ResultsI18n);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  readonly awardId = input.required<string>();

  protected readonly methods = AGGREGATION_METHODS;
  protected readonly methodKeys = METHOD_KEYS;
  protected readonly exportFormats = RESULT_EXPORT_FORMATS;
  protected readonly exportKeys = EXPORT_KEYS;
  protected readonly selectValue = selectValue;
  protected readonly overTarget = overTarget;

  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly rounds = signal<RoundResponse[]>([]);
  protected readonly prizes = signal<PrizesResponse | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiError | null>(null);

  protected readonly selectedRoundId = signal<string | null>(null);
  /** The disagreement distance the selected round's results use (its own, or 2 per 10 of its maximum). */
  protected readonly distanceUsed = computed(
    () =>
      this.rounds().find((round) => round.id === this.selectedRoundId())?.disagreementDistance ??
      null,
  );
  protected readonly method = signal<AggregationMethodName>('mean');
  private readonly reloads = signal(0);
  protected readonly results = signal<RoundResultResponse[]>([]);
  protected readonly severity = signal<JudgeSeverityResponse[]>([]);
  protected readonly resultsLoading = signal(false);
  protected readonly resultsError = signal<UiError | null>(null);

  /** Choices changed in the table and not yet saved, by entry id. */
  private readonly drafts = signal<ReadonlyMap<string, PrizeChoice>>(new Map());
  private readonly savingIds = signal<ReadonlySet<string>>(new Set());
  protected readonly saveError = signal<UiError | null>(null);

  protected readonly busy = signal(false);
  protected readonly actionError = signal<UiError | null>(null);
  protected readonly publication = signal<PublishResponse | null>(null);
  protected readonly exporting = signal<ResultExportFormat | null>(null);
  protected readonly exportError = signal<UiError | null>(null);

  protected readonly canManage = computed(() => {
    this.auth.user();
    return this.auth.canManage(this.awardId());
  });
  /** Prizes move only while judging or decided (the API answers PRIZES_LOCKED otherwise). */
  protected readonly canDecide = computed(() => {
    const status = this.award()?.status;
    return this.canManage() && (status === 'judging' || status === 'decided');
  });
  protected readonly topicPrizes = computed(() => this.award()?.topicPrizes ?? []);
  private readonly tierLabels = computed(
    () => new Map((this.award()?.prizeTiers ?? []).map((tier) => [tier.code, tier.label])),
  );
  private readonly decisions = computed(
    () => new Map((this.prizes()?.prizes ?? []).map((prize) => [prize.entryId, prize])),
  );
  private readonly judgeNames = computed(
    () => new Map(this.severity().map((judge) => [judge.judgeId, judge.judgeName])),
  );

  protected readonly groups = computed(() => {
    const drafts = this.drafts();
    const saving = this.savingIds();
    const decisions = this.decisions();
    return groupRanking(this.results(), this.award()?.categories ?? []).map((group) => ({
      ...group,
      rows: group.rows.map((result): RankingRowView => {
        const decided = decidedChoice(decisions.get(result.entryId));
        const draft = drafts.get(result.entryId);
        return {
          result,
          choice: draft ?? decided,
          dirty: !!draft && !sameChoice(draft, decided),
          saving: saving.has(result.entryId),
          note: decisions.get(result.entryId)?.note ?? null,
          flags: this.flagViews(result),
          suggestedLabel: result.suggestedTier
            ? (this.tierLabels().get(result.suggestedTier) ?? result.suggestedTier)
            : null,
        };
      }),
    }));
  });
  protected readonly unsavedCount = computed(() =>
    this.groups().reduce((sum, group) => sum + group.rows.filter((row) => row.dirty).length, 0),
  );

  constructor() {
    effect(() => {
      const awardId = this.awardId();
      untracked(() => this.load(awardId));
    });

    // One request pair per (round, method); a newer choice cancels the answer to an older one.
    const query = computed(() => ({
      roundId: this.selectedRoundId(),
      method: this.method(),
      reload: this.reloads(),
    }));
    toObservable(query)
      .pipe(
        distinctUntilChanged(
          (a, b) => a.roundId === b.roundId && a.method === b.method && a.reload === b.reload,
        ),
        tap(() => this.resultsError.set(null)),
        switchMap(({ roundId, method }) => {
          if (!roundId) return of({ results: [], severity: [] });
          this.resultsLoading.set(true);
          return forkJoin({
            results: this.api.results(roundId, method),
            severity: this.api.severity(roundId),
          }).pipe(
            catchError((failure: unknown) => {
              this.resultsError.set(this.uiErrors.from(failure));
              this.resultsLoading.set(false);
              return EMPTY;
            }),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(({ results, severity }) => {
        this.results.set(results);
        this.severity.set(severity);
        this.resultsLoading.set(false);
      });
  }

  protected load(awardId = this.awardId()): void {
    this.loading.set(true);
    this.loadError.set(null);
    forkJoin({
      award: this.awards.award(awardId),
      rounds: this.secretariat.rounds(awardId),
      prizes: this.api.prizes(awardId),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ award, rounds, prizes }) => {
          const ordered = [...rounds].sort((a, b) => a.order - b.order);
          this.award.set(award);
          this.rounds.set(ordered);
          this.prizes.set(prizes);
          this.drafts.set(new Map());
          const current = this.selectedRoundId();
          // The last round is the one whose scores decide the prizes.
          if (!current || !ordered.some((round) => round.id === current))
            this.selectedRoundId.set(ordered.at(-1)?.id ?? null);
          this.loading.set(false);
        },
        error: (failure: unknown) => {
          this.loadError.set(this.uiErrors.from(failure));
          this.loading.set(false);
        },
      });
  }

  protected reloadResults(): void {
    this.reloads.update((count) => count + 1);
  }

  protected selectRound(roundId: string): void {
    this.selectedRoundId.set(roundId || null);
  }

  protected selectMethod(method: AggregationMethodName): void {
    this.method.set(method);
  }

  private flagViews(result: RoundResultResponse): FlagView[] {
    // "Missing sheets" says nothing more once "no sheets" is shown.
    const flags = result.flags.includes('NO_SHEETS')
      ? result.flags.filter((flag) => flag !== 'MISSING_SHEETS')
      : result.flags;
    return flags.map((flag) => {
      if (!KNOWN_FLAGS.has(flag)) return { flag, text: flag };
      const judges = result.disagreeingJudges
        .map((id) => this.judgeNames().get(id) ?? '?')
        .join(', ');
      return { flag, text: this.rt.t(`flag.${flag}` as ResultsKey, { judges }) };
    });
  }

  // Prize decisions.
  private setDraft(entryId: string, change: Partial<PrizeChoice>): void {
    const current = this.drafts().get(entryId) ?? decidedChoice(this.decisions().get(entryId));
    this.drafts.update((drafts) => new Map(drafts).set(entryId, { ...current, ...change }));
  }

  protected setTier(entryId: string, tierCode: string): void {
    this.setDraft(entryId, { tierCode: tierCode || null });
  }

  protected setTopics(entryId: string, topicPrizes: string[]): void {
    this.setDraft(entryId, { topicPrizes });
  }

  /** The suggestion becomes the row's choice only here, on the organizer's click; saving is separate. */
  protected applySuggestion(row: RankingRowView): void {
    if (row.result.suggestedTier)
      this.setDraft(row.result.entryId, { tierCode: row.result.suggestedTier });
  }

  protected undo(entryId: string): void {
    this.drafts.update((drafts) => {
      const next = new Map(drafts);
      next.delete(entryId);
      return next;
    });
  }

  protected save(row: RankingRowView): void {
    const awardId = this.awardId();
    const { entryId, entryCode } = row.result;
    const choice = row.choice;
    const decision = this.decisions().get(entryId);
    // A reason given earlier still holds while the tier stays the same; the API would drop it otherwise.
    const keptNote =
      decision?.note && decision.tierCode === choice.tierCode ? decision.note : undefined;
    const tier = this.prizes()?.tiers.find((candidate) => candidate.code === choice.tierCode);
    const fallback: NoteRequest = {
      tierLabel: tier?.label ?? choice.tierCode ?? '',
      after: (tier?.current ?? 0) + (decision?.tierCode === choice.tierCode ? 0 : 1),
      target: tier?.targetCount ?? 0,
    };
    this.saveError.set(null);
    this.savingIds.update((ids) => new Set(ids).add(entryId));
    const done = () =>
      this.savingIds.update((ids) => {
        const next = new Set(ids);
        next.delete(entryId);
        return next;
      });
    saveWithNote(
      (note) =>
        this.api.setPrize(awardId, entryId, {
          tierCode: choice.tierCode,
          topicPrizes: [...choice.topicPrizes],
          ...(note ? { note } : {}),
        }),
      (request) => {
        const data: PrizeNoteDialogData = { ...request, entryCode, note: decision?.note };
        return this.dialog
          .open<
            PrizeNoteDialogComponent,
            PrizeNoteDialogData,
            string | null
          >(PrizeNoteDialogComponent, { data, width: '520px' })
          .afterClosed();
      },
      fallback,
      keptNote,
    )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          done();
          if (!saved) return;
          this.prizes.set(saved);
          this.undo(entryId);
          this.snackBar.open(this.rt.t('ranking.saved', { code: entryCode }), undefined, {
            duration: 3000,
          });
        },
        error: (failure: unknown) => {
          done();
          this.saveError.set(this.uiErrors.from(failure));
        },
      });
  }

  // Closing and publication.
  private confirm(data: ConfirmDialogData) {
    return this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true));
  }

  protected decide(): void {
    const award = this.award();
    if (!award) return;
    this.actionError.set(null);
    this.confirm({
      title: this.rt.t('actions.decideTitle'),
      text: this.rt.t('actions.decideText', { name: award.name }),
      confirmLabel: this.rt.t('actions.decide'),
    })
      .pipe(
        tap(() => this.busy.set(true)),
        switchMap(() => this.awards.changeStatus(award.id, 'decided')),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.award.set(updated);
          this.snackBar.open(this.rt.t('actions.decided'), undefined, { duration: 3000 });
        },
        error: (failure: unknown) => {
          this.busy.set(false);
          this.actionError.set(this.uiErrors.from(failure));
        },
      });
  }

  protected publish(): void {
    const award = this.award();
    if (!award) return;
    this.actionError.set(null);
    this.confirm({
      title: this.rt.t('actions.publishTitle'),
      text: this.rt.t('actions.publishText', { name: award.name }),
      warning: this.rt.t('actions.publishWarning'),
      confirmLabel: this.rt.t('actions.publish'),
      danger: true,
    })
      .pipe(
        tap(() => this.busy.set(true)),
        switchMap(() => this.api.publish(award.id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (publication) => {
          this.busy.set(false);
          this.publication.set(publication);
          // The publication endpoint answers with the snapshot, not the award: its new state is known.
          this.award.update((current) =>
            current ? { ...current, status: 'published', allowedTransitions: [] } : current,
          );
          this.snackBar.open(this.rt.t('actions.published'), undefined, { duration: 3000 });
        },
        error: (failure: unknown) => {
          this.busy.set(false);
          this.actionError.set(this.uiErrors.from(failure));
        },
      });
  }

  protected exportAs(format: ResultExportFormat): void {
    this.exporting.set(format);
    this.exportError.set(null);
    this.api
      .export(this.awardId(), format, this.i18n.lang())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          saveBlob(this.document, file.blob, file.fileName);
          this.exporting.set(null);
          this.snackBar.open(this.rt.t('export.done', { file: file.fileName }), undefined, {
            duration: 3000,
          });
        },
        error: (failure: unknown) => {
          this.exporting.set(null);
          this.exportError.set(this.uiErrors.from(failure));
        },
      });
  }
}
