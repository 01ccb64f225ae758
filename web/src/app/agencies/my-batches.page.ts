import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  BATCH_TITLE_MAX_LENGTH,
  type BatchSummary,
  type FieldError,
  type PublicAwardResponse,
} from '@press-award/contracts';
import { forkJoin, map, of } from 'rxjs';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { loadOnInput } from '../core/api/load-on-input';
import { AuthService } from '../core/auth/auth.service';
import { formatDate } from '../core/format/format';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors } from '../core/forms/form-errors';
import { formSave } from '../core/forms/form-save';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { acceptsEntries } from '../entries/entry-form.model';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { AgenciesApi } from './agencies-api';
import { AgenciesI18n, AgenciesTranslatePipe } from './agencies-i18n';

/**
 * "Hồ sơ gửi giải": an organization account's batches — open a new one for an award that takes
 * entries, and see each batch's covering letter and how many of its entries are submitted.
 */
@Component({
  selector: 'pa-my-batches-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    AgenciesTranslatePipe,
    ErrorBannerComponent,
    FieldErrorsComponent,
    LoadingComponent,
    EmptyComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="pa-page-head">
      <div>
        <h1 data-testid="batches-title">{{ 'batches.title' | agt }}</h1>
        <p class="pa-muted">{{ 'batches.subtitle' | agt }}</p>
      </div>
    </header>

    @if (!auth.isOrganization()) {
      <p class="pa-card pa-section" role="status" data-testid="batches-not-organization">
        {{ 'batches.notOrganization' | agt }}
      </p>
    } @else {
      <pa-error-banner
        [error]="loadError() ?? error()"
        [unmatched]="formErrors.unmatched()"
        [retryable]="!!loadError()"
        (retry)="reload()"
      />
      @if (loading()) {
        <pa-loading />
      } @else {
        <section class="pa-card pa-section" aria-labelledby="batch-create-heading">
          <h2 id="batch-create-heading">{{ 'batches.create' | agt }}</h2>
          @if (openAwards().length === 0) {
            <p class="pa-muted" data-testid="batches-no-open-award">
              {{ 'batches.noOpenAward' | agt }}
            </p>
          } @else {
            <p class="pa-muted pa-hint">{{ 'batches.createHint' | agt }}</p>
            <form
              class="pa-form-grid"
              [formGroup]="form"
              (ngSubmit)="create()"
              novalidate
              data-testid="batch-create-form"
            >
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-span-2">
                <mat-label>{{ 'batches.award' | agt }}</mat-label>
                <select
                  matNativeControl
                  formControlName="awardId"
                  [errorStateMatcher]="formErrors.matcher('awardId')"
                  data-testid="batch-award"
                >
                  <option value="">{{ 'batches.awardChoose' | agt }}</option>
                  @for (award of openAwards(); track award.id) {
                    <option [value]="award.id">{{ award.name }}</option>
                  }
                </select>
                <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="awardId" />
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'batches.batchTitle' | agt }}</mat-label>
                <input
                  matInput
                  formControlName="title"
                  [errorStateMatcher]="formErrors.matcher('title')"
                  data-testid="batch-title"
                />
                <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="title" />
              </mat-form-field>
              <div class="pa-actions pa-span-all">
                <button
                  mat-flat-button
                  type="submit"
                  [disabled]="saving.busy()"
                  data-testid="batch-create"
                >
                  {{ (saving.busy() ? 'batches.submitting' : 'batches.submit') | agt }}
                </button>
              </div>
            </form>
          }
        </section>

        <section class="pa-section" aria-labelledby="batches-mine-heading">
          <h2 id="batches-mine-heading">{{ 'batches.mine' | agt }}</h2>
          @if (batches().length === 0) {
            <pa-empty testId="batches-empty">
              <p>{{ 'batches.empty' | agt }}</p>
            </pa-empty>
          } @else {
            <ul class="pa-batch-list" data-testid="batches">
              @for (batch of batches(); track batch.id) {
                <li
                  class="pa-card pa-batch"
                  data-testid="batch-row"
                  [attr.data-batch-id]="batch.id"
                >
                  <h3>
                    <a [routerLink]="['/batches', batch.id]" data-testid="batch-link">{{
                      batch.title
                    }}</a>
                  </h3>
                  <p class="pa-muted">{{ batch.awardName }}</p>
                  <p data-testid="batch-letter">
                    {{ 'batches.letter' | agt }}:
                    @if (batch.coveringLetter; as letter) {
                      {{
                        'batches.letterLine'
                          | agt: { number: letter.number, date: formatDate(letter.issuedOn) }
                      }}
                    } @else {
                      <span class="pa-muted">{{ 'batches.noLetter' | agt }}</span>
                    }
                  </p>
                  <p data-testid="batch-progress">
                    {{
                      'batches.progress'
                        | agt: { submitted: batch.submittedCount, count: batch.entryCount }
                    }}
                  </p>
                </li>
              }
            </ul>
          }
        </section>
      }
    }
  `,
  styles: `
    .pa-batch-list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
    }
    .pa-batch h3 {
      margin: 0 0 4px;
      font-size: 1.05rem;
      overflow-wrap: anywhere;
    }
    .pa-batch p {
      margin: 4px 0;
    }
  `,
})
export class MyBatchesPage {
  protected readonly auth = inject(AuthService);
  private readonly agencies = inject(AgenciesApi);
  private readonly publicApi = inject(ApiClient);
  private readonly words = inject(AgenciesI18n);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly formatDate = formatDate;
  protected readonly batches = signal<BatchSummary[]>([]);
  protected readonly openAwards = signal<PublicAwardResponse[]>([]);
  private readonly page = loadOnInput({
    params: () => this.auth.isOrganization(),
    request: (organization) =>
      organization
        ? forkJoin({
            batches: this.agencies.mine(),
            awards: this.publicApi.publicAwards().pipe(map((page) => page.items)),
          })
        : of({ batches: [], awards: [] }),
    loaded: ({ batches, awards }) => {
      this.batches.set(batches);
      this.openAwards.set(awards.filter((award) => acceptsEntries(award.status, award.rules)));
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;
  protected readonly error = signal<UiError | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({ awardId: '', title: '' });
  private readonly value = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    { initialValue: this.form.getRawValue() },
  );
  private readonly clientErrors = computed((): FieldError[] => {
    const value = this.value();
    return new FieldChecks(this.i18n)
      .required('awardId', value.awardId)
      .required('title', value.title)
      .maxLength('title', value.title, BATCH_TITLE_MAX_LENGTH).errors;
  });
  protected readonly formErrors = new FormErrors(this.clientErrors, signal(['awardId', 'title']));
  protected readonly saving = formSave(this.error, this.formErrors);

  protected reload(): void {
    this.page.reload();
  }

  protected create(): void {
    this.formErrors.attempt();
    this.error.set(null);
    if (this.clientErrors().length > 0) return;
    const { awardId, title } = this.form.getRawValue();
    this.saving.run(this.agencies.create(awardId, title.trim()), (batch) => {
      this.snackBar.open(this.words.t('batches.created'), undefined, { duration: 4000 });
      void this.router.navigate(['/batches', batch.id]);
    });
  }
}
