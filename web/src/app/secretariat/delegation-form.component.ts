import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { JURY_DELEGATIONS, type JuryDelegation } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { isChecked, toggleId } from '../core/forms/checkboxes';
import { formSave } from '../core/forms/form-save';
import { resetOn } from '../core/forms/reset-on';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { CouncilApi } from './council-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';
import type { SecretariatKey } from './secretariat.vi';

/** The organizer hands jury work to the award's secretaries (`PUT /awards/:awardId/delegations`). */
@Component({
  selector: 'pa-delegation-form',
  imports: [MatButtonModule, SecretariatTranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="pa-card pa-section"
      aria-labelledby="delegation-heading"
      data-testid="delegation"
    >
      <h2 id="delegation-heading">{{ 'delegation.title' | st }}</h2>
      <p class="pa-muted">{{ 'delegation.hint' | st }}</p>
      <form (submit)="$event.preventDefault(); save()" class="pa-delegation-form">
        <fieldset class="pa-checks">
          <legend class="pa-sr-only">{{ 'delegation.title' | st }}</legend>
          @for (key of keys; track key) {
            <label class="pa-check">
              <input
                type="checkbox"
                [checked]="chosen().has(key)"
                (change)="toggle(key, isChecked($event))"
                [attr.data-testid]="'delegation-' + key"
              />
              {{ labelKey(key) | st }}
            </label>
          }
        </fieldset>
        <pa-error-banner [error]="error()" testId="delegation-error" />
        <button
          mat-stroked-button
          type="submit"
          [disabled]="saving()"
          data-testid="delegation-save"
        >
          {{ 'delegation.save' | st }}
        </button>
      </form>
    </section>
  `,
  styles: `
    .pa-checks {
      display: flex;
      flex-direction: column;
      gap: 8px;
      border: 0;
      padding: 0;
      margin: 0 0 8px;
    }
    .pa-check {
      display: inline-flex;
      gap: 6px;
      align-items: flex-start;
    }
  `,
})
export class DelegationFormComponent {
  private readonly api = inject(CouncilApi);
  private readonly st = inject(SecretariatI18n);
  private readonly snackBar = inject(MatSnackBar);

  readonly awardId = input.required<string>();
  readonly delegations = input.required<readonly JuryDelegation[]>();
  readonly changed = output<JuryDelegation[]>();

  protected readonly keys = JURY_DELEGATIONS;
  protected readonly isChecked = isChecked;
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly error = signal<UiError | null>(null);
  private readonly saveRun = formSave(this.error);
  protected readonly saving = this.saveRun.busy;

  constructor() {
    resetOn(this.delegations, () => this.chosen.set(new Set(this.delegations())));
  }

  protected labelKey(key: JuryDelegation): SecretariatKey {
    return key === 'rounds' ? 'delegation.rounds' : 'delegation.assignments';
  }

  protected toggle(key: JuryDelegation, checked: boolean): void {
    this.chosen.update((set) => toggleId(set, key, checked));
  }

  protected save(): void {
    this.error.set(null);
    const secretariat = JURY_DELEGATIONS.filter((key) => this.chosen().has(key));
    this.saveRun.run(this.api.putDelegations(this.awardId(), secretariat), (saved) => {
      this.changed.emit(saved.secretariat);
      this.snackBar.open(this.st.t('delegation.saved'), undefined, { duration: 3000 });
    });
  }
}
