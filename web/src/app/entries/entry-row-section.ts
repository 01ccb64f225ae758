import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepicker, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DateInputDirective } from '../core/forms/date-input.directive';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { RowActionsComponent } from '../shared/row-actions.component';

/** What the parts and the authors sections (reorderable rows of fields) use in their templates. */
export const ROW_SECTION_IMPORTS = [
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
];

/** No box of its own: the page lays the section out as if it were written there. */
export const ROW_SECTION_HOST = { style: 'display: contents' };
