import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import type {
  AssignmentResponse,
  AutoAssignResponse,
  AwardResponse,
  ConflictResponse,
  MemberResponse,
  RoundResponse,
} from '@press-award/contracts';
import { filter, forkJoin, switchMap, tap } from 'rxjs';
import type { JuryDelegation } from '@press-award/contracts';
import { CouncilApi, mayDoJuryWork } from './council-api';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { AuthService } from '../core/auth/auth.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { AwardPageHeadComponent } from './award-page-head.component';
import {
  buildBoard,
  conflictKey,
  filterRows,
  pageOf,
  previewLoads,
  uncoveredKey,
  type BoardCell,
  type BoardEntry,
  type BoardJudge,
  type BoardRow,
} from './board.model';
import { CodedEntries } from './coded-entries';
import { RoundProgressComponent } from './round-progress.component';
import { SecretariatApi } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

const ROWS_PER_PAGE = 25;

/**
 * The assignment board of a round (`/manage/awards/:awardId/rounds/:roundId`): entries × judges
 * with assigned, conflict and free cells, per-judge loads, manual assignment (the server's refusal
 * shown as it comes) and automatic assignment previewed before it is saved.
 */
@Component({
  selector: 'pa-assignment-board-page',
  imports: [
    MatButtonModule,
    MatTooltipModule,
    TranslatePipe,
    SecretariatTranslatePipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    AwardPageHeadComponent,
    RoundProgressComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assignment-board.page.html',
  styleUrl: './assignment-board.page.scss',
})
export class AssignmentBoardPage {
  private readonly api = inject(SecretariatApi);
  private readonly awards = inject(ApiClient);
  private readonly codedEntries = inject(CodedEntries);
  private readonly uiErrors = inject(UiErrors);
  private readonly st = inject(SecretariatI18n);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly auth = inject(AuthService);
  private readonly councilApi = inject(CouncilApi);

  readonly awardId = input.required<string>();
  readonly roundId = input.required<string>();

  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly round = signal<RoundResponse | null>(null);
  protected readonly members = signal<MemberResponse[]>([]);
  protected readonly coded = signal<BoardEntry[]>([]);
  protected readonly assignments = signal<AssignmentResponse[]>([]);
  protected readonly conflicts = signal<ConflictResponse[]>([]);
  protected readonly actionError = signal<UiError | null>(null);
  protected readonly busyCell = signal<string | null>(null);
  protected readonly preview = signal<AutoAssignResponse | null>(null);
  private readonly previewSeed = signal(0);
  protected readonly autoBusy = signal(false);
  protected readonly categoryFilter = signal('');
  protected readonly onlyMissing = signal(false);
  protected readonly page = signal(1);
  private readonly boardLoad = loadOnInput({
    params: () => ({ awardId: this.awardId(), roundId: this.roundId() }),
    request: ({ awardId, roundId }) =>
      forkJoin({
        award: this.awards.award(awardId),
        round: this.api.round(roundId),
        members: this.api.judges(awardId),
        coded: this.codedEntries.load(awardId),
        assignments: this.api.assignments(roundId),
        conflicts: this.api.conflicts(roundId),
        delegations: this.councilApi.delegations(awardId),
      }),
    loaded: (data) => {
      this.award.set(data.award);
      this.round.set(data.round);
      this.members.set(data.members);
      this.coded.set(data.coded);
      this.assignments.set(data.assignments);
      this.conflicts.set(data.conflicts);
      this.delegations.set(data.delegations.secretariat);
    },
  });
  protected readonly loading = this.boardLoad.loading;
  protected readonly loadError = this.boardLoad.error;

  private readonly delegations = signal<readonly JuryDelegation[]>([]);
  /** Assigning: organizers, and secretaries once 'assignments' is delegated. */
  protected readonly canEdit = computed(() => this.mayDo('assignments'));
  /** Opening, closing and reminders: organizers, and secretaries once 'rounds' is delegated. */
  protected readonly canRunRound = computed(() => this.mayDo('rounds'));
  protected readonly judges = computed<BoardJudge[]>(() =>
    this.members()
      .map((member) => ({
        id: member.userId,
        name: member.fullName,
        agency: member.organizationName,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  );
  protected readonly judgeName = computed(
    () => new Map(this.judges().map((judge) => [judge.id, judge.name])),
  );
  /** The round's entries with code and category; an entry missing from the queue keeps its assignment's code. */
  protected readonly entries = computed<BoardEntry[]>(() => {
    const round = this.round();
    if (!round) return [];
    const known = new Map(this.coded().map((entry) => [entry.id, entry]));
    const fromAssignments = new Map(
      this.assignments().map((assignment) => [assignment.entryId, assignment]),
    );
    const categoryCode = new Map(
      (this.award()?.categories ?? []).map((category) => [category.id, category.code]),
    );
    return round.entryIds.map((id) => {
      const entry = known.get(id);
      if (entry) return entry;
      const assignment = fromAssignments.get(id);
      const categoryId = assignment?.categoryId ?? '';
      return {
        id,
        code: assignment?.entryCode ?? id.slice(0, 8),
        categoryId,
        categoryCode: categoryCode.get(categoryId) ?? '',
      };
    });
  });
  protected readonly board = computed(() =>
    buildBoard(
      this.entries(),
      this.judges(),
      this.assignments(),
      this.conflicts(),
      this.preview()?.added ?? [],
    ),
  );
  protected readonly visibleRows = computed(() =>
    filterRows(this.board().rows, {
      categoryId: this.categoryFilter(),
      onlyMissing: this.onlyMissing(),
      judgesPerEntry: this.round()?.judgesPerEntry ?? 1,
    }),
  );
  protected readonly rowPage = computed(() =>
    pageOf(this.visibleRows(), this.page(), ROWS_PER_PAGE),
  );
  protected readonly roundCategories = computed(() => {
    const ids = new Set(this.entries().map((entry) => entry.categoryId));
    return (this.award()?.categories ?? []).filter((category) => ids.has(category.id));
  });
  protected readonly previewLoads = computed(() => {
    const preview = this.preview();
    return preview ? previewLoads(preview, this.judges()) : [];
  });
  protected readonly panelName = computed(
    () => new Map((this.round()?.panels ?? []).map((panel) => [panel.id, panel.name])),
  );

  private mayDo(work: JuryDelegation): boolean {
    const awardId = this.awardId();
    return mayDoJuryWork(
      this.auth.canManage(awardId),
      this.auth.rolesIn(awardId),
      this.delegations(),
      work,
    );
  }

  protected load(): void {
    this.boardLoad.reload();
  }

  private refreshAssignments(): void {
    forkJoin({
      assignments: this.api.assignments(this.roundId()),
      conflicts: this.api.conflicts(this.roundId()),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ assignments, conflicts }) => {
          this.assignments.set(assignments);
          this.conflicts.set(conflicts);
        },
        error: (failure: unknown) => this.actionError.set(this.uiErrors.from(failure)),
      });
  }

  protected loadOf(judgeId: string): number {
    return this.board().loads[judgeId] ?? 0;
  }

  protected setCategory(event: Event): void {
    this.categoryFilter.set((event.target as HTMLSelectElement).value);
    this.page.set(1);
  }

  protected setOnlyMissing(event: Event): void {
    this.onlyMissing.set((event.target as HTMLInputElement).checked);
    this.page.set(1);
  }

  protected goTo(page: number): void {
    this.page.set(page);
  }

  protected reasonsText(reasons: readonly string[]): string {
    return reasons
      .map((reason) => {
        const { key, params } = conflictKey(reason);
        return this.st.t(key, params);
      })
      .join(', ');
  }

  protected cellLabel(row: BoardRow, cell: BoardCell): string {
    const names = { judge: this.judgeName().get(cell.judgeId) ?? '', code: row.entry.code };
    switch (cell.kind) {
      case 'assigned':
        return cell.conflictReasons.length
          ? this.st.t('board.assignedConflict', { reasons: this.reasonsText(cell.conflictReasons) })
          : this.st.t('board.assigned', names);
      case 'conflict':
        return this.st.t('board.conflict', { reasons: this.reasonsText(cell.reasons) });
      case 'proposed':
        return this.st.t('board.proposed', names);
      default:
        return this.st.t('board.assign', names);
    }
  }

  protected uncoveredText(item: AutoAssignResponse['uncovered'][number]): string {
    const { key, params } = uncoveredKey(item.reason);
    return this.st.t('board.uncoveredLine', {
      code: item.entryCode,
      reason: this.st.t(key, params),
      eligible: item.eligibleJudges,
      needed: item.needed,
    });
  }

  protected cellClicked(row: BoardRow, cell: BoardCell): void {
    if (!this.canEdit() || this.busyCell()) return;
    if (cell.kind === 'assigned') this.unassign(row, cell.assignmentId, cell.judgeId);
    else if (cell.kind === 'empty' || cell.kind === 'proposed') this.assign(row, cell.judgeId);
  }

  private assign(row: BoardRow, judgeId: string): void {
    const names = { judge: this.judgeName().get(judgeId) ?? '', code: row.entry.code };
    this.busyCell.set(`${judgeId}|${row.entry.id}`);
    this.actionError.set(null);
    this.api
      .assign(this.roundId(), judgeId, row.entry.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (assignment) => {
          this.busyCell.set(null);
          this.preview.set(null);
          this.assignments.update((list) => [...list, assignment]);
          this.snackBar.open(this.st.t('board.assignDone', names), undefined, { duration: 3000 });
        },
        error: (failure: unknown) => {
          const uiError = this.uiErrors.from(failure);
          // The refusal names the pair; its detail codes (conflict reasons) are translated below it.
          const reasons = uiError.details.map((detail) => detail.code).filter((code) => !!code);
          this.actionError.set({
            ...uiError,
            message: `${this.st.t('board.refused', names)} ${uiError.message}${reasons.length ? ` (${this.reasonsText(reasons)})` : ''}`,
            details: [],
          });
          this.busyCell.set(null);
          this.refreshAssignments();
        },
      });
  }

  private unassign(row: BoardRow, assignmentId: string, judgeId: string): void {
    const data: ConfirmDialogData = {
      title: this.st.t('board.removeTitle'),
      text: this.st.t('board.removeText', {
        judge: this.judgeName().get(judgeId) ?? '',
        code: row.entry.code,
      }),
      confirmLabel: this.st.t('board.removeTitle'),
      danger: true,
    };
    this.actionError.set(null);
    this.dialog
      .open(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(
        filter(Boolean),
        tap(() => this.busyCell.set(`${judgeId}|${row.entry.id}`)),
        switchMap(() => this.api.unassign(this.roundId(), assignmentId)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.busyCell.set(null);
          this.preview.set(null);
          this.assignments.update((list) =>
            list.filter((assignment) => assignment.id !== assignmentId),
          );
          this.snackBar.open(this.st.t('board.removed'), undefined, { duration: 3000 });
        },
        error: (failure: unknown) => {
          this.actionError.set(this.uiErrors.from(failure));
          this.busyCell.set(null);
        },
      });
  }

  /** Step 1: a dry run. The same seed is sent when saving, so what is saved is what was shown. */
  protected previewAuto(): void {
    const seed = Math.floor(Math.random() * 2_147_483_647);
    this.autoBusy.set(true);
    this.actionError.set(null);
    this.api
      .autoAssign(this.roundId(), true, seed)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (preview) => {
          this.autoBusy.set(false);
          this.previewSeed.set(seed);
          this.preview.set(preview);
        },
        error: (failure: unknown) => {
          this.actionError.set(this.uiErrors.from(failure));
          this.autoBusy.set(false);
        },
      });
  }

  protected discardPreview(): void {
    this.preview.set(null);
  }

  /** Step 2: save. Nothing is saved when the server finds it infeasible now (the answer is shown). */
  protected saveAuto(): void {
    this.autoBusy.set(true);
    this.actionError.set(null);
    this.api
      .autoAssign(this.roundId(), false, this.previewSeed())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.autoBusy.set(false);
          if (!result.saved) {
            this.preview.set(result);
            return;
          }
          this.preview.set(null);
          this.snackBar.open(
            this.st.t('board.savedAuto', { count: result.added.length }),
            undefined,
            { duration: 4000 },
          );
          this.refreshAssignments();
        },
        error: (failure: unknown) => {
          this.actionError.set(this.uiErrors.from(failure));
          this.autoBusy.set(false);
        },
      });
  }
}
