import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  ENTRY_STATUSES,
  type AwardResponse,
  type EntryStatus,
  type ScreeningDecision,
  type ScreeningFinding,
} from '@press-award/contracts';
import { catchError, filter, of, switchMap, tap } from 'rxjs';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { loadOnInput } from '../core/api/load-on-input';
import { UiErrors } from '../core/api/ui-errors';
import { AuthService } from '../core/auth/auth.service';
import { PaDatePipe } from '../core/format/format.pipes';
import { entryStatusKey } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { EntryProvenanceComponent } from '../entries/entry-provenance.component';
import { EntryStatusChipComponent } from '../entries/entry-status-chip.component';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { AwardPageHeadComponent } from './award-page-head.component';
import {
  BulkDecisionDialogComponent,
  type BulkDecisionData,
  type BulkDecisionResult,
} from './bulk-decision-dialog.component';
import { ScreeningEntryDrawerComponent } from './screening-entry-drawer.component';
import {
  authorLine,
  codeOf,
  findingHint,
  findingKeys,
  pruneSelection,
  selectedInOrder,
  selectionState,
  toggleAll,
  toggleSelection,
} from './screening.model';
import { SecretariatApi, type ScreeningEntry } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

const PAGE_SIZE = 50;
/** The decisions the bulk bar offers for the selected entries: one filled button, the default. */
const BULK_ACTIONS = [
  {
    decision: 'eligible',
    label: 'screening.bulkEligible',
    testId: 'bulk-eligible',
    appearance: 'filled',
  },
  {
    decision: 'needs_revision',
    label: 'screening.bulkRevision',
    testId: 'bulk-needs-revision',
    appearance: 'outlined',
  },
  {
    decision: 'ineligible',
    label: 'screening.bulkIneligible',
    testId: 'bulk-ineligible',
    appearance: 'outlined',
  },
] as const;
/** Statuses a queue can show: the API lists filed entries only, never drafts. */
const QUEUE_STATUSES = ENTRY_STATUSES.filter((status) => status !== 'draft');

/**
 * The secretariat's screening queue (`/manage/awards/:awardId/screening`): filters, the entries
 * with the system's findings, selection and bulk decisions confirmed by count, a detail panel with
 * the decision form and history, and the issuing of blind codes.
 */
@Component({
  selector: 'pa-screening-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTooltipModule,
    TranslatePipe,
    SecretariatTranslatePipe,
    PaDatePipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    EntryStatusChipComponent,
    EntryProvenanceComponent,
    AwardPageHeadComponent,
    ScreeningEntryDrawerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './screening.page.html',
  styleUrl: './screening.page.scss',
})
export class ScreeningPage {
  private readonly api = inject(SecretariatApi);
  private readonly awards = inject(ApiClient);
  private readonly uiErrors = inject(UiErrors);
  private readonly st = inject(SecretariatI18n);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly auth = inject(AuthService);

  readonly awardId = input.required<string>();

  protected readonly statuses = QUEUE_STATUSES;
  protected readonly bulkActions = BULK_ACTIONS;
  protected readonly entryStatusKey = entryStatusKey;
  protected readonly authorLine = authorLine;
  protected readonly findingKeys = findingKeys;

  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly entries = signal<ScreeningEntry[]>([]);
  protected readonly total = signal(0);
  protected readonly actionError = signal<UiError | null>(null);
  protected readonly busy = signal(false);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly openId = signal<string | null>(null);
  /** Counts the openings, so that the decision form starts again even for the same entry. */
  protected readonly openedAt = signal(0);
  /** Codes returned by the last issuing, for rows the API sends without their code. */
  protected readonly issuedCodes = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly codesResult = signal<{ issued: number; total: number } | null>(null);

  protected readonly filters = this.fb.group({
    status: this.fb.control<EntryStatus | ''>(''),
    categoryId: '',
  });
  private readonly filterValue = toSignal(this.filters.valueChanges, {
    initialValue: this.filters.getRawValue(),
  });
  /** Back to the first page whenever the award or a filter changes. */
  protected readonly page = linkedSignal({
    source: () => ({ awardId: this.awardId(), filter: this.filterValue() }),
    computation: () => 1,
  });
  private readonly queue = loadOnInput({
    params: () => ({ awardId: this.awardId(), filter: this.filterValue(), page: this.page() }),
    request: ({ awardId, page }) => {
      const value = this.filters.getRawValue();
      return this.api.queue(awardId, {
        status: value.status,
        categoryId: value.categoryId,
        page,
        pageSize: PAGE_SIZE,
      });
    },
    loaded: (page) => {
      this.entries.set(page.items);
      this.total.set(page.total);
      this.selected.update((selected) =>
        pruneSelection(
          selected,
          page.items.map((entry) => entry.id),
        ),
      );
    },
  });
  protected readonly loading = this.queue.loading;
  protected readonly loadError = this.queue.error;
  // The award only names the page and its categories: without it the queue still works.
  private readonly awardLoad = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) => this.awards.award(awardId).pipe(catchError(() => of(null))),
    loaded: (award) => this.award.set(award),
  });

  protected readonly visibleIds = computed(() => this.entries().map((entry) => entry.id));
  protected readonly selectionState = computed(() =>
    selectionState(this.selected(), this.visibleIds()),
  );
  protected readonly selectedCount = computed(
    () => selectedInOrder(this.selected(), this.visibleIds()).length,
  );
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));
  protected readonly openEntry = computed(
    () => this.entries().find((entry) => entry.id === this.openId()) ?? null,
  );
  protected readonly receiptById = computed(
    () =>
      new Map(
        this.entries().map((entry) => [entry.id, entry.receiptNumber ?? entry.id.slice(0, 8)]),
      ),
  );

  protected load(): void {
    this.queue.reload();
  }

  protected goTo(page: number): void {
    this.page.set(Math.min(Math.max(1, page), this.pages()));
  }

  protected code(entry: ScreeningEntry): string | null {
    return codeOf(entry, this.issuedCodes());
  }

  protected isSelected(id: string): boolean {
    return this.selected().has(id);
  }

  protected toggle(id: string): void {
    this.selected.update((selected) => toggleSelection(selected, id));
  }

  protected toggleAll(): void {
    this.selected.update((selected) => toggleAll(selected, this.visibleIds()));
  }

  protected clearSelection(): void {
    this.selected.set(new Set());
  }

  protected findingHint(finding: ScreeningFinding): string {
    return findingHint(finding, this.receiptById(), (key, params) => this.st.t(key, params));
  }

  protected open(entry: ScreeningEntry): void {
    this.openId.set(entry.id);
    this.openedAt.update((count) => count + 1);
  }

  protected close(): void {
    this.openId.set(null);
  }

  protected replaceEntry(updated: ScreeningEntry): void {
    this.entries.update((list) =>
      list.map((candidate) => (candidate.id === updated.id ? updated : candidate)),
    );
  }

  protected bulk(decision: ScreeningDecision): void {
    const entryIds = selectedInOrder(this.selected(), this.visibleIds());
    if (entryIds.length === 0) return;
    const data: BulkDecisionData = { decision, count: entryIds.length };
    this.actionError.set(null);
    this.dialog
      .open<BulkDecisionDialogComponent, BulkDecisionData, BulkDecisionResult>(
        BulkDecisionDialogComponent,
        { data, width: '520px' },
      )
      .afterClosed()
      .pipe(
        filter((result): result is BulkDecisionResult => !!result),
        tap(() => this.busy.set(true)),
        switchMap((result) => this.api.decideMany(this.awardId(), { ...result, entryIds })),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (response) => {
          this.busy.set(false);
          this.selected.set(new Set());
          this.snackBar.open(
            this.st.t('screening.bulkDone', { count: response.decided }),
            undefined,
            { duration: 4000 },
          );
          this.load();
        },
        error: (failure: unknown) => {
          this.actionError.set(this.uiErrors.from(failure));
          this.busy.set(false);
        },
      });
  }

  protected issueCodes(): void {
    const data: ConfirmDialogData = {
      title: this.st.t('codes.title'),
      text: this.st.t('codes.text'),
      confirmLabel: this.st.t('codes.confirm'),
    };
    this.actionError.set(null);
    this.dialog
      .open(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(
        filter(Boolean),
        tap(() => this.busy.set(true)),
        switchMap(() => this.api.issueCodes(this.awardId())),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (result) => {
          this.busy.set(false);
          this.issuedCodes.set(new Map(result.codes.map((item) => [item.entryId, item.code])));
          this.codesResult.set({ issued: result.issued, total: result.codes.length });
        },
        error: (failure: unknown) => {
          this.actionError.set(this.uiErrors.from(failure));
          this.busy.set(false);
        },
      });
  }
}
