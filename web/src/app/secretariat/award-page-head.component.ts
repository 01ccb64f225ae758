import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { AwardTabsComponent } from './award-tabs.component';

/**
 * The head of every page of one award's management: the way back, the page's title, the award's
 * name and what the page is for, the page's own actions (projected) and the award's section tabs.
 * Anything placed beside the award's name (a status chip) is projected with `paAwardNameExtra`.
 */
@Component({
  selector: 'pa-award-page-head',
  imports: [RouterLink, TranslatePipe, AwardTabsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="pa-page-head">
      <div>
        <a [routerLink]="backLink()" class="pa-back" [attr.data-testid]="backTestId()"
          >← {{ backLabel() ?? ('nav.myAwards' | t) }}</a
        >
        <h1 [attr.data-testid]="titleTestId()">{{ heading() }}</h1>
        @if (awardName(); as name) {
          <p class="pa-muted">{{ name }} <ng-content select="[paAwardNameExtra]" /></p>
        }
        @if (subtitle(); as text) {
          <p class="pa-muted">{{ text }}</p>
        }
      </div>
      <ng-content />
    </header>

    <pa-award-tabs [awardId]="awardId()" />
  `,
  styles: `
    :host {
      display: block;
    }
    .pa-back {
      display: inline-block;
      margin-bottom: 4px;
    }
  `,
})
export class AwardPageHeadComponent {
  readonly awardId = input.required<string>();
  /** The page's title, already in the reader's language. */
  readonly heading = input.required<string>();
  readonly titleTestId = input.required<string>();
  /** The award's name, once it has loaded. */
  readonly awardName = input<string | null | undefined>(null);
  readonly subtitle = input<string | null>(null);
  /** Where the back link leads: the user's awards unless told otherwise. */
  readonly backLink = input<string | readonly unknown[]>('/manage');
  /** The back link's words (translated); "My awards" unless told otherwise. */
  readonly backLabel = input<string | null>(null);
  readonly backTestId = input<string | null>(null);
}
