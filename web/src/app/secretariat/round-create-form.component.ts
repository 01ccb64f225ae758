import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { RoundResponse } from '@press-award/contracts';
import { defaultDisagreementDistance } from '@press-award/domain';
import { map, startWith, switchMap } from 'rxjs';
import type { UiError } from '../core/api/api-error';
import { formatNumber } from '../core/format/format';
import { PaNumberPipe } from '../core/format/format.pipes';
import { DecimalInputDirective } from '../core/forms/decimal-input.directive';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { DisagreementPointsFieldComponent } from './disagreement-points-field.component';
import { formSave } from '../core/forms/form-save';
import { disagreementMessages } from './round-disagreement';
import { disagreementErrors, numberOrNull, weightedMaxTotal } from './rounds.model';
import {
  createCriterionForm,
  createRoundForm,
  keyFromName,
  roundClientErrors,
  rubricTotal,
  toRubric,
  type CriterionValue,
} from './rubric.model';
import { SecretariatApi } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/** The order a new round is offered: one after the last, at most 20. */
function nextOrder(rounds: readonly RoundResponse[]): number {
  return Math.min(20, Math.max(0, ...rounds.map((round) => round.order)) + 1);
}

/** A new round of the award with its rubric editor and disagreement distance (organizers only). */
@Component({
  selector: 'pa-round-create-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    SecretariatTranslatePipe,
    PaNumberPipe,
    DecimalInputDirective,
    DisagreementPointsFieldComponent,
    ErrorBannerComponent,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './round-create-form.component.html',
  styleUrl: './round-create-form.component.scss',
})
export class RoundCreateFormComponent implements OnInit {
  private readonly api = inject(SecretariatApi);
  private readonly i18n = inject(I18nService);
  private readonly st = inject(SecretariatI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly awardId = input.required<string>();
  /** The award's rounds: the new round's order is offered after theirs. */
  readonly rounds = input.required<readonly RoundResponse[]>();
  readonly created = output<RoundResponse>();

  protected readonly countFields = [
    { name: 'order', label: 'rounds.order', testId: 'round-order' },
    { name: 'judgesPerEntry', label: 'rounds.judgesPerEntry', testId: 'round-judges' },
  ] as const;
  protected readonly numberFields = [
    { name: 'maxScore', label: 'rubric.maxScore', step: 0.5 },
    { name: 'step', label: 'rubric.step', step: 0.25 },
    { name: 'weight', label: 'rubric.weight', step: 0.1 },
  ] as const;
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
  protected readonly disagreementHint = computed(() =>
    this.liveMaxTotal() > 0
      ? this.st.t('rounds.disagreementHint', {
          points: formatNumber(defaultDisagreementDistance(this.liveMaxTotal()), this.i18n.lang()),
        })
      : this.st.t('rounds.disagreementHintNoRubric'),
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
      disagreementMessages(this.st, this.i18n.lang()),
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
  private readonly roundSave = formSave(this.roundError, this.roundFormErrors);
  protected readonly creatingRound = this.roundSave.busy;

  ngOnInit(): void {
    this.resetRoundForm(nextOrder(this.rounds()));
  }

  private resetRoundForm(order: number): void {
    this.roundForm.set(createRoundForm(this.fb, order));
    this.disagreementControl.reset(null);
    this.roundFormErrors.reset();
  }

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
    this.roundSave.run(
      this.api.createRound(this.awardId(), {
        name: value.name.trim(),
        order: Number(value.order),
        judgesPerEntry: Number(value.judgesPerEntry),
        rubric: toRubric(value.criteria),
        ...(disagreementPoints === null ? {} : { disagreementPoints }),
      }),
      (round) => {
        this.created.emit(round);
        this.resetRoundForm(nextOrder([...this.rounds(), round]));
        this.snackBar.open(this.st.t('rounds.created'), undefined, { duration: 3000 });
      },
    );
  }
}
