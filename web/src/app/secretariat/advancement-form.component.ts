import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type {
  AdvancementPreviewResponse,
  AwardResponse,
  RoundResponse,
} from '@press-award/contracts';
import { rubricMaxTotal } from '@press-award/domain';
import type { UiError } from '../core/api/api-error';
import { formatNumber } from '../core/format/format';
import { PaNumberPipe } from '../core/format/format.pipes';
import { DecimalInputDirective } from '../core/forms/decimal-input.directive';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { formSave } from '../core/forms/form-save';
import { resetOn } from '../core/forms/reset-on';
import {
  ADVANCE_TOP_MAX,
  advanceErrors,
  numberOrNull,
  previewCounts,
  sameRule,
  sourceRounds,
  toAdvancementRule,
  type AdvanceValue,
} from './rounds.model';
import { SecretariatApi, type AdvancementRule } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/** Advancement by rule into the selected (draft) round: preview the entries a rule picks, then apply it. */
@Component({
  selector: 'pa-advancement-form',
  imports: [
    ReactiveFormsModule,
    DecimalInputDirective,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    SecretariatTranslatePipe,
    PaNumberPipe,
    ErrorBannerComponent,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './advancement-form.component.html',
  styles: `
    :host {
      display: block;
    }
    .pa-round-grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 12px;
      margin-bottom: 8px;
    }
    .pa-advance-result {
      margin-top: 12px;
    }
  `,
})
export class AdvancementFormComponent {
  private readonly api = inject(SecretariatApi);
  private readonly i18n = inject(I18nService);
  private readonly st = inject(SecretariatI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The selected round, the one entries advance into. */
  readonly round = input.required<RoundResponse>();
  readonly rounds = input.required<readonly RoundResponse[]>();
  readonly categories = input.required<AwardResponse['categories']>();
  readonly roundChanged = output<RoundResponse>();

  protected readonly categoryCode = computed(
    () => new Map(this.categories().map((category) => [category.id, category.code])),
  );
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
  protected readonly sources = computed(() => sourceRounds(this.rounds(), this.round()));
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
  private readonly previewSave = formSave(this.advanceError, this.advanceFormErrors);
  protected readonly previewing = this.previewSave.busy;
  private readonly advanceSave = formSave(this.advanceError, this.advanceFormErrors);
  protected readonly advancing = this.advanceSave.busy;
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
  private readonly roundId = computed(() => this.round().id);

  constructor() {
    // The form starts from the nearest earlier round of the one selected.
    resetOn(this.roundId, () => {
      const nearest = this.sources()[0]?.id ?? '';
      this.advanceForm.reset({ fromRoundId: nearest, top: null, minScore: null });
      this.advanceFormErrors.reset();
      this.advanceError.set(null);
      this.preview.set(null);
    });
  }

  protected previewAdvancement(): void {
    const round = this.round();
    this.advanceFormErrors.attempt();
    this.advanceError.set(null);
    this.preview.set(null);
    if (this.advanceClientErrors().length > 0) return;
    const rule = toAdvancementRule(this.advanceValue());
    this.previewSave.run(this.api.previewAdvancement(round.id, rule), (result) =>
      this.preview.set({ rule, result }),
    );
  }

  /** Applies exactly the previewed rule: the API records it (`round.advanced`) with the entries it chose. */
  protected advance(): void {
    const round = this.round();
    const preview = this.preview();
    if (!preview || !this.previewIsCurrent()) return;
    this.advanceError.set(null);
    this.advanceSave.run(this.api.advance(round.id, preview.rule), (updated) => {
      this.roundChanged.emit(updated);
      this.preview.set(null);
      this.advanceFormErrors.reset();
      this.snackBar.open(
        this.st.t('rounds.entriesAdded', { count: updated.entryIds.length }),
        undefined,
        { duration: 3000 },
      );
    });
  }
}
