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
import {
  AWARD_LEVELS,
  MEDIA_TYPES,
  type AwardResponse,
  type AwardRules,
  type MediaType,
} from '@press-award/contracts';
import { defer, from, map, of, startWith, switchMap, type Observable } from 'rxjs';
import { ApiClient, type AwardInput, type CategoryInput } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { loadOnInput } from '../core/api/load-on-input';
import { UiErrors } from '../core/api/ui-errors';
import { AuthService } from '../core/auth/auth.service';
import { provideDatepicker } from '../core/forms/datepicker.providers';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { levelKey, statusKey } from '../core/i18n/labels';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import {
  awardClientErrors,
  createAwardForm,
  rulesChanged,
  toAwardInput,
  toFormErrors,
  type AwardForm,
} from './award-form.model';
import { AwardFileRulesSectionComponent } from './award-file-rules-section.component';
import { AwardRulesSectionComponent } from './award-rules-section.component';
import { CategoriesEditorComponent, type CategoryRow } from './categories-editor.component';
import { MembersPanelComponent } from './members-panel.component';
import { PrizeListSectionComponent } from './prize-list-section.component';
import { StatusActionsComponent } from './status-actions.component';
import { TextFieldComponent } from './text-field.component';
import { AwardTabsComponent } from '../secretariat/award-tabs.component';

/**
 * One form for creating (`/manage/awards/new`) and editing (`/manage/awards/:awardId`) an award:
 * general information, rules, file rules, prizes and categories; when editing, also the status
 * actions and the members. The page owns the one form; each section edits its part of it.
 */
@Component({
  selector: 'pa-award-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    CategoriesEditorComponent,
    StatusActionsComponent,
    MembersPanelComponent,
    AwardTabsComponent,
    FieldErrorsComponent,
    TextFieldComponent,
    AwardRulesSectionComponent,
    AwardFileRulesSectionComponent,
    PrizeListSectionComponent,
  ],
  // The picker's calendar and words load with the pages that have date fields, not with the app.
  providers: [provideDatepicker()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './award-editor.page.html',
  styleUrl: './award-editor.page.scss',
})
export class AwardEditorPage {
  private readonly api = inject(ApiClient);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Absent on `/manage/awards/new`. */
  readonly awardId = input<string>();

  protected readonly levels = AWARD_LEVELS;
  protected readonly levelKey = levelKey;

  protected readonly award = signal<AwardResponse | null>(null);
  /** A new award has nothing to load: its form starts from the defaults. */
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string | undefined) => (awardId ? this.api.award(awardId) : of(null)),
    loaded: (award) => this.reset(award),
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;
  protected readonly saving = signal(false);
  protected readonly error = signal<UiError | null>(null);
  protected readonly categories = signal<CategoryRow[]>([]);

  protected readonly form = signal<AwardForm>(createAwardForm(this.fb));
  protected readonly isNew = computed(() => !this.awardId());
  protected readonly locked = computed(() => this.award()?.status === 'published');

  /** The raw value of whichever form is current (the form is rebuilt after each load). */
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

  private readonly localCategories = computed<CategoryInput[] | null>(() =>
    this.isNew()
      ? this.categories().map(({ code, name, mediaType, genres }, index) => ({
          code,
          name,
          mediaType,
          genres,
          sortOrder: index,
        }))
      : null,
  );

  protected readonly clientErrors = computed(() =>
    awardClientErrors(this.formValue(), this.localCategories(), this.i18n),
  );
  private readonly paths = computed(() => {
    this.formValue();
    return [
      ...controlPaths(this.form()),
      ...this.categories().map((_, index) => `categories.${index}`),
    ];
  });
  protected readonly formErrors = new FormErrors(this.clientErrors, this.paths);

  protected readonly categoryRowErrors = computed(() =>
    Object.fromEntries(
      this.categories().map((_, index) => [index, this.formErrors.errors(`categories.${index}`)]),
    ),
  );

  /** Media types with a file rule: in the form for a new award, as saved for an existing one. */
  protected readonly categoryMediaTypes = computed<MediaType[]>(() => {
    const saved = this.award();
    if (saved) return MEDIA_TYPES.filter((mediaType) => saved.rules.files[mediaType]);
    const files = this.formValue().rules.files;
    return MEDIA_TYPES.filter((mediaType) => files[mediaType].enabled);
  });

  protected load(): void {
    this.page.reload();
  }

  private reset(award: AwardResponse | null): void {
    this.award.set(award);
    this.categories.set((award?.categories ?? []).map((category) => ({ ...category })));
    const form = createAwardForm(this.fb, award ?? undefined);
    if (award?.status === 'published') form.disable();
    this.form.set(form);
    this.formErrors.reset();
  }

  protected submit(): void {
    this.formErrors.attempt();
    this.error.set(null);
    if (this.clientErrors().length > 0) {
      this.focusFirstError();
      return;
    }
    const input = toAwardInput(this.form().getRawValue(), this.localCategories());
    const award = this.award();
    this.saving.set(true);
    const request: Observable<AwardResponse> = award
      ? this.api.updateAward(award.id, this.patchFor(award, input))
      : this.api.createAward(input).pipe(
          // The creator became the organizer: /me must say so before the guard checks the new page.
          switchMap((created) => defer(() => from(this.auth.refresh().then(() => created)))),
        );
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        if (award) {
          this.reset(saved);
          this.snackBar.open(this.i18n.t('common.saved'), undefined, { duration: 3000 });
        } else {
          this.snackBar.open(this.i18n.t('editor.created'), undefined, { duration: 4000 });
          void this.router.navigate(['/manage/awards', saved.id]);
        }
      },
      error: (failure: unknown) => {
        const uiError = this.uiErrors.from(failure);
        this.error.set(uiError);
        this.formErrors.setServer(toFormErrors(uiError.details));
        this.saving.set(false);
        this.focusFirstError();
      },
    });
  }

  /** Only what the PATCH needs; unchanged rules stay out (some are locked once entries open). */
  private patchFor(award: AwardResponse, input: AwardInput): Partial<AwardInput> {
    const patch: Partial<AwardInput> = {
      name: input.name,
      edition: input.edition,
      year: input.year,
      level: input.level,
      organizerName: input.organizerName ?? '',
      // Cleared, the place goes back to the level's default.
      place: input.place ?? '',
      description: input.description ?? '',
      prizeTiers: input.prizeTiers,
      topicPrizes: input.topicPrizes,
    };
    if (rulesChanged(award.rules, input.rules as unknown as Record<string, unknown>))
      patch.rules = input.rules as AwardRules;
    return patch;
  }

  protected statusChanged(award: AwardResponse): void {
    this.award.set(award);
    if (award.status === 'published') this.form().disable();
    this.snackBar.open(
      this.i18n.t('transition.done', { status: this.i18n.t(statusKey(award.status)) }),
      undefined,
      {
        duration: 3000,
      },
    );
  }

  private focusFirstError(): void {
    // Let the error state render first, then bring the first marked field into view.
    setTimeout(() => {
      const invalid = document.querySelector<HTMLElement>(
        '.mat-form-field-invalid input, .mat-form-field-invalid select, .pa-field-error',
      );
      invalid?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (invalid instanceof HTMLInputElement || invalid instanceof HTMLSelectElement)
        invalid.focus({ preventScroll: true });
    });
  }
}
