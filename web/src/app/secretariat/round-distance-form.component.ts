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
import { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { RoundResponse } from '@press-award/contracts';
import { defaultDisagreementDistance, rubricMaxTotal } from '@press-award/domain';
import type { UiError } from '../core/api/api-error';
import { formatNumber } from '../core/format/format';
import { FormErrors } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { DisagreementPointsFieldComponent } from './disagreement-points-field.component';
import { disagreementMessages, distanceLabel } from './round-disagreement';
import { formSave } from '../core/forms/form-save';
import { resetOn } from '../core/forms/reset-on';
import { disagreementErrors, numberOrNull } from './rounds.model';
import { SecretariatApi } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/** The selected round's disagreement distance: changed while the round is not closed. */
@Component({
  selector: 'pa-round-distance-form',
  imports: [
    MatButtonModule,
    TranslatePipe,
    SecretariatTranslatePipe,
    ErrorBannerComponent,
    DisagreementPointsFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './round-distance-form.component.html',
  styles: `
    :host {
      display: block;
    }
    .pa-distance-form {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: flex-start;
      max-width: 720px;
      pa-disagreement-points-field {
        min-width: 260px;
      }
    }
  `,
})
export class RoundDistanceFormComponent {
  private readonly api = inject(SecretariatApi);
  private readonly i18n = inject(I18nService);
  private readonly st = inject(SecretariatI18n);
  private readonly snackBar = inject(MatSnackBar);

  readonly round = input.required<RoundResponse>();
  readonly canEdit = input(false);
  readonly roundChanged = output<RoundResponse>();

  protected readonly distanceControl = new FormControl<number | null>(null);
  private readonly distanceValue = toSignal(this.distanceControl.valueChanges, {
    initialValue: null,
  });
  private readonly distanceErrors = computed(() =>
    disagreementErrors(
      numberOrNull(this.distanceValue()),
      rubricMaxTotal(this.round().rubric),
      disagreementMessages(this.st, this.i18n.lang()),
    ),
  );
  protected readonly distanceFormErrors = new FormErrors(
    this.distanceErrors,
    signal(['disagreementPoints']),
  );
  protected readonly distanceError = signal<UiError | null>(null);
  private readonly distanceSave = formSave(this.distanceError, this.distanceFormErrors);
  protected readonly savingDistance = this.distanceSave.busy;
  private readonly roundId = computed(() => this.round().id);

  constructor() {
    // The form starts from what the selected round is.
    resetOn(this.roundId, () => {
      this.distanceControl.reset(this.round().disagreementPoints ?? null);
      this.distanceFormErrors.reset();
      this.distanceError.set(null);
    });
  }

  /** 2 points per 10 of the round's (weighted) maximum: what an empty distance means. */
  protected readonly distanceHint = computed(() =>
    this.st.t('rounds.disagreementHint', {
      points: formatNumber(
        defaultDisagreementDistance(rubricMaxTotal(this.round().rubric)),
        this.i18n.lang(),
      ),
    }),
  );

  protected distanceLabel(round: RoundResponse): string {
    return distanceLabel(round, this.st, this.i18n.lang());
  }

  protected saveDistance(useDefault = false): void {
    const round = this.round();
    if (useDefault) this.distanceControl.setValue(null);
    this.distanceFormErrors.attempt();
    this.distanceError.set(null);
    if (this.distanceErrors().length > 0) return;
    this.distanceSave.run(
      this.api.updateRound(round.id, {
        disagreementPoints: numberOrNull(this.distanceControl.value),
      }),
      (updated) => {
        this.roundChanged.emit(updated);
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
    );
  }
}
