import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  LETTER_NUMBER_MAX_LENGTH,
  LETTER_NUMBER_PATTERN,
  type BatchResponse,
  type FieldError,
  type PublicAwardResponse,
} from '@press-award/contracts';
import { isCalendarDate } from '@press-award/domain';
import { forkJoin, map, switchMap } from 'rxjs';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { loadOnInput } from '../core/api/load-on-input';
import { formatDate } from '../core/format/format';
import { DateInputDirective } from '../core/forms/date-input.directive';
import { provideDatepicker } from '../core/forms/datepicker.providers';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors } from '../core/forms/form-errors';
import { formSave } from '../core/forms/form-save';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { acceptsEntries } from '../entries/entry-form.model';
import { DownloadButtonComponent } from '../shared/download-button.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { AgenciesApi } from './agencies-api';
import { AgenciesI18n, AgenciesTranslatePipe } from './agencies-i18n';
import { BatchEntriesTableComponent } from './batch-entries-table.component';

const LETTER_PATHS = ['number', 'issuedOn', 'file'];

/**
 * One batch of an organization: its covering letter (upload, replace, download), its entries with
 * their status and receipt numbers, a way to add entries through the usual entry form, and the list
 * (PDF) to send with the letter.
 */
@Component({
  selector: 'pa-batch-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    DateInputDirective,
    TranslatePipe,
    AgenciesTranslatePipe,
    DownloadButtonComponent,
    BatchEntriesTableComponent,
    ErrorBannerComponent,
    FieldErrorsComponent,
    LoadingComponent,
    EmptyComponent,
  ],
  providers: [provideDatepicker()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a routerLink="/batches" class="pa-back" data-testid="batch-back">{{ 'batch.back' | agt }}</a>
    <pa-error-banner [error]="loadError()" [retryable]="true" (retry)="reload()" />
    @if (loading()) {
      <pa-loading />
    } @else if (batch(); as batch) {
      <header class="pa-page-head">
        <div>
          <h1 data-testid="batch-heading">{{ batch.title }}</h1>
          <p class="pa-muted">{{ batch.awardName }}</p>
          <p class="pa-muted">{{ 'batch.organization' | agt: { name: batch.organizationName } }}</p>
        </div>
      </header>

      <section class="pa-card pa-section" aria-labelledby="batch-letter-heading">
        <h2 id="batch-letter-heading">{{ 'batch.letterTitle' | agt }}</h2>
        @if (batch.coveringLetter; as letter) {
          <p data-testid="batch-letter-on-file" class="pa-letter">
            {{
              'batch.letterOnFile'
                | agt
                  : {
                      number: letter.number,
                      date: formatDate(letter.issuedOn),
                      file: letter.originalName,
                    }
            }}
          </p>
          <div class="pa-actions">
            <pa-download-button
              [fetch]="fetchLetter"
              [label]="'batch.letterDownload' | agt"
              [busyLabel]="'batch.letterDownloading' | agt"
              testId="batch-letter-download"
            />
          </div>
        } @else {
          <p class="pa-muted" data-testid="batch-letter-missing">{{ 'batches.noLetter' | agt }}</p>
        }
        @if (accepting()) {
          <p class="pa-muted pa-hint">{{ 'batch.letterHint' | agt }}</p>
          <pa-error-banner
            [error]="letterError()"
            [unmatched]="formErrors.unmatched()"
            testId="batch-letter-error"
          />
          <form
            class="pa-form-grid"
            [formGroup]="form"
            (ngSubmit)="uploadLetter()"
            novalidate
            data-testid="batch-letter-form"
          >
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'batch.letterNumber' | agt }}</mat-label>
              <input
                matInput
                formControlName="number"
                autocomplete="off"
                [errorStateMatcher]="formErrors.matcher('number')"
                data-testid="batch-letter-number"
              />
              <mat-hint>{{ 'batch.letterNumberHint' | agt }}</mat-hint>
              <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="number" />
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'batch.letterDate' | agt }}</mat-label>
              <input
                matInput
                paDate
                placeholder="dd/mm/yyyy"
                [paDatePicker]="letterPicker"
                formControlName="issuedOn"
                [errorStateMatcher]="formErrors.matcher('issuedOn')"
                data-testid="batch-letter-date"
              />
              <mat-datepicker-toggle matIconSuffix [for]="letterPicker" />
              <mat-datepicker #letterPicker />
              <mat-hint>{{ 'date.hint' | t }}</mat-hint>
              <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="issuedOn" />
            </mat-form-field>
            <div class="pa-file pa-span-all">
              <label for="batch-letter-file">{{ 'batch.letterFile' | agt }}</label>
              <input
                id="batch-letter-file"
                type="file"
                accept="application/pdf,.pdf"
                (change)="pick($event)"
                [attr.aria-invalid]="formErrors.has('file') || null"
                data-testid="batch-letter-file"
              />
              <pa-field-errors [form]="formErrors" path="file" />
            </div>
            <div class="pa-actions pa-span-all">
              <button
                mat-flat-button
                type="submit"
                [disabled]="saving.busy()"
                data-testid="batch-letter-upload"
              >
                {{
                  (saving.busy()
                    ? 'batch.letterUploading'
                    : batch.coveringLetter
                      ? 'batch.letterReplace'
                      : 'batch.letterUpload'
                  ) | agt
                }}
              </button>
            </div>
          </form>
        }
      </section>

      <section class="pa-card pa-section" aria-labelledby="batch-entries-heading">
        <div class="pa-section-head">
          <h2 id="batch-entries-heading">
            {{ 'batch.entries' | agt }}
            <span class="pa-count" data-testid="batch-entry-count">{{
              'batch.count' | agt: { count: batch.entries.length }
            }}</span>
          </h2>
          @if (accepting()) {
            <a
              mat-stroked-button
              [routerLink]="['/awards', batch.awardId, 'entries', 'new']"
              [queryParams]="{ batchId: batch.id }"
              data-testid="batch-add-entry"
              >{{ 'batch.addEntry' | agt }}</a
            >
          }
        </div>
        <p class="pa-muted pa-hint">{{ 'batch.entriesHint' | agt }}</p>
        @if (batch.entries.length === 0) {
          <pa-empty testId="batch-entries-empty">
            <p>{{ 'batch.noEntries' | agt }}</p>
          </pa-empty>
        } @else {
          <pa-batch-entries-table
            [entries]="batch.entries"
            labelledBy="batch-entries-heading"
            [linkEntries]="true"
          />
        }
        <p class="pa-muted pa-hint">{{ 'batch.listHint' | agt }}</p>
        <div class="pa-actions">
          <pa-download-button
            [fetch]="fetchList"
            [label]="'batch.list' | agt"
            [busyLabel]="'batch.listBusy' | agt"
            testId="batch-list-download"
          />
        </div>
      </section>
    }
  `,
  styles: `
    .pa-back {
      display: inline-block;
      margin-bottom: 8px;
    }
    .pa-letter {
      overflow-wrap: anywhere;
    }
    .pa-file {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .pa-file input {
      max-width: 100%;
    }
  `,
})
export class BatchPage {
  private readonly agencies = inject(AgenciesApi);
  private readonly publicApi = inject(ApiClient);
  private readonly words = inject(AgenciesI18n);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);

  /** Route parameter, bound by the router. */
  readonly batchId = input.required<string>();

  protected readonly formatDate = formatDate;
  protected readonly batch = signal<BatchResponse | null>(null);
  private readonly award = signal<PublicAwardResponse | null>(null);
  private readonly page = loadOnInput({
    params: () => this.batchId(),
    request: (batchId) =>
      this.agencies
        .get(batchId)
        .pipe(
          switchMap((batch) =>
            forkJoin({ batch: [batch], award: this.publicApi.publicAward(batch.awardId) }),
          ),
        ),
    loaded: ({ batch, award }) => {
      this.batch.set(batch);
      this.award.set(award);
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;
  /** Letters and entries change only while the award takes entries. */
  protected readonly accepting = computed(() => {
    const award = this.award();
    return !!award && acceptsEntries(award.status, award.rules);
  });

  protected readonly fetchLetter = () => this.agencies.letter(this.batchId());
  protected readonly fetchList = () => this.agencies.list(this.batchId());

  protected readonly form = inject(NonNullableFormBuilder).group({ number: '', issuedOn: '' });
  private readonly file = signal<File | null>(null);
  private readonly value = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    { initialValue: this.form.getRawValue() },
  );
  private readonly clientErrors = computed((): FieldError[] => {
    const value = this.value();
    const checks = new FieldChecks(this.i18n)
      .required('number', value.number)
      .maxLength('number', value.number, LETTER_NUMBER_MAX_LENGTH)
      .pattern(
        'number',
        value.number.trim(),
        LETTER_NUMBER_PATTERN,
        this.words.t('batch.letterNumberHint'),
      )
      .required('issuedOn', value.issuedOn)
      .custom(
        'issuedOn',
        !!value.issuedOn && !isCalendarDate(value.issuedOn),
        'INVALID_DATE',
        this.i18n.t('date.invalid'),
      );
    if (!this.file())
      checks.custom('file', true, 'REQUIRED', this.words.t('batch.letterFileMissing'));
    return checks.errors;
  });
  protected readonly formErrors = new FormErrors(this.clientErrors, signal(LETTER_PATHS));
  protected readonly letterError = signal<UiError | null>(null);
  protected readonly saving = formSave(this.letterError, this.formErrors);

  protected reload(): void {
    this.page.reload();
  }

  protected pick(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected uploadLetter(): void {
    this.formErrors.attempt();
    this.letterError.set(null);
    const file = this.file();
    if (this.clientErrors().length > 0 || !file) return;
    const { number, issuedOn } = this.form.getRawValue();
    this.saving.run(
      this.agencies.putLetter(this.batchId(), { number: number.trim(), issuedOn, file }),
      (batch) => {
        this.batch.set(batch);
        this.formErrors.reset();
        this.snackBar.open(
          this.words.t('batch.letterSaved', { number: batch.coveringLetter?.number ?? number }),
          undefined,
          { duration: 4000 },
        );
      },
    );
  }
}
