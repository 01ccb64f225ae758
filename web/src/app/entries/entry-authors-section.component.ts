import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AUTHOR_ROLES } from '@press-award/contracts';
import { DateInputDirective } from '../core/forms/date-input.directive';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import type { FormErrors } from '../core/forms/form-errors';
import { authorRoleKey } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { RowActionsComponent } from '../shared/row-actions.component';
import {
  createAuthorForm,
  moveRow,
  type AuthorForm,
  type EntryFormValue,
} from './entry-form.model';
import { checkWhenErrorsChange } from '../core/forms/form-errors-check';

/**
 * The authors of a work, in the order the entry lists them: names, role, press agency, email, date of
 * birth (needed to submit) and whether they live abroad; added, moved and removed here in the page's
 * form.
 */
@Component({
  selector: 'pa-entry-authors-section',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatDatepicker,
    MatDatepickerToggle,
    DateInputDirective,
    TranslatePipe,
    FieldErrorsComponent,
    RowActionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // No box of its own: the page lays the section out as if it were written there.
  host: { style: 'display: contents' },
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
