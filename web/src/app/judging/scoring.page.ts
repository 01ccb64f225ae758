import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type {
  FieldError,
  JudgeAssignmentResponse,
  RubricCriterion,
  SheetResponse,
} from '@press-award/contracts';
import { criterionWeight, rubricMaxTotal } from '@press-award/domain';
import { firstValueFrom, type Subscription } from 'rxjs';
import type { UiError } from '../core/api/api-error';
import { loadOnInput } from '../core/api/load-on-input';
import { UiErrors } from '../core/api/ui-errors';
import { formatDateTime, formatNumber } from '../core/format/format';
import { PaDatePipe, PaNumberPipe } from '../core/format/format.pipes';
import { DecimalInputDirective } from '../core/forms/decimal-input.directive';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { mediaKey } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { LoadingComponent } from '../shared/states.component';
import {
  INITIAL_AUTOSAVE,
  LocalDrafts,
  SheetAutosave,
  hasUnsavedEdits,
  shouldRestore,
  type AutosaveState,
  type SheetDraft,
} from './autosave';
import { JudgingApi } from './judging-api';
import { JudgingI18n, JudgingTranslatePipe } from './judging-i18n';
import { askRecuseReason } from './recuse-dialog.component';
import { presentScores, scoreIssues, sheetTotal, stepScore } from './score.model';
import { SaveStatusComponent, vietnamTime } from './save-status.component';
import { ScoreMessages } from './score-messages';
import { SheetConflictComponent } from './sheet-conflict.component';
import { createSheetForm, fillSheetForm, type SheetForm } from './sheet-form';
import { WorkViewerComponent } from './work-viewer.component';

export const COMMENT_MAX = 5000;

/**
 * The scoring page (`/judging/:assignmentId`): the work beside the rubric. The draft autosaves with
 * its version (409 on a stale one: the judge chooses), an unsent copy stays in localStorage, and a
 * submitted sheet is read-only.
 */
@Component({
  selector: 'pa-scoring-page',
  imports: [
    ReactiveFormsModule,
    DecimalInputDirective,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    JudgingTranslatePipe,
    PaDatePipe,
    PaNumberPipe,
    ErrorBannerComponent,
    LoadingComponent,
    WorkViewerComponent,
    FieldErrorsComponent,
    SaveStatusComponent,
    SheetConflictComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scoring.page.html',
  styleUrl: './scoring.page.scss',
  host: { '(keydown.control.s)': 'saveNow($event)', '(keydown.meta.s)': 'saveNow($event)' },
})
export class ScoringPage {
  private readonly api = inject(JudgingApi);
  private readonly uiErrors = inject(UiErrors);
  private readonly jt = inject(JudgingI18n);
  private readonly messages = inject(ScoreMessages);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);
  private readonly drafts = new LocalDrafts(this.document.defaultView?.localStorage ?? null);

  readonly assignmentId = input.required<string>();

  protected readonly mediaKey = mediaKey;
  protected readonly commentMax = COMMENT_MAX;
  protected readonly assignment = signal<JudgeAssignmentResponse | null>(null);
  private readonly page = loadOnInput({
    params: () => this.assignmentId(),
    request: (assignmentId: string) => this.api.assignment(assignmentId),
    loaded: (assignment) => this.start(assignment),
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;
  protected readonly form = signal<SheetForm | null>(null);
  private readonly formValue = signal<{ scores: Record<string, number | null>; comment: string }>({
    scores: {},
    comment: '',
  });
  private readonly autosave = signal<SheetAutosave | null>(null);
  protected readonly saveState = computed<AutosaveState>(
    () => this.autosave()?.state() ?? INITIAL_AUTOSAVE,
  );
  protected readonly restoredAt = signal<string | null>(null);
  protected readonly submitAttempted = signal(false);
  protected readonly submitting = signal(false);
  protected readonly submitError = signal<UiError | null>(null);
  protected readonly resolving = signal(false);

  protected readonly criteria = computed<RubricCriterion[]>(
    () => this.assignment()?.rubric.criteria ?? [],
  );
  protected readonly sheet = computed<SheetResponse | null>(() => this.assignment()?.sheet ?? null);
  protected readonly locked = computed(
    () => this.sheet()?.status === 'submitted' || this.saveState().phase === 'locked',
  );
  protected readonly total = computed(() => sheetTotal(this.criteria(), this.formValue().scores));
  protected readonly maxTotal = computed(() => rubricMaxTotal({ criteria: this.criteria() }));
  protected readonly restoredTime = computed(() => vietnamTime(this.restoredAt()));
  protected readonly submittedTime = computed(() =>
    formatDateTime(this.sheet()?.submittedAt ?? null),
  );

  private readonly clientErrors = computed<FieldError[]>(() =>
    scoreIssues(this.criteria(), this.formValue().scores, this.submitAttempted()).map(
      ({ criterion, issue }) => ({
        field: `scores.${criterion.key}`,
        code: issue,
        message: this.messages.issue(criterion, issue, this.formValue().scores[criterion.key]),
      }),
    ),
  );
  protected readonly clientErrorCount = computed(() => this.clientErrors().length);
  private readonly paths = computed(() => [
    ...this.criteria().map((criterion) => `scores.${criterion.key}`),
    'comment',
  ]);
  protected readonly formErrors = new FormErrors(this.clientErrors, this.paths);

  private valueSubscription: Subscription | null = null;

  constructor() {
    // Range and step problems show while typing; a missing score only once the judge submits.
    this.formErrors.attempt();
    const view = this.document.defaultView;
    const online = () => void this.autosave()?.flush();
    const hidden = () => {
      if (this.document.visibilityState === 'hidden') void this.autosave()?.flush();
    };
    view?.addEventListener('online', online);
    this.document.addEventListener('visibilitychange', hidden);
    this.destroyRef.onDestroy(() => {
      view?.removeEventListener('online', online);
      this.document.removeEventListener('visibilitychange', hidden);
      this.valueSubscription?.unsubscribe();
      const autosave = this.autosave();
      // Leaving the page saves what is pending now rather than after the debounce.
      void autosave?.flush().finally(() => autosave.stop());
    });
  }

  protected load(): void {
    this.page.reload();
  }

  private start(assignment: JudgeAssignmentResponse): void {
    this.autosave()?.stop();
    this.valueSubscription?.unsubscribe();
    this.assignment.set(assignment);
    this.submitAttempted.set(false);
    this.submitError.set(null);
    this.restoredAt.set(null);
    this.formErrors.setServer([]);

    const form = createSheetForm(assignment.rubric.criteria, assignment.sheet);
    this.form.set(form);

    const autosave = new SheetAutosave({
      snapshot: () => this.snapshot(),
      save: (request) => firstValueFrom(this.api.saveSheet(assignment.id, request)),
      toUiError: (failure) => this.uiErrors.from(failure),
      onSaved: (sheet, state) => this.saved(sheet, state),
    });
    autosave.load(assignment.sheet);
    this.autosave.set(autosave);

    const local = this.drafts.read(assignment.id);
    if (assignment.sheet?.status === 'submitted') {
      this.drafts.clear(assignment.id);
      form.disable({ emitEvent: false });
    } else if (shouldRestore(local, assignment.sheet)) {
      fillSheetForm(form, local);
      this.restoredAt.set(local.editedAt);
      this.syncValue();
      autosave.edited();
    } else if (local) {
      this.drafts.clear(assignment.id);
    }
    this.syncValue();
    this.valueSubscription = form.valueChanges.subscribe(() => this.edited());
  }

  private syncValue(): void {
    const form = this.form();
    if (form) this.formValue.set(form.getRawValue());
  }

  private snapshot(): { draft: SheetDraft; valid: boolean } {
    const value = this.form()?.getRawValue() ?? { scores: {}, comment: '' };
    return {
      draft: { scores: presentScores(this.criteria(), value.scores), comment: value.comment },
      valid: scoreIssues(this.criteria(), value.scores, false).length === 0,
    };
  }

  private edited(): void {
    const assignment = this.assignment();
    if (!assignment || this.locked()) return;
    this.syncValue();
    const { draft } = this.snapshot();
    this.drafts.write(assignment.id, { ...draft, editedAt: new Date().toISOString() });
    this.autosave()?.edited();
  }

  private saved(sheet: SheetResponse, state: AutosaveState): void {
    const assignment = this.assignment();
    if (!assignment) return;
    this.assignment.set({ ...assignment, sheet });
    this.formErrors.setServer([]);
    if (!hasUnsavedEdits(state) || sheet.status === 'submitted') {
      this.drafts.clear(assignment.id);
      this.restoredAt.set(null);
    }
    if (sheet.status === 'submitted') this.form()?.disable({ emitEvent: false });
  }

  /** The API's details, with each criterion named; an unknown criterion stays in the banner. */
  private serverDetails(details: readonly FieldError[]): FieldError[] {
    return this.messages.serverDetails(this.criteria(), this.formValue().scores, details);
  }

  // Tablet steppers.
  protected step(criterion: RubricCriterion, direction: 1 | -1): void {
    const control = this.form()?.controls.scores.controls[criterion.key];
    if (!control || control.disabled) return;
    control.setValue(stepScore(criterion, control.value, direction));
  }

  protected weightOf(criterion: RubricCriterion): number {
    return criterionWeight(criterion);
  }

  protected saveNow(event?: Event): void {
    event?.preventDefault();
    void this.autosave()?.flush();
  }

  // Conflicts: the judge chooses between the server's latest and what they typed here.
  protected async resolveConflict(keepMine: boolean): Promise<void> {
    const assignment = this.assignment();
    const autosave = this.autosave();
    const form = this.form();
    if (!assignment || !autosave || !form) return;
    this.resolving.set(true);
    try {
      const latest = await firstValueFrom(this.api.assignment(assignment.id));
      this.assignment.set({ ...assignment, sheet: latest.sheet });
      if (!keepMine) {
        if (latest.sheet) fillSheetForm(form, latest.sheet);
        else fillSheetForm(form, { scores: {}, comment: '' });
        this.syncValue();
        this.drafts.clear(assignment.id);
        this.restoredAt.set(null);
      }
      autosave.adopt(latest.sheet, keepMine);
      if (latest.sheet?.status === 'submitted') form.disable({ emitEvent: false });
    } catch (failure) {
      this.submitError.set(this.uiErrors.from(failure));
    } finally {
      this.resolving.set(false);
    }
  }

  protected async submit(): Promise<void> {
    const assignment = this.assignment();
    const autosave = this.autosave();
    if (!assignment || !autosave || this.locked()) return;
    this.submitAttempted.set(true);
    this.submitError.set(null);
    const issues = scoreIssues(this.criteria(), this.formValue().scores, true);
    if (issues.length > 0) {
      this.focusScore(issues[0]?.criterion.key ?? '');
      return;
    }
    const data: ConfirmDialogData = {
      title: this.jt.t('sheet.submitTitle', { code: assignment.entryCode }),
      text: this.jt.t('sheet.submitText', {
        total: formatNumber(this.total(), this.i18n.lang()),
        max: formatNumber(this.maxTotal(), this.i18n.lang()),
      }),
      confirmLabel: this.jt.t('sheet.submitConfirm'),
    };
    const confirmed = await firstValueFrom(
      this.dialog.open(ConfirmDialogComponent, { data, autoFocus: 'dialog' }).afterClosed(),
    );
    if (confirmed !== true) return;
    this.submitting.set(true);
    try {
      await autosave.submit();
      this.snackBar.open(this.jt.t('sheet.submitted'), undefined, { duration: 4000 });
    } catch (failure) {
      const error = failure as UiError;
      this.submitError.set(error);
      this.formErrors.setServer(this.serverDetails(error.details ?? []));
      if (error.code === 'SHEET_ALREADY_SUBMITTED') this.load();
    } finally {
      this.submitting.set(false);
    }
  }

  private focusScore(key: string): void {
    const input = this.host.nativeElement.querySelector<HTMLInputElement>(
      `[data-key="${CSS.escape(key)}"]`,
    );
    input?.focus();
  }

  protected recuse(): void {
    const assignment = this.assignment();
    if (!assignment) return;
    askRecuseReason(this.dialog, assignment.entryCode)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((reason) => {
        this.api.recuse(assignment.id, reason).subscribe({
          next: () => {
            this.autosave()?.stop();
            this.drafts.clear(assignment.id);
            this.snackBar.open(
              this.jt.t('recuse.done', { code: assignment.entryCode }),
              undefined,
              { duration: 4000 },
            );
            void this.router.navigateByUrl('/judging');
          },
          error: (failure: unknown) => this.submitError.set(this.uiErrors.from(failure)),
        });
      });
  }

  /** Server-side errors from an autosave show on the fields, too. */
  protected readonly autosaveErrors = effect(() => {
    const error = this.saveState().error;
    if (error && error.details.length > 0)
      untracked(() => this.formErrors.setServer(this.serverDetails(error.details)));
  });
}
