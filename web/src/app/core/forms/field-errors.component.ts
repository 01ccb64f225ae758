import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MAT_ERROR, MAT_FORM_FIELD, MatError } from '@angular/material/form-field';

/** Whatever holds a form's messages by control path; `FormErrors` does. */
export interface FieldErrorSource {
  errors(path: string): readonly string[];
}

let nextId = 0;

/**
 * The messages of one field, one element per message, each marked `field-error-<path>` unless
 * told otherwise: `<pa-field-errors [form]="formErrors" path="email" />`.
 *
 * Inside a `mat-form-field` each message is a `<mat-error>`. The form field only looks for errors
 * among its own content, so this component stands in for them (it provides `MAT_ERROR`): the field
 * still switches its subscript to the error slot and points the control's `aria-describedby` at
 * the messages (this element, whose text is all of them). Give it `ngProjectAs="mat-error"` there
 * so that it is projected into that slot.
 *
 * Anywhere else (a group of checkboxes, a list of rows) each message is a `div.pa-field-error`
 * with `role="alert"`.
 */
@Component({
  selector: 'pa-field-errors',
  imports: [MatError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: MAT_ERROR, useExisting: FieldErrorsComponent }],
  host: { '[id]': 'id', style: 'display: contents' },
  template: `
    @for (message of messages(); track message) {
      @if (inFormField) {
        <mat-error [attr.data-testid]="resolvedTestId()">{{ message }}</mat-error>
      } @else {
        <div
          class="pa-field-error"
          [class]="errorClass()"
          role="alert"
          [attr.id]="errorId()"
          [attr.data-testid]="resolvedTestId()"
        >
          {{ message }}
        </div>
      }
    }
  `,
})
export class FieldErrorsComponent {
  readonly form = input.required<FieldErrorSource>();
  /** The control path, as `FormErrors` knows it (`email`, `parts.0.title`). */
  readonly path = input.required<string>();
  /** Defaults to `field-error-<path>`. */
  readonly testId = input<string>();
  /** Outside a form field: the id a control's `aria-describedby` names. */
  readonly errorId = input<string | null>(null);
  /** Outside a form field: classes beside `pa-field-error`. */
  readonly errorClass = input('');

  protected readonly messages = computed(() => this.form().errors(this.path()));
  protected readonly resolvedTestId = computed(() => this.testId() ?? `field-error-${this.path()}`);
  protected readonly inFormField = inject(MAT_FORM_FIELD, { optional: true }) !== null;
  /** Read by the enclosing form field (as a `MAT_ERROR`) for its control's `aria-describedby`. */
  readonly id = `pa-field-errors-${nextId++}`;
}
