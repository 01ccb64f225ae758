import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { SecretariatTranslatePipe } from './secretariat-i18n';

/** The sections of one award's management: details (organizers), screening, rounds & councils, results, dashboard, complaints & forwarding. */
@Component({
  selector: 'pa-award-tabs',
  imports: [RouterLink, RouterLinkActive, SecretariatTranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="pa-award-tabs" [attr.aria-label]="'tabs.label' | st" data-testid="award-tabs">
      @if (auth.canManage(awardId())) {
        <a
          [routerLink]="['/manage/awards', awardId()]"
          routerLinkActive="pa-award-tabs__active"
          [routerLinkActiveOptions]="{ exact: true }"
          ariaCurrentWhenActive="page"
          data-testid="tab-editor"
          >{{ 'tabs.editor' | st }}</a
        >
      }
      <a
        [routerLink]="['/manage/awards', awardId(), 'screening']"
        routerLinkActive="pa-award-tabs__active"
        ariaCurrentWhenActive="page"
        data-testid="tab-screening"
        >{{ 'tabs.screening' | st }}</a
      >
      <a
        [routerLink]="['/manage/awards', awardId(), 'rounds']"
        routerLinkActive="pa-award-tabs__active"
        ariaCurrentWhenActive="page"
        data-testid="tab-rounds"
        >{{ 'tabs.rounds' | st }}</a
      >
      <a
        [routerLink]="['/manage/awards', awardId(), 'results']"
        routerLinkActive="pa-award-tabs__active"
        ariaCurrentWhenActive="page"
        data-testid="tab-results"
        >{{ 'tabs.results' | st }}</a
      >
      <a
        [routerLink]="['/manage/awards', awardId(), 'dashboard']"
        routerLinkActive="pa-award-tabs__active"
        ariaCurrentWhenActive="page"
        data-testid="tab-dashboard"
        >{{ 'tabs.dashboard' | st }}</a
      >
      <a
        [routerLink]="['/manage/awards', awardId(), 'aftercare']"
        routerLinkActive="pa-award-tabs__active"
        ariaCurrentWhenActive="page"
        data-testid="tab-aftercare"
        >{{ 'tabs.aftercare' | st }}</a
      >
    </nav>
  `,
  styles: `
    .pa-award-tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      border-bottom: 1px solid #d8d8d8;
      margin: 0 0 16px;
      a {
        padding: 8px 14px;
        text-decoration: none;
        color: inherit;
        border-bottom: 3px solid transparent;
        font-weight: 500;
      }
      a:hover,
      a:focus-visible {
        background: #f4f1ec;
      }
    }
    .pa-award-tabs__active {
      border-bottom-color: #b71c1c !important;
      color: #b71c1c !important;
    }
  `,
})
export class AwardTabsComponent {
  protected readonly auth = inject(AuthService);
  readonly awardId = input.required<string>();
}
