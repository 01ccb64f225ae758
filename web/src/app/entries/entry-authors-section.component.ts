import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, type FormArray } from '@angular/forms';
import { AUTHOR_ROLES } from '@press-award/contracts';
import type { FormErrors } from '../core/forms/form-errors';
import { authorRoleKey } from '../core/i18n/labels';
import {
  createAuthorForm,
  moveRow,
  type AuthorForm,
  type EntryFormValue,
} from './entry-form.model';
import { checkWhenErrorsChange } from '../core/forms/form-errors-check';
import { ROW_SECTION_HOST, ROW_SECTION_IMPORTS } from './entry-row-section';

/**
 * The authors of a work, in the order the entry lists them: names, role, press agency, email, date of
 * birth (needed to submit) and whether they live abroad; added, moved and removed here in the page's
 * form.
 */
@Component({
  selector: 'pa-entry-authors-section',
  imports: ROW_SECTION_IMPORTS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: ROW_SECTION_HOST,
  templateUrl: './entry-authors-section.component.html',
  styleUrl: './entry-sections.scss',
})
export class EntryAuthorsSectionComponent {
  private readonly fb = inject(NonNullableFormBuilder);

  /** The page form's `authors`. */
  readonly authors = input.required<FormArray<AuthorForm>>();
  /** Their current value, from the page's form value (so this section follows every change). */
  readonly value = input.required<EntryFormValue['authors']>();
  readonly formErrors = input.required<FormErrors>();
  readonly maxCoAuthors = input.required<number>();
  readonly editable = input.required<boolean>();

  protected readonly authorRoles = AUTHOR_ROLES;
  protected readonly authorRoleKey = authorRoleKey;

  constructor() {
    checkWhenErrorsChange(this.formErrors);
  }

  protected add(): void {
    this.authors().push(createAuthorForm(this.fb, { role: 'co_author' }));
  }

  protected move(index: number, offset: -1 | 1): void {
    moveRow(this.authors(), index, offset);
  }

  protected remove(index: number): void {
    this.authors().removeAt(index);
  }
}
