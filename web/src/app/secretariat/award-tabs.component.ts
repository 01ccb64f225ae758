import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { SecretariatTranslatePipe } from './secretariat-i18n';
import type { SecretariatKey } from './secretariat.vi';

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
      @for (section of sections; track section.path) {
        <a
          [routerLink]="['/manage/awards', awardId(), section.path]"
          routerLinkActive="pa-award-tabs__active"
          ariaCurrentWhenActive="page"
          [attr.data-testid]="'tab-' + section.path"
          >{{ section.label | st }}</a
        >
      }
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
  /** The sections every award member with staff rights sees, in the order of the work. */
  protected readonly sections = [
    { path: 'screening', label: 'tabs.screening' },
    { path: 'batches', label: 'tabs.batches' },
    { path: 'rounds', label: 'tabs.rounds' },
    { path: 'results', label: 'tabs.results' },
    { path: 'documents', label: 'tabs.documents' },
    { path: 'dashboard', label: 'tabs.dashboard' },
    { path: 'aftercare', label: 'tabs.aftercare' },
  ] as const satisfies readonly { path: string; label: SecretariatKey }[];
}
