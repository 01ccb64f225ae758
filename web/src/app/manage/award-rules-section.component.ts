import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatDatepicker, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ENTRY_LANGUAGES } from '@press-award/contracts';
import { formatDateTime, isVietnamLocal, vietnamLocalToIso } from '../core/format/format';
import { DateInputDirective, DateTimeInputDirective } from '../core/forms/date-input.directive';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import type { FormErrors } from '../core/forms/form-errors';
import type { TranslationKey } from '../core/i18n/dictionary.vi';
import { languageKey } from '../core/i18n/labels';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import type { AwardForm, AwardFormValue } from './award-form.model';
import { isChecked, toggleInList } from '../core/forms/checkboxes';
import { checkWhenErrorsChange } from '../core/forms/form-errors-check';

type RulesControl = keyof AwardForm['controls']['rules']['controls'];

interface RulesField {
  readonly control: RulesControl;
  readonly label: TranslationKey;
  readonly testId: string;
}

/** The publication window: two dates, typed or picked. */
const DATE_FIELDS: readonly RulesField[] = [
  { control: 'publicationFrom', label: 'editor.publicationFrom', testId: 'rules-publication-from' },
  { control: 'publicationTo', label: 'editor.publicationTo', testId: 'rules-publication-to' },
];

/** The limits: whole numbers from 1. */
const LIMIT_FIELDS: readonly RulesField[] = [
  {
    control: 'maxEntriesPerAuthor',
    label: 'editor.maxEntriesPerAuthor',
    testId: 'rules-max-entries',
  },
  { control: 'maxCoAuthors', label: 'editor.maxCoAuthors', testId: 'rules-max-coauthors' },
  { control: 'maxSeriesParts', label: 'editor.maxSeriesParts', testId: 'rules-max-parts' },
];

/**
 * The award's rules and limits: the publication window, the submission deadline, the limits per
 * author and the languages. The form is the editor page's; this section edits its `rules` group.
 */
@Component({
  selector: 'pa-award-rules-section',
  imports: [
    ReactiveFormsModule,
    DateInputDirective,
    DateTimeInputDirective,
    MatDatepicker,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  templateUrl: './award-rules-section.component.html',
  styleUrl: './award-sections.scss',
})
export class AwardRulesSectionComponent {
  private readonly i18n = inject(I18nService);

  readonly rules = input.required<AwardForm['controls']['rules']>();
  /** The rules' raw value, as the page last read it. */
  readonly value = input.required<AwardFormValue['rules']>();
  readonly formErrors = input.required<FormErrors>();
  readonly locked = input(false);

  protected readonly dates = DATE_FIELDS;
  protected readonly limits = LIMIT_FIELDS;
  protected readonly entryLanguages = ENTRY_LANGUAGES;
  protected readonly languageKey = languageKey;

  /** The deadline as everyone will read it once it is one; until then, how to write it. */
  protected readonly deadlinePreview = computed(() => {
    const local = this.value().submissionDeadline;
    return isVietnamLocal(local)
      ? this.i18n.t('award.deadlineValue', { date: formatDateTime(vietnamLocalToIso(local)) })
      : this.i18n.t('date.dateTimeHint');
  });

  constructor() {
    checkWhenErrorsChange(this.formErrors);
  }

  protected toggleLanguage(code: string, event: Event): void {
    toggleInList(this.rules().controls.languages, code, isChecked(event));
  }
}
