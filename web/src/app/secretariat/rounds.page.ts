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
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type {
  AdvancementPreviewResponse,
  AwardResponse,
  MemberResponse,
  RoundResponse,
} from '@press-award/contracts';
import { defaultDisagreementDistance, rubricMaxTotal } from '@press-award/domain';
import { forkJoin, map, startWith, switchMap } from 'rxjs';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { AuthService } from '../core/auth/auth.service';
import { formatNumber } from '../core/format/format';
import { PaNumberPipe } from '../core/format/format.pipes';
import { DecimalInputDirective } from '../core/forms/decimal-input.directive';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { AwardTabsComponent } from './award-tabs.component';
import type { BoardEntry } from './board.model';
import { CodedEntries } from './coded-entries';
import {
  ADVANCE_TOP_MAX,
  advanceErrors,
  disagreementErrors,
  isChecked,
  numberOrNull,
  previewCounts,
  roundEntryCodes,
  sameRule,
  sourceRounds,
  toAdvancementRule,
  toggleId,
  weightedMaxTotal,
  type AdvanceValue,
} from './rounds.model';
import {
  createCriterionForm,
  createRoundForm,
  keyFromName,
  roundClientErrors,
  rubricTotal,
  toRubric,
  type CriterionValue,
} from './rubric.model';
import { SecretariatApi, type AdvancementRule } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';
import { JudgeRelationsComponent } from './judge-relations.component';

/**
 * Rounds & councils (`/manage/awards/:awardId/rounds`): the rounds with their rubric, a new round
 * with a rubric editor, entries into a round, panels (categories × judges) and the judges' agencies.
 * The secretariat reads; organizers change.
 */
@Component({
  selector: 'pa-rounds-page',
  imports: [
    ReactiveFormsModule,
    DecimalInputDirective,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    SecretariatTranslatePipe,
    PaNumberPipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    AwardTabsComponent,
    JudgeRelationsComponent,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rounds.page.html',
  styleUrl: './rounds.page.scss',
})
export class RoundsPage {
  private readonly api = inject(SecretariatApi);
  private readonly awards = inject(ApiClient);
  private readonly codedEntries = inject(CodedEntries);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly st = inject(SecretariatI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly auth = inject(AuthService);

  readonly awardId = input.required<string>();

  protected readonly isChecked = isChecked;
  protected readonly numberFields = [
    { name: 'maxScore', label: 'rubric.maxScore', step: 0.5 },
    { name: 'step', label: 'rubric.step', step: 0.25 },
    { name: 'weight', label: 'rubric.weight', step: 0.1 },
  ] as const;
  protected readonly rubricTotal = rubricTotal;
  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly rounds = signal<RoundResponse[]>([]);
  protected readonly judges = signal<MemberResponse[]>([]);
  protected readonly coded = signal<BoardEntry[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiError | null>(null);
  protected readonly canEdit = computed(() => this.auth.canManage(this.awardId()));
  protected readonly selectedRoundId = signal<string | null>(null);
  protected readonly selectedRound = computed<RoundResponse | null>(
    () =>
      this.rounds().find((round) => round.id === this.selectedRoundId()) ??
      this.rounds()[0] ??
      null,
  );
  protected readonly categoryCode = computed(
    () => new Map((this.award()?.categories ?? []).map((category) => [category.id, category.code])),
  );
  protected readonly judgeById = computed(
    () => new Map(this.judges().map((judge) => [judge.userId, judge])),
  );

  // Create a round.
  protected readonly roundForm = signal(createRoundForm(this.fb, 1));
  /** The new round's disagreement distance; empty: the API's default (2 points per 10 of the maximum). */
  protected readonly disagreementControl = new FormControl<number | null>(null);
  private readonly disagreementValue = toSignal(this.disagreementControl.valueChanges, {
    initialValue: null,
  });
  protected readonly roundValue = toSignal(
    toObservable(this.roundForm).pipe(
      switchMap((form) =>
        form.valueChanges.pipe(
          startWith(null),
          map(() => form.getRawValue()),
        ),
      ),
    ),
    { initialValue: this.roundForm().getRawValue() },
  );
  protected readonly liveTotal = computed(() => rubricTotal(this.roundValue().criteria));
  /** The weighted maximum: what the distance is measured against (the default is 2 per 10 of it). */
  protected readonly liveMaxTotal = computed(() => weightedMaxTotal(this.roundValue().criteria));
  protected readonly liveDefaultDistance = computed(() =>
    defaultDisagreementDistance(this.liveMaxTotal()),
  );
  private readonly roundErrors = computed(() => [
    ...roundClientErrors(
      this.roundValue() as {
        name: string;
        order: number | null;
        judgesPerEntry: number | null;
        criteria: CriterionValue[];
      },
      {
        required: this.i18n.fieldMessage('REQUIRED'),
        keyInvalid: this.st.t('rubric.keyInvalid'),
        positive: this.st.t('rubric.positive'),
        range: this.i18n.t('error.range', { min: 1, max: 20 }),
        fieldMessage: (code) => this.i18n.fieldMessage(code),
      },
    ),
    ...disagreementErrors(
      numberOrNull(this.disagreementValue()),
      this.liveMaxTotal() || null,
      this.disagreementMessages(),
    ),
  ]);
  private readonly roundPaths = computed(() => {
    this.roundValue();
    return [
      ...controlPaths(this.roundForm()).map((path) =>
        path.replace(/^criteria\./, 'rubric.criteria.'),
      ),
      'rubric.criteria',
      'disagreementPoints',
    ];
  });
  protected readonly roundFormErrors = new FormErrors(this.roundErrors, this.roundPaths);
  protected readonly roundError = signal<UiError | null>(null);
  protected readonly creatingRound = signal(false);

  // Entries into the selected round.
  protected readonly entryCategories = signal<ReadonlySet<string>>(new Set());
  protected readonly entriesToAdd = computed(() => {
    const round = this.selectedRound();
    if (!round) return [];
    const already = new Set(round.entryIds);
    const categories = this.entryCategories();
    return this.coded().filter(
      (entry) =>
        !already.has(entry.id) && (categories.size === 0 || categories.has(entry.categoryId)),
    );
  });
  protected readonly addingEntries = signal(false);
  protected readonly entriesError = signal<UiError | null>(null);
  protected readonly selectedEntryCodes = computed(() => {
    const round = this.selectedRound();
    return round ? roundEntryCodes(round, this.coded()) : [];
  });

  // The selected round's disagreement distance, while it is not closed.
  protected readonly distanceControl = new FormControl<number | null>(null);
  private readonly distanceValue = toSignal(this.distanceControl.valueChanges, {
    initialValue: null,
  });
  private readonly distanceErrors = computed(() => {
    const round = this.selectedRound();
    return disagreementErrors(
      numberOrNull(this.distanceValue()),
      round ? rubricMaxTotal(round.rubric) : null,
      this.disagreementMessages(),
    );
  });
  protected readonly distanceFormErrors = new FormErrors(
    this.distanceErrors,
    signal(['disagreementPoints']),
  );
  protected readonly distanceError = signal<UiError | null>(null);
  protected readonly savingDistance = signal(false);

  // Advancement by rule into the selected (draft) round.
  protected readonly advanceTopMax = ADVANCE_TOP_MAX;
  protected readonly advanceForm = this.fb.group({
    fromRoundId: this.fb.control(''),
    top: new FormControl<number | null>(null),
    minScore: new FormControl<number | null>(null),
  });
  private readonly advanceRaw = toSignal(this.advanceForm.valueChanges, {
    initialValue: this.advanceForm.getRawValue(),
  });
  private readonly advanceValue = computed<AdvanceValue>(() => {
    const raw = this.advanceRaw();
    return {
      fromRoundId: raw.fromRoundId ?? '',
      top: numberOrNull(raw.top),
      minScore: numberOrNull(raw.minScore),
    };
  });
  protected readonly sources = computed(() => {
    const round = this.selectedRound();
    return round ? sourceRounds(this.rounds(), round) : [];
  });
  /** The earlier round chosen, and its rubric's maximum (the scale of the minimum score). */
  protected readonly source = computed(
    () => this.sources().find((round) => round.id === this.advanceValue().fromRoundId) ?? null,
  );
  protected readonly sourceMax = computed(() => {
    const source = this.source();
    return source ? rubricMaxTotal(source.rubric) : null;
  });
  private readonly advanceClientErrors = computed(() =>
    advanceErrors(this.advanceValue(), this.sourceMax(), {
      required: this.i18n.fieldMessage('REQUIRED'),
      ruleRequired: this.st.t('advance.ruleRequired'),
      topRange: this.i18n.t('error.range', { min: 1, max: ADVANCE_TOP_MAX }),
      minScore: this.st.t('advance.minScoreInvalid'),
      minScoreMax: (max) =>
        this.st.t('advance.minScoreMax', { max: formatNumber(max, this.i18n.lang()) }),
    }),
  );
  protected readonly advanceFormErrors = new FormErrors(
    this.advanceClientErrors,
    signal(['fromRoundId', 'rule', 'top', 'minScore']),
  );
  protected readonly advanceError = signal<UiError | null>(null);
  protected readonly previewing = signal(false);
  protected readonly advancing = signal(false);
  /** The last preview and the rule it was made for: applying is offered only while the form still says that rule. */
  protected readonly preview = signal<{
    rule: AdvancementRule;
    result: AdvancementPreviewResponse;
  } | null>(null);
  protected readonly previewIsCurrent = computed(() => {
    const preview = this.preview();
    return (
      !!preview &&
      this.advanceClientErrors().length === 0 &&
      sameRule(preview.rule, toAdvancementRule(this.advanceValue()))
    );
  });
  protected readonly previewCounts = computed(() => {
    const preview = this.preview();
    return preview ? previewCounts(preview.result) : { added: 0, already: 0 };
  });

  // Panels of the selected round.
  protected readonly panelForm = this.fb.group({ name: '' });
  protected readonly panelCategories = signal<ReadonlySet<string>>(new Set());
  protected readonly panelJudges = signal<ReadonlySet<string>>(new Set());
  protected readonly takenCategories = computed(
    () => new Set((this.selectedRound()?.panels ?? []).flatMap((panel) => panel.categoryIds)),
  );
  private readonly panelValue = toSignal(this.panelForm.valueChanges, {
    initialValue: this.panelForm.getRawValue(),
  });
  private readonly panelErrors = computed(() => {
    const errors = [];
    if (!(this.panelValue().name ?? '').trim())
      errors.push({ field: 'name', code: 'REQUIRED', message: this.i18n.fieldMessage('REQUIRED') });
    if (this.panelCategories().size === 0)
      errors.push({
        field: 'categoryIds',
        code: 'REQUIRED',
        message: this.i18n.fieldMessage('REQUIRED'),
      });
    if (this.panelJudges().size === 0)
      errors.push({
        field: 'judgeIds',
        code: 'REQUIRED',
        message: this.i18n.fieldMessage('REQUIRED'),
      });
    return errors;
  });
  protected readonly panelFormErrors = new FormErrors(
    this.panelErrors,
    signal(['name', 'categoryIds', 'judgeIds']),
  );
  protected readonly panelError = signal<UiError | null>(null);
  protected readonly creatingPanel = signal(false);

  constructor() {
    effect(() => {
      const awardId = this.awardId();
      untracked(() => this.load(awardId));
    });
  }

  protected load(awardId = this.awardId()): void {
    this.loading.set(true);
    this.loadError.set(null);
    forkJoin({
      award: this.awards.award(awardId),
      rounds: this.api.rounds(awardId),
      judges: this.api.judges(awardId),
      coded: this.codedEntries.load(awardId),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ award, rounds, judges, coded }) => {
          this.award.set(award);
          this.rounds.set([...rounds].sort((a, b) => a.order - b.order));
          this.judges.set(judges);
          this.coded.set(coded);
          this.resetRoundForm();
          this.resetRoundTools(this.selectedRound());
          this.loading.set(false);
        },
        error: (failure: unknown) => {
          this.loadError.set(this.uiErrors.from(failure));
          this.loading.set(false);
        },
      });
  }

  private resetRoundForm(): void {
    const nextOrder = Math.min(20, Math.max(0, ...this.rounds().map((round) => round.order)) + 1);
    this.roundForm.set(createRoundForm(this.fb, nextOrder));
    this.disagreementControl.reset(null);
    this.roundFormErrors.reset();
  }

  protected select(round: RoundResponse): void {
    this.selectedRoundId.set(round.id);
    this.entryCategories.set(new Set());
    this.panelCategories.set(new Set());
    this.panelJudges.set(new Set());
    this.resetRoundTools(round);
  }

  /** The selected round's own forms start from what it is. */
  private resetRoundTools(round: RoundResponse | null): void {
    this.distanceControl.reset(round?.disagreementPoints ?? null);
    this.distanceFormErrors.reset();
    this.distanceError.set(null);
    const nearest = round ? (sourceRounds(this.rounds(), round)[0]?.id ?? '') : '';
    this.advanceForm.reset({ fromRoundId: nearest, top: null, minScore: null });
    this.advanceFormErrors.reset();
    this.advanceError.set(null);
    this.preview.set(null);
  }

  private disagreementMessages() {
    return {
      min: this.st.t('rounds.disagreementMin'),
      decimals: this.st.t('rounds.disagreementDecimals'),
      max: (max: number) =>
        this.st.t('rounds.disagreementMax', { max: formatNumber(max, this.i18n.lang()) }),
    };
  }

  /** 2 points per 10 of the round's (weighted) maximum: what an empty distance means. */
  protected defaultDistanceOf(round: RoundResponse): number {
    return defaultDisagreementDistance(rubricMaxTotal(round.rubric));
  }

  /** The distance a round uses, for its card: "2 (mặc định)" or "1,5". */
  protected distanceLabel(round: RoundResponse): string {
    const value = formatNumber(round.disagreementDistance, this.i18n.lang());
    return round.disagreementPoints === null
      ? this.st.t('rounds.disagreementDefaultValue', { points: value })
      : value;
  }

  protected roundStatusKey(round: RoundResponse) {
    return `rounds.status.${round.status}` as const;
  }

  protected panelCategoryCodes(categoryIds: readonly string[]): string {
    return categoryIds.map((id) => this.categoryCode().get(id) ?? '?').join(', ');
  }

  protected panelJudgeNames(judgeIds: readonly string[]): string {
    return judgeIds.map((id) => this.judgeById().get(id)?.fullName ?? '?').join(', ');
  }

  // Rubric editor.
  protected addCriterion(): void {
    const criteria = this.roundForm().controls.criteria;
    criteria.push(createCriterionForm(this.fb, { maxScore: 5, step: 0.25 }));
  }

  protected removeCriterion(index: number): void {
    this.roundForm().controls.criteria.removeAt(index);
  }

  /** A key is derived from the name until the user writes one. */
  protected nameChanged(index: number): void {
    const row = this.roundForm().controls.criteria.at(index);
    if (row.controls.key.dirty) return;
    const taken = this.roundForm()
      .controls.criteria.controls.filter((_, other) => other !== index)
      .map((other) => other.controls.key.value);
    row.controls.key.setValue(keyFromName(row.controls.name.value, taken));
  }

  protected useTemplate(): void {
    const criteria = this.roundForm().controls.criteria;
    criteria.clear();
    criteria.push(
      createCriterionForm(this.fb, {
        key: 'noi_dung',
        name: this.st.t('rubric.content'),
        maxScore: 5,
        step: 0.25,
      }),
    );
    criteria.push(
      createCriterionForm(this.fb, {
        key: 'hinh_thuc',
        name: this.st.t('rubric.craft'),
        maxScore: 5,
        step: 0.25,
      }),
    );
  }

  protected createRound(): void {
    this.roundFormErrors.attempt();
    this.roundError.set(null);
    if (this.roundErrors().length > 0) return;
    const value = this.roundForm().getRawValue();
    const disagreementPoints = numberOrNull(this.disagreementControl.value);
    this.creatingRound.set(true);
    this.api
      .createRound(this.awardId(), {
        name: value.name.trim(),
        order: Number(value.order),
        judgesPerEntry: Number(value.judgesPerEntry),
        rubric: toRubric(value.criteria),
        ...(disagreementPoints === null ? {} : { disagreementPoints }),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (round) => {
          this.creatingRound.set(false);
          this.rounds.update((list) => [...list, round].sort((a, b) => a.order - b.order));
          this.select(round);
          this.resetRoundForm();
          this.snackBar.open(this.st.t('rounds.created'), undefined, { duration: 3000 });
        },
        error: (failure: unknown) => {
          const uiError = this.uiErrors.from(failure);
          this.roundError.set(uiError);
          this.roundFormErrors.setServer(uiError.details);
          this.creatingRound.set(false);
        },
      });
  }

  // Entries.
  protected toggleEntryCategory(categoryId: string, checked: boolean): void {
    this.entryCategories.update((set) => toggleId(set, categoryId, checked));
  }

  protected addEntries(): void {
    const round = this.selectedRound();
    const entryIds = this.entriesToAdd().map((entry) => entry.id);
    if (!round || entryIds.length === 0) return;
    this.addingEntries.set(true);
    this.entriesError.set(null);
    this.api
      .addEntries(round.id, entryIds)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.addingEntries.set(false);
          this.replaceRound(updated);
          this.snackBar.open(
            this.st.t('rounds.entriesAdded', { count: updated.entryIds.length }),
            undefined,
            { duration: 3000 },
          );
        },
        error: (failure: unknown) => {
          this.entriesError.set(this.uiErrors.from(failure));
          this.addingEntries.set(false);
        },
      });
  }

  // The disagreement distance of the selected round.
  protected saveDistance(useDefault = false): void {
    const round = this.selectedRound();
    if (!round) return;
    if (useDefault) this.distanceControl.setValue(null);
    this.distanceFormErrors.attempt();
    this.distanceError.set(null);
    if (this.distanceErrors().length > 0) return;
    this.savingDistance.set(true);
    this.api
      .updateRound(round.id, { disagreementPoints: numberOrNull(this.distanceControl.value) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.savingDistance.set(false);
          this.replaceRound(updated);
          this.distanceControl.reset(updated.disagreementPoints);
          this.distanceFormErrors.reset();
          this.snackBar.open(
            this.st.t('rounds.disagreementSaved', {
              points: formatNumber(updated.disagreementDistance, this.i18n.lang()),
            }),
            undefined,
            { duration: 3000 },
          );
        },
        error: (failure: unknown) => {
          const uiError = this.uiErrors.from(failure);
          this.distanceError.set(uiError);
          this.distanceFormErrors.setServer(uiError.details);
          this.savingDistance.set(false);
        },
      });
  }

  // Advancement by rule.
  protected previewAdvancement(): void {
    const round = this.selectedRound();
    if (!round) return;
    this.advanceFormErrors.attempt();
    this.advanceError.set(null);
    this.preview.set(null);
    if (this.advanceClientErrors().length > 0) return;
    const rule = toAdvancementRule(this.advanceValue());
    this.previewing.set(true);
    this.api
      .previewAdvancement(round.id, rule)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.previewing.set(false);
          this.preview.set({ rule, result });
        },
        error: (failure: unknown) => this.advanceFailed(failure, this.previewing),
      });
  }

  /** Applies exactly the previewed rule: the API records it (`round.advanced`) with the entries it chose. */
  protected advance(): void {
    const round = this.selectedRound();
    const preview = this.preview();
    if (!round || !preview || !this.previewIsCurrent()) return;
    this.advancing.set(true);
    this.advanceError.set(null);
    this.api
      .advance(round.id, preview.rule)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.advancing.set(false);
          this.replaceRound(updated);
          this.preview.set(null);
          this.advanceFormErrors.reset();
          this.snackBar.open(
            this.st.t('rounds.entriesAdded', { count: updated.entryIds.length }),
            undefined,
            { duration: 3000 },
          );
        },
        error: (failure: unknown) => this.advanceFailed(failure, this.advancing),
      });
  }

  private advanceFailed(failure: unknown, busy: { set(value: boolean): void }): void {
    const uiError = this.uiErrors.from(failure);
    this.advanceError.set(uiError);
    this.advanceFormErrors.setServer(uiError.details);
    busy.set(false);
  }

  // Panels.
  protected togglePanelCategory(categoryId: string, checked: boolean): void {
    this.panelCategories.update((set) => toggleId(set, categoryId, checked));
  }

  protected togglePanelJudge(userId: string, checked: boolean): void {
    this.panelJudges.update((set) => toggleId(set, userId, checked));
  }

  protected createPanel(): void {
    const round = this.selectedRound();
    if (!round) return;
    this.panelFormErrors.attempt();
    this.panelError.set(null);
    if (this.panelErrors().length > 0) return;
    this.creatingPanel.set(true);
    this.api
      .createPanel(round.id, {
        name: this.panelForm.getRawValue().name.trim(),
        categoryIds: [...this.panelCategories()],
        judgeIds: [...this.panelJudges()],
      })
      .pipe(
        switchMap(() => this.api.round(round.id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.creatingPanel.set(false);
          this.replaceRound(updated);
          this.panelForm.reset();
          this.panelCategories.set(new Set());
          this.panelJudges.set(new Set());
          this.panelFormErrors.reset();
          this.snackBar.open(this.st.t('panels.created'), undefined, { duration: 3000 });
        },
        error: (failure: unknown) => {
          const uiError = this.uiErrors.from(failure);
          this.panelError.set(uiError);
          this.panelFormErrors.setServer(uiError.details);
          this.creatingPanel.set(false);
        },
      });
  }

  protected judgeChanged(member: MemberResponse): void {
    this.judges.update((list) =>
      list.map((candidate) => (candidate.id === member.id ? member : candidate)),
    );
  }

  private replaceRound(updated: RoundResponse): void {
    this.rounds.update((list) => list.map((round) => (round.id === updated.id ? updated : round)));
  }
}
