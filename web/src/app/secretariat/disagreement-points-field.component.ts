import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DecimalInputDirective } from '../core/forms/decimal-input.directive';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import type { FormErrors } from '../core/forms/form-errors';
import { SecretariatTranslatePipe } from './secretariat-i18n';

/**
 * A round's disagreement distance (points between two judges' totals); empty means the API's
 * default, which the hint states. Its messages are the form's `disagreementPoints` ones.
 */
@Component({
  selector: 'pa-disagreement-points-field',
  imports: [
    ReactiveFormsModule,
    DecimalInputDirective,
    MatFormFieldModule,
    MatInputModule,
    SecretariatTranslatePipe,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- Reading the messages here checks this view when they change, so that Material asks the
      matcher again and shows them. -->
    <mat-form-field
      appearance="outline"
      subscriptSizing="dynamic"
      [class.pa-field--invalid]="formErrors().has('disagreementPoints')"
    >
      <mat-label>{{ 'rounds.disagreementPoints' | st }}</mat-label>
      <input
        matInput
        paDecimal
        min="0"
        step="0.25"
        [formControl]="control()"
        [placeholder]="'rounds.disagreementPlaceholder' | st"
        [errorStateMatcher]="formErrors().matcher('disagreementPoints')"
        [attr.data-testid]="testId()"
      />
      <mat-hint [attr.data-testid]="hintTestId()">{{ hint() }}</mat-hint>
      <pa-field-errors ngProjectAs="mat-error" [form]="formErrors()" path="disagreementPoints" />
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class DisagreementPointsFieldComponent {
  readonly control = input.required<FormControl<number | null>>();
  readonly formErrors = input.required<FormErrors>();
  /** What an empty distance means, in the reader's language. */
  readonly hint = input.required<string>();
  readonly testId = input.required<string>();
  readonly hintTestId = input<string | null>(null);
}
