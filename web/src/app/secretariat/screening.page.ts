import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  ENTRY_STATUSES,
  SCREENING_DECISIONS,
  type AwardResponse,
  type EntryStatus,
  type ScreeningDecision,
  type ScreeningFinding,
} from '@press-award/contracts';
import { filter, switchMap, tap } from 'rxjs';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { AuthService } from '../core/auth/auth.service';
import { formatDateTime, isVietnamLocal, vietnamLocalToIso } from '../core/format/format';
import { PaBytesPipe, PaDatePipe, PaDateTimePipe } from '../core/format/format.pipes';
import { DateTimeInputDirective } from '../core/forms/date-input.directive';
import { provideDatepicker } from '../core/forms/datepicker.providers';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { authorRoleKey, entryStatusKey, fileKindKey, languageKey } from '../core/i18n/labels';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { fileContentUrl } from '../entries/entries-api';
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
import {
  authorLine,
  codeOf,
  decisionClientErrors,
  decisionKey,
  findingKeys,
  pruneSelection,
  selectedInOrder,
  selectionState,
  toDecisionInput,
  toggleAll,
  toggleSelection,
  vietnamLocalInDays,
} from './screening.model';
import { SecretariatApi, type ScreeningEntry } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

const PAGE_SIZE = 50;
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
    MatDatepicker,
    MatDatepickerToggle,
    DateTimeInputDirective,
    TranslatePipe,
    SecretariatTranslatePipe,
    PaDatePipe,
    PaDateTimePipe,
    PaBytesPipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    EntryStatusChipComponent,
    EntryProvenanceComponent,
    AwardPageHeadComponent,
    FieldErrorsComponent,
  ],
  // The picker's calendar and words load with the pages that have date fields, not with the app.
  providers: [provideDatepicker()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './screening.page.html',
  styleUrl: './screening.page.scss',
})
export class ScreeningPage {
  private readonly api = inject(SecretariatApi);
  private readonly awards = inject(ApiClient);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly st = inject(SecretariatI18n);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly auth = inject(AuthService);

  readonly awardId = input.required<string>();

  protected readonly statuses = QUEUE_STATUSES;
  protected readonly decisions = SCREENING_DECISIONS;
  protected readonly entryStatusKey = entryStatusKey;
  protected readonly authorRoleKey = authorRoleKey;
  protected readonly fileKindKey = fileKindKey;
  protected readonly languageKey = languageKey;
  protected readonly authorLine = authorLine;
  protected readonly findingKeys = findingKeys;
  protected readonly decisionKey = decisionKey;
  protected readonly fileUrl = fileContentUrl;

  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly entries = signal<ScreeningEntry[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiError | null>(null);
  protected readonly actionError = signal<UiError | null>(null);
  protected readonly busy = signal(false);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly openId = signal<string | null>(null);
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

  // The decision form of the open entry.
  protected readonly decisionForm = this.fb.group({
    decision: this.fb.control<ScreeningDecision>('eligible'),
    reason: '',
    revisionDeadline: vietnamLocalInDays(new Date(), 7),
  });
  private readonly decisionValue = toSignal(this.decisionForm.valueChanges, {
    initialValue: this.decisionForm.getRawValue(),
  });
  protected readonly currentDecision = computed(() => this.decisionValue().decision ?? 'eligible');
  private readonly decisionNow = signal(new Date());
  private readonly decisionErrors = computed(() =>
    decisionClientErrors(
      { ...this.decisionForm.getRawValue(), ...this.decisionValue() },
      this.decisionNow(),
      {
        reasonRequired: this.i18n.errorMessage('SCREENING_REASON_REQUIRED'),
        deadlinePast: this.st.t('decision.deadlinePast'),
        deadlineInvalid: this.i18n.t('date.invalidDateTime'),
      },
    ),
  );
  protected readonly formErrors = new FormErrors(
    this.decisionErrors,
    signal(controlPaths(this.decisionForm)),
  );
  protected readonly decisionError = signal<UiError | null>(null);
  protected readonly deciding = signal(false);
  protected readonly deadlinePreview = computed(() => {
    const local = this.decisionValue().revisionDeadline ?? '';
    if (isVietnamLocal(local))
      return this.st.t('decision.deadlinePreview', {
        date: formatDateTime(vietnamLocalToIso(local)),
      });
    const format = this.i18n.t('date.dateTimeHint');
    return local ? format : `${this.st.t('decision.deadlineHint')} ${format}`;
  });

  constructor() {
    effect(() => {
      const awardId = this.awardId();
      this.filterValue();
      untracked(() => {
        this.page.set(1);
        this.load(awardId);
      });
    });
    effect(() => {
      const awardId = this.awardId();
      untracked(() =>
        this.awards
          .award(awardId)
          .pipe(takeUntilDestroyed(this.destroyRef))
          .subscribe({ next: (award) => this.award.set(award), error: () => this.award.set(null) }),
      );
    });
  }

  protected load(awardId = this.awardId()): void {
    const value = this.filters.getRawValue();
    this.loading.set(true);
    this.loadError.set(null);
    this.api
      .queue(awardId, {
        status: value.status,
        categoryId: value.categoryId,
        page: this.page(),
        pageSize: PAGE_SIZE,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.entries.set(page.items);
          this.total.set(page.total);
          this.selected.update((selected) =>
            pruneSelection(
              selected,
              page.items.map((entry) => entry.id),
            ),
          );
          this.loading.set(false);
        },
        error: (failure: unknown) => {
          this.loadError.set(this.uiErrors.from(failure));
          this.loading.set(false);
        },
      });
  }

  protected goTo(page: number): void {
    this.page.set(Math.min(Math.max(1, page), this.pages()));
    this.load();
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
    const keys = findingKeys(finding);
    const hint = this.st.t(keys.hint, keys.params);
    if (!finding.relatedEntryIds?.length) return hint;
    const receipts = finding.relatedEntryIds
      .map((id) => this.receiptById().get(id) ?? id.slice(0, 8))
      .join(', ');
    return `${hint} ${this.st.t('drawer.relatedEntries', { receipts })}`;
  }

  protected open(entry: ScreeningEntry): void {
    this.openId.set(entry.id);
    this.decisionError.set(null);
    this.decisionForm.reset({
      decision: 'eligible',
      reason: '',
      revisionDeadline: vietnamLocalInDays(new Date(), 7),
    });
    this.formErrors.reset();
  }

  protected close(): void {
    this.openId.set(null);
  }

  protected decide(): void {
    const entry = this.openEntry();
    if (!entry) return;
    this.decisionNow.set(new Date());
    this.formErrors.attempt();
    this.decisionError.set(null);
    if (this.decisionErrors().length > 0) return;
    this.deciding.set(true);
    this.api
      .decide(entry.id, toDecisionInput(this.decisionForm.getRawValue()))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.deciding.set(false);
          this.entries.update((list) =>
            list.map((candidate) => (candidate.id === updated.id ? updated : candidate)),
          );
          this.formErrors.reset();
          this.decisionForm.controls.reason.setValue('');
          this.snackBar.open(this.st.t('screening.decided'), undefined, { duration: 3000 });
        },
        error: (failure: unknown) => {
          const uiError = this.uiErrors.from(failure);
          this.decisionError.set(uiError);
          this.formErrors.setServer(uiError.details);
          this.deciding.set(false);
        },
      });
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
