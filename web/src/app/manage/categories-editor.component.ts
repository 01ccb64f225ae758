import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  model,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  CATEGORY_CODE_PATTERN,
  FIELD_ERROR_MESSAGES,
  NAME_MAX_LENGTH,
  type MediaType,
} from '@press-award/contracts';
import { filter, type Observable } from 'rxjs';
import { ApiClient, type CategoryInput } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { FieldChecks } from '../core/forms/validation';
import { mediaKey } from '../core/i18n/labels';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent } from '../shared/states.component';
import { TextFieldComponent } from './text-field.component';

/** A category as the editor shows it; `id` is absent until the award exists. */
export interface CategoryRow extends CategoryInput {
  id?: string;
  genres: string[];
}

function parseGenres(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((genre) => genre.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Categories of an award. With an `awardId` every change goes to the API at once; without one
 * (a new award) the list is kept here and sent with the award.
 */
@Component({
  selector: 'pa-categories-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorBannerComponent,
    EmptyComponent,
    FieldErrorsComponent,
    TextFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './categories-editor.component.html',
  styles: `
    .pa-category-form {
      display: grid;
      grid-template-columns: 110px minmax(180px, 2fr) 170px minmax(160px, 2fr) auto;
      gap: 0 12px;
      align-items: start;
    }
    .pa-category-form button[type='submit'] {
      margin-top: 8px;
    }
    .pa-category-form > * {
      min-width: 0;
    }
    @media (max-width: 900px) {
      .pa-category-form {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }
    @media (max-width: 560px) {
      .pa-category-form {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .pa-row-actions {
      white-space: nowrap;
      text-align: right;
    }
  `,
})
export class CategoriesEditorComponent {
  private readonly api = inject(ApiClient);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly awardId = input<string | null>(null);
  readonly categories = model.required<CategoryRow[]>();
  /** Media types that have a file rule, the only ones a category may use. */
  readonly mediaTypes = input.required<readonly MediaType[]>();
  /** Messages per row index, from the parent form's checks (new awards). */
  readonly rowErrors = input<Readonly<Record<number, readonly string[] | undefined>>>({});
  /** Removing categories and changing their media type is only allowed while the award is a draft. */
  readonly draft = input(true);
  readonly disabled = input(false);

  protected readonly mediaKey = mediaKey;
  protected readonly busy = signal(false);
  protected readonly error = signal<UiError | null>(null);
  /** Index of the row being edited in place (the add form then edits it). */
  protected readonly editing = signal<number | null>(null);

  protected readonly form = this.fb.group({
    code: '',
    name: '',
    mediaType: this.fb.control<MediaType | ''>(''),
    genres: '',
  });
  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });

  protected readonly clientErrors = computed(() => {
    const value = { ...this.form.getRawValue(), ...this.value() };
    const editing = this.editing();
    const taken = this.categories().some(
      (category, index) => index !== editing && category.code === value.code.trim(),
    );
    return new FieldChecks(this.i18n)
      .required('code', value.code)
      .pattern('code', value.code, CATEGORY_CODE_PATTERN, this.i18n.t('error.categoryCode'))
      .custom(
        'code',
        taken,
        'DUPLICATE_CODE',
        FIELD_ERROR_MESSAGES.DUPLICATE_CODE[this.i18n.lang()],
      )
      .required('name', value.name)
      .maxLength('name', value.name, NAME_MAX_LENGTH)
      .required('mediaType', value.mediaType).errors;
  });
  protected readonly formErrors = new FormErrors(
    this.clientErrors,
    signal(controlPaths(this.form)),
  );

  protected startEdit(index: number): void {
    const category = this.categories()[index];
    if (!category) return;
    this.editing.set(index);
    this.error.set(null);
    this.formErrors.reset();
    this.form.setValue({
      code: category.code,
      name: category.name,
      mediaType: category.mediaType,
      genres: category.genres.join(', '),
    });
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.formErrors.reset();
    this.form.reset();
  }

  protected submit(): void {
    this.formErrors.attempt();
    this.error.set(null);
    if (this.clientErrors().length > 0) return;
    const value = this.form.getRawValue();
    const input: CategoryInput & { genres: string[] } = {
      code: value.code.trim(),
      name: value.name.trim(),
      mediaType: value.mediaType as MediaType,
      genres: parseGenres(value.genres),
    };
    const index = this.editing();
    const awardId = this.awardId();
    if (!awardId) {
      this.categories.update((list) =>
        index === null
          ? [...list, input]
          : list.map((row, at) => (at === index ? { ...row, ...input } : row)),
      );
      this.cancelEdit();
      return;
    }
    const existing = index === null ? undefined : this.categories()[index];
    const request: Observable<CategoryRow> =
      existing?.id !== undefined
        ? this.api.updateCategory(awardId, existing.id, this.changedFields(existing, input))
        : this.api.addCategory(awardId, { ...input, sortOrder: this.categories().length });
    this.run(request, (saved) => {
      this.categories.update((list) =>
        existing ? list.map((row) => (row.id === saved.id ? saved : row)) : [...list, saved],
      );
      this.cancelEdit();
    });
  }

  protected remove(index: number): void {
    const category = this.categories()[index];
    if (!category) return;
    const data: ConfirmDialogData = {
      title: this.i18n.t('common.delete'),
      text: this.i18n.t('categories.removeConfirm', {
        name: `${category.code} – ${category.name}`,
      }),
      confirmLabel: this.i18n.t('common.delete'),
      danger: true,
    };
    this.dialog
      .open(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(filter(Boolean), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => {
        const awardId = this.awardId();
        if (!awardId || !category.id) {
          this.categories.update((list) => list.filter((_, at) => at !== index));
          return;
        }
        const categoryId = category.id;
        this.run(this.api.removeCategory(awardId, categoryId), () =>
          this.categories.update((list) => list.filter((row) => row.id !== categoryId)),
        );
      });
  }

  private changedFields(existing: CategoryRow, input: CategoryRow): Partial<CategoryInput> {
    const changes: Partial<CategoryInput> = {};
    if (existing.code !== input.code) changes.code = input.code;
    if (existing.name !== input.name) changes.name = input.name;
    if (existing.mediaType !== input.mediaType) changes.mediaType = input.mediaType;
    if (existing.genres.join('\u0000') !== input.genres.join('\u0000'))
      changes.genres = input.genres;
    return changes;
  }

  private run<T>(request: Observable<T>, done: (result: T) => void): void {
    this.busy.set(true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (result) => {
        this.busy.set(false);
        done(result);
      },
      error: (failure: unknown) => {
        const uiError = this.uiErrors.from(failure);
        this.error.set(uiError);
        this.formErrors.setServer(uiError.details);
        this.busy.set(false);
      },
    });
  }
}
