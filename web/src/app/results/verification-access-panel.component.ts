import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  VERIFICATION_ACCESS_MODES,
  type AwardResponse,
  type VerificationAccess,
} from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { ResultsApi } from './results-api';
import { ResultsI18n, ResultsTranslatePipe } from './results-i18n';
import type { ResultsKey } from './results.vi';

const ACCESS_KEYS: Record<VerificationAccess, ResultsKey> = {
  public: 'access.public',
  restricted: 'access.restricted',
};

/**
 * Who may read the award's verification package: public by default ("công khai, minh bạch"), or
 * only its steering committee, organizers and named auditors. The organizer's choice; the API
 * records each change in the audit chain.
 */
@Component({
  selector: 'pa-verification-access-panel',
  imports: [MatButtonModule, ResultsTranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="pa-card pa-section"
      aria-labelledby="access-heading"
      data-testid="verification-access"
    >
      <h2 id="access-heading">{{ 'access.title' | rt }}</h2>
      <pa-error-banner [error]="error()" testId="verification-access-error" />
      <fieldset class="pa-access">
        <legend class="pa-sr-only">{{ 'access.title' | rt }}</legend>
        @for (mode of modes; track mode) {
          <label class="pa-access__option">
            <input
              type="radio"
              name="verification-access"
              [value]="mode"
              [checked]="choice() === mode"
              (change)="choice.set(mode)"
              [attr.data-testid]="'verification-access-' + mode"
            />
            <span>{{ keys[mode] | rt }}</span>
          </label>
        }
      </fieldset>
      <p class="pa-muted">{{ 'access.hint' | rt }}</p>
      <div class="pa-actions">
        <button
          mat-stroked-button
          type="button"
          (click)="save()"
          [disabled]="saving() || choice() === award().verificationAccess"
          data-testid="verification-access-save"
        >
          {{ (saving() ? 'access.saving' : 'access.save') | rt }}
        </button>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .pa-access {
      border: 0;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .pa-access__option {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      min-height: 24px;
    }
  `,
})
export class VerificationAccessPanelComponent {
  private readonly api = inject(ResultsApi);
  private readonly uiErrors = inject(UiErrors);
  private readonly rt = inject(ResultsI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  readonly award = input.required<AwardResponse>();
  readonly awardChange = output<AwardResponse>();

  protected readonly modes = VERIFICATION_ACCESS_MODES;
  protected readonly keys = ACCESS_KEYS;
  protected readonly choice = linkedSignal(() => this.award().verificationAccess);
  protected readonly saving = signal(false);
  protected readonly error = signal<UiError | null>(null);

  protected save(): void {
    const access = this.choice();
    this.saving.set(true);
    this.error.set(null);
    this.api
      .setVerificationAccess(this.award().id, access)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.awardChange.emit({ ...this.award(), verificationAccess: saved.access });
          this.snackBar.open(this.rt.t('access.saved'), undefined, { duration: 3000 });
        },
        error: (failure: unknown) => {
          this.saving.set(false);
          this.error.set(this.uiErrors.from(failure));
        },
      });
  }
}
