import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { PublicAwardResponse } from '@press-award/contracts';
import { PaDateTimePipe } from '../core/format/format.pipes';
import { levelKey } from '../core/i18n/labels';
import { EditionPipe, TranslatePipe } from '../core/i18n/t.pipe';
import { acceptsEntries } from '../entries/entry-form.model';
import { StatusChipComponent } from './status-chip.component';

@Component({
  selector: 'pa-award-card',
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    EditionPipe,
    PaDateTimePipe,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = award();
    <article class="pa-card pa-award-card" data-testid="award-card" [attr.data-award-id]="item.id">
      <header class="pa-award-card__head">
        <pa-status-chip [status]="item.status" />
        <span class="pa-award-card__level">{{ levelLabel() | t }}</span>
      </header>
      <h3 class="pa-award-card__name">
        <a [routerLink]="['/awards', item.id]" data-testid="award-card-link">{{ item.name }}</a>
      </h3>
      <p class="pa-award-card__edition" data-testid="award-card-edition">
        {{ item.edition | edition: item.year }}
      </p>
      @if (item.organizerName) {
        <p class="pa-muted">{{ 'award.organizer' | t }}: {{ item.organizerName }}</p>
      }
      <dl class="pa-award-card__facts">
        <div>
          <dt>{{ 'award.deadline' | t }}</dt>
          <dd data-testid="award-card-deadline">
            {{ 'award.deadlineValue' | t: { date: (item.rules.submissionDeadline | paDateTime) } }}
          </dd>
        </div>
      </dl>
      <div class="pa-award-card__actions">
        @if (open()) {
          <a
            mat-flat-button
            [routerLink]="['/awards', item.id, 'entries', 'new']"
            [attr.aria-label]="'award.submitTo' | t: { name: item.name }"
            data-testid="award-card-submit"
            >{{ 'entry.submitEntry' | t }}</a
          >
        }
        <a class="pa-award-card__more" [routerLink]="['/awards', item.id]"
          >{{ 'award.viewDetail' | t }} →</a
        >
      </div>
    </article>
  `,
})
export class AwardCardComponent {
  readonly award = input.required<PublicAwardResponse>();
  protected readonly levelLabel = computed(() => levelKey(this.award().level));
  /** A call still taking entries: the card offers "Nộp tác phẩm" without a detour. */
  protected readonly open = computed(() => acceptsEntries(this.award().status, this.award().rules));
}
