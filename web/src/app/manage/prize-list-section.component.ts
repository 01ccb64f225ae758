import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { FormErrors } from '../core/forms/form-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PRIZE_TEMPLATE_2020, createTierForm, type AwardForm } from './award-form.model';
import { PrizeRowComponent } from './prize-row.component';

const SECTIONS = {
  tier: {
    headingId: 'tiers-heading',
    heading: 'editor.prizeTiers',
    testId: 'prize-tiers',
    add: 'editor.addTier',
  },
  topic: {
    headingId: 'topics-heading',
    heading: 'editor.topicPrizes',
    testId: 'topic-prizes',
    add: 'editor.addTopic',
  },
} as const;

/**
 * The prize tiers (Đặc biệt, A, B…; they may start from the 2020 template) or the topic prizes
 * (oldest author, youngest author…): the rows of one of the editor page's arrays.
 */
@Component({
  selector: 'pa-prize-list-section',
  imports: [MatButtonModule, TranslatePipe, PrizeRowComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  styleUrl: './award-sections.scss',
  template: `
    <section
      class="pa-card pa-section"
      [attr.aria-labelledby]="section().headingId"
      [attr.data-testid]="section().testId"
    >
      <div class="pa-section-head">
        <h2 [id]="section().headingId">{{ section().heading | t }}</h2>
        <div class="pa-actions">
          @if (kind() === 'tier') {
            <button
              mat-button
              type="button"
              (click)="useTemplate()"
              [disabled]="locked()"
              data-testid="tier-template"
            >
              {{ 'editor.useTemplate' | t }}
            </button>
          }
          <button
            mat-stroked-button
            type="button"
            (click)="rows().push(newRow())"
            [disabled]="locked()"
            [attr.data-testid]="kind() + '-add'"
          >
            + {{ section().add | t }}
          </button>
        </div>
      </div>
      @if (kind() === 'tier') {
        <p class="pa-muted pa-hint">{{ 'editor.prizeTiersHint' | t }}</p>
        <p class="pa-muted pa-hint" data-testid="tier-min-score-hint">
          {{ 'editor.tierMinScoresHint' | t }}
        </p>
      }
      <div>
        @for (row of rows().controls; track row; let index = $index) {
          <pa-prize-row
            [kind]="kind()"
            [row]="row"
            [index]="index"
            [formErrors]="formErrors()"
            [locked]="locked()"
            (remove)="rows().removeAt(index)"
          />
        } @empty {
          <p class="pa-muted">{{ 'editor.noRows' | t }}</p>
        }
      </div>
    </section>
  `,
})
export class PrizeListSectionComponent {
  private readonly fb = inject(NonNullableFormBuilder);

  readonly kind = input.required<'tier' | 'topic'>();
  readonly rows = input.required<AwardForm['controls']['prizeTiers' | 'topicPrizes']>();
  readonly formErrors = input.required<FormErrors>();
  readonly locked = input(false);

  protected readonly section = computed(() => SECTIONS[this.kind()]);

  protected newRow() {
    return createTierForm(this.fb);
  }

  protected useTemplate(): void {
    const rows = this.rows();
    rows.clear();
    for (const tier of PRIZE_TEMPLATE_2020) rows.push(createTierForm(this.fb, tier));
  }
}
