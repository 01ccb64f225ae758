import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import type { AwardSummary } from '@press-award/contracts';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { AuthService } from '../core/auth/auth.service';
import { levelKey, roleKey } from '../core/i18n/labels';
import { EditionPipe, TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { StatusChipComponent } from '../shared/status-chip.component';

@Component({
  selector: 'pa-my-awards-page',
  imports: [
    RouterLink,
    MatButtonModule,
    TranslatePipe,
    EditionPipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="pa-page-head">
      <div>
        <h1>{{ 'myAwards.title' | t }}</h1>
        <p class="pa-muted">{{ 'myAwards.subtitle' | t }}</p>
      </div>
      @if (auth.canCreateAward()) {
        <a mat-flat-button routerLink="/manage/awards/new" data-testid="create-award">{{
          'myAwards.create' | t
        }}</a>
      }
    </header>

    <pa-error-banner [error]="error()" [retryable]="true" (retry)="load()" />

    @if (loading()) {
      <pa-loading />
    } @else if (!error()) {
      @if (awards().length === 0) {
        <pa-empty testId="my-awards-empty">
          <p>{{ 'myAwards.empty' | t }}</p>
          @if (auth.canCreateAward()) {
            <p>{{ 'myAwards.emptyCreate' | t }}</p>
          }
        </pa-empty>
      } @else {
        <div class="pa-grid">
          @for (award of awards(); track award.id) {
            <article
              class="pa-card pa-award-card"
              data-testid="my-award-card"
              [attr.data-award-id]="award.id"
            >
              <header class="pa-award-card__head">
                <pa-status-chip [status]="award.status" />
                <span class="pa-award-card__level">{{ levelKey(award.level) | t }}</span>
              </header>
              <h2 class="pa-award-card__name">{{ award.name }}</h2>
              <p class="pa-award-card__edition">{{ award.edition | edition: award.year }}</p>
              <p class="pa-muted">
                {{ 'myAwards.yourRoles' | t }}:
                @for (role of auth.rolesIn(award.id); track role; let last = $last) {
                  {{ roleKey(role) | t }}{{ last ? '' : ', ' }}
                } @empty {
                  {{ 'myAwards.adminRole' | t }}
                }
              </p>
              <div class="pa-actions pa-award-card__more">
                @if (auth.canManage(award.id)) {
                  <a
                    mat-flat-button
                    [routerLink]="['/manage/awards', award.id]"
                    data-testid="my-award-manage"
                    >{{ 'myAwards.open' | t }}</a
                  >
                }
                @if (auth.canScreen(award.id)) {
                  <a
                    mat-stroked-button
                    [routerLink]="['/manage/awards', award.id, 'screening']"
                    data-testid="my-award-secretariat"
                    >{{ 'myAwards.secretariat' | t }}</a
                  >
                }
                @if (award.status !== 'draft') {
                  <a mat-button [routerLink]="['/awards', award.id]">{{ 'myAwards.view' | t }}</a>
                }
              </div>
            </article>
          }
        </div>
      }
    }
  `,
})
export class MyAwardsPage {
  private readonly api = inject(ApiClient);
  protected readonly auth = inject(AuthService);

  protected readonly awards = signal<AwardSummary[]>([]);
  /** The page has no inputs: it loads once, and again on retry. */
  private readonly page = loadOnInput({
    params: () => null,
    request: () => this.api.managedAwards(1, 200),
    loaded: (page) => this.awards.set(page.items),
  });
  protected readonly loading = this.page.loading;
  protected readonly error = this.page.error;
  protected readonly levelKey = levelKey;
  protected readonly roleKey = roleKey;

  protected load(): void {
    this.page.reload();
  }
}
