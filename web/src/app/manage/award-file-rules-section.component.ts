import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MEDIA_TYPES, type MediaType } from '@press-award/contracts';
import { SUPPORTED_WORK_TYPES } from '@press-award/domain';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import type { FormErrors } from '../core/forms/form-errors';
import { mediaKey, mimeLabel } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';
import type { AwardForm, AwardFormValue } from './award-form.model';
import { isChecked, toggleInList } from '../core/forms/checkboxes';
import { checkWhenErrorsChange } from '../core/forms/form-errors-check';

/**
 * Which media an award takes, and for each its largest file and file types. The form is the
 * editor page's; this section edits its `rules.files` group.
 */
@Component({
  selector: 'pa-award-file-rules-section',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  templateUrl: './award-file-rules-section.component.html',
  styleUrl: './award-sections.scss',
})
export class AwardFileRulesSectionComponent {
  readonly files = input.required<AwardForm['controls']['rules']['controls']['files']>();
  /** The file rules' raw value, as the page last read it. */
  readonly value = input.required<AwardFormValue['rules']['files']>();
  readonly formErrors = input.required<FormErrors>();
  readonly locked = input(false);

  protected readonly mediaTypes = MEDIA_TYPES;
  protected readonly supportedTypes = SUPPORTED_WORK_TYPES;
  protected readonly mediaKey = mediaKey;
  protected readonly mimeLabel = mimeLabel;

  constructor() {
    checkWhenErrorsChange(this.formErrors);
  }

  protected toggleType(mediaType: MediaType, mime: string, event: Event): void {
    toggleInList(this.files().controls[mediaType].controls.types, mime, isChecked(event));
  }
}
