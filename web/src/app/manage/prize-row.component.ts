import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TOPIC_PRIZE_CONDITION_KINDS, type TopicPrizeConditionKind } from '@press-award/contracts';
import { PaMoneyPipe } from '../core/format/format.pipes';
import { DecimalInputDirective } from '../core/forms/decimal-input.directive';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import type { FormErrors } from '../core/forms/form-errors';
import type { TranslationKey } from '../core/i18n/dictionary.vi';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { defaultConditionYears, type TierForm } from './award-form.model';
import { checkWhenErrorsChange } from '../core/forms/form-errors-check';
import { TextFieldComponent } from './text-field.component';

const CONDITION_LABELS: Record<TopicPrizeConditionKind, TranslationKey> = {
  authorAgeAtLeast: 'editor.topicConditionAgeAtLeast',
  authorYoungerThan: 'editor.topicConditionYoungerThan',
  overseasAuthor: 'editor.topicConditionOverseas',
};

/**
 * One prize row: code, label, how many and the money; a prize tier adds its suggestion threshold,
 * a topic prize its condition on the authors. The row is a group of the editor page's form.
 */
@Component({
  selector: 'pa-prize-row',
  imports: [
    ReactiveFormsModule,
    DecimalInputDirective,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    PaMoneyPipe,
    FieldErrorsComponent,
    TextFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './prize-row.component.html',
  styles: `
    .pa-row {
      display: grid;
      grid-template-columns: 110px minmax(180px, 3fr) 110px minmax(150px, 1.5fr) auto;
      gap: 0 12px;
      align-items: start;
    }
    .pa-row--tier {
      grid-template-columns:
        110px minmax(180px, 3fr) 110px minmax(150px, 1.5fr) minmax(170px, 1.2fr)
        auto;
    }
    .pa-row--topic {
      grid-template-columns:
        110px minmax(180px, 3fr) 110px minmax(150px, 1.5fr) minmax(200px, 1.6fr)
        90px auto;
    }
    .pa-row__remove {
      margin-top: 10px;
    }
    .pa-row > * {
      min-width: 0;
    }
    /* Narrower than the editor's full row (a tablet, a small laptop): two fields a line, the name
       on a line of its own; on a phone, one field a line. */
    @media (max-width: 1100px) {
      .pa-row,
      .pa-row--tier,
      .pa-row--topic {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        border-bottom: 1px dashed var(--pa-line);
        margin-bottom: 8px;
      }
      .pa-row__label {
        grid-column: 1 / -1;
        order: -1;
      }
    }
    @media (max-width: 560px) {
      .pa-row,
      .pa-row--tier,
      .pa-row--topic {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class PrizeRowComponent {
  readonly kind = input.required<'tier' | 'topic'>();
  readonly row = input.required<TierForm>();
  readonly index = input.required<number>();
  readonly formErrors = input.required<FormErrors>();
  readonly locked = input(false);
  readonly remove = output();

  protected readonly conditionKinds = TOPIC_PRIZE_CONDITION_KINDS;

  constructor() {
    checkWhenErrorsChange(this.formErrors);
  }

  /** The path the form's messages use (`prizeTiers.0.code`). */
  protected path(field: string): string {
    return `${this.kind() === 'tier' ? 'prizeTiers' : 'topicPrizes'}.${this.index()}.${field}`;
  }

  /** `tier-code-0`, `topic-remove-2`. */
  protected testId(field: string): string {
    return `${this.kind()}-${field}-${this.index()}`;
  }

  protected conditionLabel(kind: TopicPrizeConditionKind): TranslationKey {
    return CONDITION_LABELS[kind];
  }

  protected hasYears(): boolean {
    return defaultConditionYears(this.row().controls.conditionKind.value) !== null;
  }

  /** A newly chosen age condition starts at the age the rules name (70, 18); the organizer may change it. */
  protected conditionChanged(): void {
    const row = this.row();
    const years = defaultConditionYears(row.controls.conditionKind.value);
    if (years !== null && row.controls.conditionYears.value === null)
      row.controls.conditionYears.setValue(years);
  }
}
