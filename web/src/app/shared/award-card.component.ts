import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PublicAwardResponse } from '@press-award/contracts';
import { PaDateTimePipe } from '../core/format/format.pipes';
import { levelKey } from '../core/i18n/labels';
import { EditionPipe, TranslatePipe } from '../core/i18n/t.pipe';
import { StatusChipComponent } from './status-chip.component';

@Component({
  selector: 'pa-award-card',
  imports: [RouterLink, TranslatePipe, EditionPipe, PaDateTimePipe, StatusChipComponent],
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
      <a class="pa-award-card__more" [routerLink]="['/awards', item.id]"
        >{{ 'award.viewDetail' | t }} →</a
      >
    </article>
  `,
})
export class AwardCardComponent {
  readonly award = input.required<PublicAwardResponse>();
  protected readonly levelLabel = computed(() => levelKey(this.award().level));
}
