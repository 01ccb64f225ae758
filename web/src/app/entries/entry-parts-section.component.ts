import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, type FormArray } from '@angular/forms';
import type { AwardRules } from '@press-award/contracts';
import { formatDate } from '../core/format/format';
import type { FormErrors } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { createPartForm, moveRow, type EntryFormValue, type PartForm } from './entry-form.model';
import { checkWhenErrorsChange } from '../core/forms/form-errors-check';
import { ROW_SECTION_HOST, ROW_SECTION_IMPORTS } from './entry-row-section';

/**
 * The parts of a work (one, or each part of a series): title, outlet, publication date and, online,
 * the address; added, moved and removed here in the page's form.
 */
@Component({
  selector: 'pa-entry-parts-section',
  imports: ROW_SECTION_IMPORTS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: ROW_SECTION_HOST,
  templateUrl: './entry-parts-section.component.html',
  styleUrl: './entry-sections.scss',
})
export class EntryPartsSectionComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly i18n = inject(I18nService);

  /** The page form's `parts`. */
  readonly parts = input.required<FormArray<PartForm>>();
  /** Their current value, from the page's form value (so this section follows every change). */
  readonly value = input.required<EntryFormValue['parts']>();
  readonly formErrors = input.required<FormErrors>();
  readonly rules = input.required<AwardRules>();
  readonly editable = input.required<boolean>();
  /** Online categories ask for each part's address. */
  readonly showUrls = input(false);

  protected readonly windowText = computed(() => {
    const rules = this.rules();
    return this.i18n.t('entry.partsWindow', {
      from: formatDate(rules.publicationFrom),
      to: formatDate(rules.publicationTo),
    });
  });

  constructor() {
    checkWhenErrorsChange(this.formErrors);
  }

  protected add(): void {
    this.parts().push(createPartForm(this.fb));
  }

  protected move(index: number, offset: -1 | 1): void {
    moveRow(this.parts(), index, offset);
  }

  protected remove(index: number): void {
    this.parts().removeAt(index);
  }
}
