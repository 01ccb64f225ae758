import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatDatepicker, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { startWith, switchMap } from 'rxjs';
import { formatDateTime, isVietnamLocal, vietnamLocalToIso } from '../core/format/format';
import { DateTimeInputDirective } from '../core/forms/date-input.directive';
import { provideDatepicker } from '../core/forms/datepicker.providers';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import type { FormErrors } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/**
 * The deadline of a "needs revision" decision (Vietnam local date and time, with a picker), and
 * under it the deadline as it will be read, or the expected format. Its messages are the form's
 * `revisionDeadline` ones.
 */
@Component({
  selector: 'pa-revision-deadline-field',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatDatepicker,
    MatDatepickerToggle,
    DateTimeInputDirective,
    SecretariatTranslatePipe,
    FieldErrorsComponent,
  ],
  // The picker's calendar and words load with the pages that have date fields, not with the app.
  providers: [provideDatepicker()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- Reading the messages here checks this view when they change, so that Material asks the
      matcher again and shows them. -->
    <mat-form-field
      appearance="outline"
      subscriptSizing="dynamic"
      [class.pa-field--invalid]="formErrors().has('revisionDeadline')"
      class="pa-full"
    >
      <mat-label>{{ 'decision.deadline' | st }}</mat-label>
      <input
        matInput
        paDateTime
        placeholder="dd/mm/yyyy hh:mm"
        [paDatePicker]="deadlinePicker"
        [formControl]="control()"
        [errorStateMatcher]="formErrors().matcher('revisionDeadline')"
        [attr.data-testid]="testId()"
      />
      <mat-datepicker-toggle matIconSuffix [for]="deadlinePicker" />
      <mat-datepicker #deadlinePicker />
      <mat-hint [attr.data-testid]="previewTestId()">{{ preview() }}</mat-hint>
      <pa-field-errors ngProjectAs="mat-error" [form]="formErrors()" path="revisionDeadline" />
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .pa-full {
      width: 100%;
    }
  `,
})
export class RevisionDeadlineFieldComponent {
  private readonly i18n = inject(I18nService);
  private readonly st = inject(SecretariatI18n);

  readonly control = input.required<FormControl<string>>();
  readonly formErrors = input.required<FormErrors>();
  readonly testId = input.required<string>();
  readonly previewTestId = input<string | null>(null);

  private readonly value = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    ),
    { initialValue: '' },
  );
  protected readonly preview = computed(() => {
    const local = this.value() ?? '';
    if (isVietnamLocal(local))
      return this.st.t('decision.deadlinePreview', {
        date: formatDateTime(vietnamLocalToIso(local)),
      });
    const format = this.i18n.t('date.dateTimeHint');
    return local ? format : `${this.st.t('decision.deadlineHint')} ${format}`;
  });
}
