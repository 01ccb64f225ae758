import {
  ChangeDetectionStrategy,
  Component,
  TemplateRef,
  computed,
  contentChild,
  input,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { EmptyComponent } from '../shared/states.component';
import { DashboardTranslatePipe } from './dashboard-i18n';
import type { DashboardKey } from './dashboard.vi';

/** The dashboard's parts, each with its `<part>.title` and `<part>.empty`. */
export type DashboardPart = 'entries' | 'progress' | 'histogram' | 'tiers';

/**
 * One card of the dashboard (`dashboard-<part>`): its heading, then its content (the
 * `<ng-template>` inside), or while it is `empty`, the part's empty state.
 */
@Component({
  selector: 'pa-dashboard-section',
  imports: [NgTemplateOutlet, EmptyComponent, DashboardTranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <section
      class="pa-card pa-section"
      [attr.aria-labelledby]="headingId()"
      [attr.data-testid]="testId()"
    >
      <h2 [id]="headingId()">{{ title() | dbt }}</h2>
      @if (empty()) {
        <pa-empty [testId]="testId() + '-empty'"
          ><p>{{ emptyText() | dbt }}</p></pa-empty
        >
      } @else {
        <ng-container [ngTemplateOutlet]="content() ?? null" />
      }
    </section>
  `,
  styles: `
    h2 {
      margin-top: 0;
    }
  `,
})
export class DashboardSectionComponent {
  readonly part = input.required<DashboardPart>();
  readonly empty = input.required<boolean>();

  protected readonly content = contentChild(TemplateRef);
  protected readonly testId = computed(() => `dashboard-${this.part()}`);
  protected readonly headingId = computed(() => `dashboard-${this.part()}-heading`);
  protected readonly title = computed((): DashboardKey => `${this.part()}.title`);
  protected readonly emptyText = computed((): DashboardKey => `${this.part()}.empty`);
}
