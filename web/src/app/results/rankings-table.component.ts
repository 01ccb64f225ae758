import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import type {
  AwardResponse,
  JudgeSeverityResponse,
  PrizesResponse,
  RoundResultResponse,
} from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { PaNumberPipe } from '../core/format/format.pipes';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { selectValue } from '../core/forms/select-value';
import { CertificateButtonComponent } from '../entries/certificate-button.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { PrizeNoteDialogComponent, type PrizeNoteDialogData } from './prize-note-dialog.component';
import { saveWithNote, type NoteRequest } from './prize-note';
import { decidedChoice, groupRanking, sameChoice, type PrizeChoice } from './ranking.model';
import { ResultsApi } from './results-api';
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

const KNOWN_FLAGS = new Set(['MISSING_SHEETS', 'NO_SHEETS', 'DISAGREEMENT', 'TIE']);

/**
 * A round's blind ranking per category with the organizer's prize drafts: a choice changed in the
 * table stays a draft until saved row by row (a tier suggestion is only ever applied by a click;
 * a tier over its target asks for a reason). Saved prizes go back up through `prizesChange`.
 */
@Component({
  selector: 'pa-rankings-table',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    ResultsTranslatePipe,
    PaNumberPipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    CertificateButtonComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rankings-table.component.html',
  styleUrl: './rankings-table.component.scss',
})
export class RankingsTableComponent {
  private readonly api = inject(ResultsApi);
  private readonly uiErrors = inject(UiErrors);
  private readonly rt = inject(ResultsI18n);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  readonly award = input.required<AwardResponse>();
  readonly results = input.required<RoundResultResponse[]>();
  readonly severity = input.required<JudgeSeverityResponse[]>();
  readonly prizes = input.required<PrizesResponse | null>();
  readonly canDecide = input.required<boolean>();
  readonly loading = input.required<boolean>();
  readonly error = input.required<UiError | null>();
  readonly retry = output<void>();
  readonly prizesChange = output<PrizesResponse>();

  protected readonly selectValue = selectValue;

  /** Choices changed in the table and not yet saved, by entry id. */
  private readonly drafts = signal<ReadonlyMap<string, PrizeChoice>>(new Map());
  private readonly savingIds = signal<ReadonlySet<string>>(new Set());
  protected readonly saveError = signal<UiError | null>(null);

  protected readonly topicPrizes = computed(() => this.award().topicPrizes ?? []);
  /** Once published, each winner's certificate can be downloaded here too (to print and hand over). */
  protected readonly published = computed(() => this.award().status === 'published');
  private readonly tierLabels = computed(
    () => new Map((this.award().prizeTiers ?? []).map((tier) => [tier.code, tier.label])),
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
    return groupRanking(this.results(), this.award().categories ?? []).map((group) => ({
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
  /** How many rows of the ranking hold a choice that is not saved (read by the page). */
  readonly unsavedCount = computed(() =>
    this.groups().reduce((sum, group) => sum + group.rows.filter((row) => row.dirty).length, 0),
  );

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
    const awardId = this.award().id;
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
          this.prizesChange.emit(saved);
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
}
