import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PRIOR_AWARD_KINDS } from '@press-award/contracts';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import type { FormErrors } from '../core/forms/form-errors';
import { priorAwardKindKey } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { createPriorAwardForm, type PriorAwardForm } from './entry-form.model';
import { checkWhenErrorsChange } from '../core/forms/form-errors-check';

/** The prizes the work already won elsewhere (kind, name, year, prize), in the page's form. */
@Component({
  selector: 'pa-entry-prior-awards-section',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // No box of its own: the page lays the section out as if it were written there.
  host: { style: 'display: contents' },
  templateUrl: './entry-prior-awards-section.component.html',
  styleUrls: ['./entry-sections.scss', './entry-prior-awards-section.component.scss'],
})
export class EntryPriorAwardsSectionComponent {
  private readonly fb = inject(NonNullableFormBuilder);

  /** The page form's `priorAwards`. */
  readonly priorAwards = input.required<FormArray<PriorAwardForm>>();
  readonly formErrors = input.required<FormErrors>();
  readonly editable = input.required<boolean>();

  protected readonly priorKinds = PRIOR_AWARD_KINDS;
  protected readonly priorAwardKindKey = priorAwardKindKey;

  constructor() {
    checkWhenErrorsChange(this.formErrors);
  }

  protected add(): void {
    this.priorAwards().push(createPriorAwardForm(this.fb));
  }

  protected remove(index: number): void {
    this.priorAwards().removeAt(index);
  }
}
