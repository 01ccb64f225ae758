import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import type { FormErrors } from '../core/forms/form-errors';
import type { TranslationKey } from '../core/i18n/dictionary.vi';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { checkWhenErrorsChange } from '../core/forms/form-errors-check';

/**
 * One text field of a form: its label, the input, an optional hint and the messages of its path.
 * `<pa-text-field [control]="form.controls.name" label="members.fullName" [formErrors]="formErrors"
 * path="fullName" testId="invite-full-name" />`
 */
@Component({
  selector: 'pa-text-field',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: block' },
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() | t }}</mat-label>
      <input
        matInput
        [type]="type()"
        [formControl]="control()"
        [maxlength]="maxlength()"
        [attr.autocomplete]="autocomplete()"
        [errorStateMatcher]="formErrors().matcher(path())"
        [attr.data-testid]="testId()"
      />
      @if (hint(); as hint) {
        <mat-hint>{{ hint | t }}</mat-hint>
      }
      <pa-field-errors
        ngProjectAs="mat-error"
        [form]="formErrors()"
        [path]="path()"
        [testId]="errorTestId()"
      />
    </mat-form-field>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
})
export class TextFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<TranslationKey>();
  readonly formErrors = input.required<FormErrors>();
  /** The control's path in the form's messages. */
  readonly path = input.required<string>();
  readonly testId = input.required<string>();
  /** Defaults to `field-error-<path>`. */
  readonly errorTestId = input<string>();
  readonly type = input<'text' | 'email'>('text');
  readonly maxlength = input<number | null>(null);
  readonly autocomplete = input<string | null>(null);
  readonly hint = input<TranslationKey | null>(null);

  constructor() {
    checkWhenErrorsChange(this.formErrors);
  }
}
