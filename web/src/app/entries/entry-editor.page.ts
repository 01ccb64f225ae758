import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { EntryResponse, PublicAwardResponse } from '@press-award/contracts';
import { map, of, startWith, switchMap, type Observable } from 'rxjs';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { loadOnInput } from '../core/api/load-on-input';
import { UiErrors } from '../core/api/ui-errors';
import { AuthService } from '../core/auth/auth.service';
import { formatDateTime } from '../core/format/format';
import { PaDateTimePipe } from '../core/format/format.pipes';
import { provideDatepicker } from '../core/forms/datepicker.providers';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { languageKey, mediaKey } from '../core/i18n/labels';
import { I18nService } from '../core/i18n/i18n.service';
import { EditionPipe, TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { EntriesApi } from './entries-api';
import { EntryActions } from './entry-actions';
import { EntryAuthorsSectionComponent } from './entry-authors-section.component';
import { EntryFilesComponent } from './entry-files.component';
import {
  acceptsEntries,
  createEntryForm,
  entryClientErrors,
  localizeDetails,
  needsTranslation,
  rowPaths,
  toEntryInput,
  type EntryForm,
  type EntryRulesContext,
} from './entry-form.model';
import { EntryOutcomeComponent } from './entry-outcome.component';
import { EntryPartsSectionComponent } from './entry-parts-section.component';
import { EntryPriorAwardsSectionComponent } from './entry-prior-awards-section.component';
import { EntryProvenanceComponent } from './entry-provenance.component';
import { EntrySaveBarComponent } from './entry-save-bar.component';
import { EntryStatusChipComponent } from './entry-status-chip.component';

/**
 * The registration form of an entry (Phiếu đăng ký): `/awards/:awardId/entries/new` creates the
 * draft, `/entries/:entryId` edits it, uploads its files and submits it. The page owns the one
 * form, its checks and messages; the parts, authors and prior awards sections and the save bar
 * are components that edit it.
 */
@Component({
  selector: 'pa-entry-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    EditionPipe,
    PaDateTimePipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    EntryFilesComponent,
    EntryStatusChipComponent,
    EntryOutcomeComponent,
    EntryProvenanceComponent,
    EntryPartsSectionComponent,
    EntryAuthorsSectionComponent,
    EntryPriorAwardsSectionComponent,
    EntrySaveBarComponent,
    FieldErrorsComponent,
  ],
  // The picker's calendar and words load with the pages that have date fields, not with the app
  // (the parts' and authors' sections use it).
  providers: [provideDatepicker()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './entry-editor.page.html',
  styleUrls: ['./entry-sections.scss', './entry-editor.page.scss'],
})
export class EntryEditorPage {
  private readonly publicApi = inject(ApiClient);
  private readonly entries = inject(EntriesApi);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly actions = inject(EntryActions);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Set on `/awards/:awardId/entries/new`. */
  readonly awardId = input<string>();
  /** Set on `/entries/:entryId`. */
  readonly entryId = input<string>();
  /** Query parameter on a new entry: the organization's batch it is filed in (docs/agencies.md). */
  readonly batchId = input<string>();

  protected readonly languageKey = languageKey;
  protected readonly mediaKey = mediaKey;
  protected readonly needsTranslation = needsTranslation;

  protected readonly award = signal<PublicAwardResponse | null>(null);
  protected readonly entry = signal<EntryResponse | null>(null);
  private readonly page = loadOnInput({
    params: () => ({ entryId: this.entryId(), awardId: this.awardId() }),
    request: ({ entryId, awardId }) => this.request(entryId, awardId),
    loaded: ({ award, entry }) => {
      this.award.set(award);
      this.reset(entry);
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;
  protected readonly saving = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<UiError | null>(null);

  protected readonly form = signal<EntryForm>(createEntryForm(this.fb));
  protected readonly formValue = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form.valueChanges.pipe(
          startWith(null),
          map(() => form.getRawValue()),
        ),
      ),
    ),
    { initialValue: this.form().getRawValue() },
  );

  protected readonly isNew = computed(() => !this.entryId());
  /** The batch the entry is (or will be) filed in. */
  protected readonly batchOf = computed(() =>
    this.isNew() ? (this.batchId() ?? null) : (this.entry()?.batchId ?? null),
  );
  protected readonly accepting = computed(() => {
    const award = this.award();
    return !!award && acceptsEntries(award.status, award.rules);
  });
  /** Drafts and withdrawn entries may change while the award accepts entries. */
  protected readonly editable = computed(() => {
    const status = this.entry()?.status ?? 'draft';
    return this.accepting() && status !== 'submitted';
  });

  private readonly context = computed<EntryRulesContext | null>(() => {
    const award = this.award();
    if (!award) return null;
    return {
      rules: award.rules,
      topicPrizeCodes: award.topicPrizes.map((topic) => topic.code),
      categoryIds: award.categories.map((category) => category.id),
    };
  });

  protected readonly category = computed(() => {
    const categoryId = this.formValue().categoryId;
    return this.award()?.categories.find((category) => category.id === categoryId) ?? null;
  });

  /** The genre list of the category, keeping a saved genre that is not (or no longer) in it. */
  protected readonly genres = computed(() => {
    const genres = this.category()?.genres ?? [];
    const current = this.formValue().genre;
    return current && !genres.includes(current) ? [...genres, current] : genres;
  });

  protected readonly showUrls = computed(() => this.category()?.mediaType === 'online');

  /** What the reporter last asked for: submission checks more than saving a draft does. */
  private readonly stage = signal<'draft' | 'submit'>('draft');
  protected readonly clientErrors = computed(() =>
    entryClientErrors(this.formValue(), this.context(), this.i18n, this.stage()),
  );
  private readonly paths = computed(() => [
    ...controlPaths(this.form()),
    ...rowPaths(this.formValue()),
  ]);
  protected readonly formErrors = new FormErrors(this.clientErrors, this.paths);
  /** For the files section: messages on `files` and `parts.N` (WORK_FILE_REQUIRED at submission). */
  protected readonly errorsFor = computed(() => {
    this.formErrors.map();
    return (path: string) => this.formErrors.errors(path);
  });

  protected load(): void {
    this.page.reload();
  }

  /** The saved entry and its award, or (a new entry) the award alone. */
  private request(
    entryId: string | undefined,
    awardId: string | undefined,
  ): Observable<{ award: PublicAwardResponse; entry: EntryResponse | null }> {
    const entry: Observable<EntryResponse | null> = entryId ? this.entries.get(entryId) : of(null);
    return entry.pipe(
      switchMap((saved) =>
        this.publicApi
          .publicAward(saved?.awardId ?? awardId ?? '')
          .pipe(map((award) => ({ award, entry: saved }))),
      ),
    );
  }

  private reset(entry: EntryResponse | null): void {
    this.entry.set(entry);
    const me = this.auth.user();
    // An organization files for its reporters: the first author is theirs to name, in its agency.
    const firstAuthor =
      me?.accountKind === 'organization'
        ? { fullName: '', penName: null, organizationName: me.organizationName, email: '' }
        : me;
    const form = createEntryForm(this.fb, entry, firstAuthor);
    const categories = this.award()?.categories ?? [];
    if (!entry && categories.length === 1)
      form.controls.categoryId.setValue(categories[0]?.id ?? '');
    if (!this.editable()) form.disable();
    this.form.set(form);
    this.formErrors.reset();
    this.error.set(null);
  }

  protected toggleTopic(code: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const control = this.form().controls.topicPrizes;
    const codes = control.value.filter((item) => item !== code);
    control.setValue(checked ? [...codes, code] : codes);
    control.markAsDirty();
  }

  // Save, submit, withdraw, delete ---------------------------------------------------------------

  /** Runs the browser's checks; false (and the first marked field in view) when something fails. */
  private checkForm(): boolean {
    this.formErrors.attempt();
    this.error.set(null);
    if (this.clientErrors().length > 0) {
      this.focusFirstError();
      return false;
    }
    return true;
  }

  protected save(): void {
    this.stage.set('draft');
    if (!this.checkForm()) return;
    const award = this.award();
    if (!award) return;
    const entry = this.entry();
    const input = toEntryInput(this.form().getRawValue());
    this.saving.set(true);
    const batchId = this.batchOf();
    const request = entry
      ? this.entries.update(entry.id, input)
      : this.entries.create(award.id, batchId ? { ...input, batchId } : input);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        if (entry) {
          this.reset(saved);
          this.snackBar.open(this.i18n.t('entry.saved'), undefined, { duration: 3000 });
        } else {
          this.snackBar.open(this.i18n.t('entry.created'), undefined, { duration: 4000 });
          void this.router.navigate(['/entries', saved.id], { replaceUrl: true });
        }
      },
      error: (failure: unknown) => this.fail(failure, this.saving),
    });
  }

  /** Saves pending edits, asks for confirmation, then submits and shows the receipt. */
  protected submit(): void {
    const entry = this.entry();
    const award = this.award();
    this.stage.set('submit');
    if (!entry || !award || !this.checkForm()) return;
    this.actions
      .confirm({
        title: this.i18n.t('entry.submitConfirmTitle'),
        text: this.i18n.t('entry.submitConfirmText', {
          title: this.form().getRawValue().title.trim() || entry.title,
          award: award.name,
          deadline: formatDateTime(award.rules.submissionDeadline),
        }),
        confirmLabel: this.i18n.t('entry.submit'),
      })
      .pipe(
        switchMap(() => {
          this.submitting.set(true);
          const form = this.form();
          const pending: Observable<unknown> = form.dirty
            ? this.entries.update(entry.id, toEntryInput(form.getRawValue()))
            : this.entries.get(entry.id);
          return pending.pipe(switchMap(() => this.entries.submit(entry.id)));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (submitted) => {
          this.submitting.set(false);
          this.snackBar.open(
            this.i18n.t('entry.submitted', { number: submitted.receiptNumber ?? '' }),
            undefined,
            { duration: 4000 },
          );
          void this.router.navigate(['/entries', submitted.id, 'receipt']);
        },
        error: (failure: unknown) => this.fail(failure, this.submitting),
      });
  }

  protected withdraw(): void {
    const entry = this.entry();
    if (!entry) return;
    this.actions
      .withdraw(entry)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (withdrawn) => this.reset(withdrawn),
        error: (failure: unknown) => this.error.set(this.uiErrors.from(failure)),
      });
  }

  protected remove(): void {
    const entry = this.entry();
    if (!entry) return;
    this.actions
      .remove(entry)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => void this.router.navigate(['/entries']),
        error: (failure: unknown) => this.error.set(this.uiErrors.from(failure)),
      });
  }

  /** A file was stored or deleted: only the file list is refreshed, unsaved edits stay. */
  protected refreshFiles(): void {
    const entry = this.entry();
    if (!entry) return;
    this.entries
      .get(entry.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (fresh) =>
          this.entry.set({ ...entry, files: fresh.files, updatedAt: fresh.updatedAt }),
        error: (failure: unknown) => this.error.set(this.uiErrors.from(failure)),
      });
  }

  private fail(failure: unknown, busy: { set(value: boolean): void }): void {
    const uiError = this.uiErrors.from(failure);
    const details = localizeDetails(uiError.details, this.i18n);
    this.error.set({ ...uiError, details });
    this.formErrors.setServer(details);
    busy.set(false);
    this.focusFirstError();
  }

  private focusFirstError(): void {
    // Let the error state render first, then bring the first marked field into view.
    setTimeout(() => {
      const invalid = document.querySelector<HTMLElement>(
        '.mat-form-field-invalid input, .mat-form-field-invalid select, .mat-form-field-invalid textarea, .pa-field-error',
      );
      invalid?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (
        invalid instanceof HTMLInputElement ||
        invalid instanceof HTMLSelectElement ||
        invalid instanceof HTMLTextAreaElement
      ) {
        invalid.focus({ preventScroll: true });
      }
    });
  }
}
