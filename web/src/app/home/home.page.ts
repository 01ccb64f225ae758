import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { PublicAwardResponse } from '@press-award/contracts';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { AwardCardComponent } from '../shared/award-card.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';

const PAGE_SIZE = 60;

/** Newest edition first, then by name, so the list reads the same on every visit. */
function byRecency(a: PublicAwardResponse, b: PublicAwardResponse): number {
  return b.year - a.year || b.edition - a.edition || a.name.localeCompare(b.name, 'vi');
}

@Component({
  selector: 'pa-home-page',
  imports: [
    MatButtonModule,
    TranslatePipe,
    AwardCardComponent,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pa-hero">
      <h1>{{ 'home.title' | t }}</h1>
      <p class="pa-muted">{{ 'home.intro' | t }}</p>
    </section>

    <pa-error-banner [error]="error()" [retryable]="true" (retry)="reload()" />

    @if (loading() && awards().length === 0) {
      <pa-loading />
    } @else if (!error()) {
      @if (awards().length === 0) {
        <pa-empty testId="home-empty">{{ 'home.empty' | t }}</pa-empty>
      } @else {
        @for (group of groups(); track group.name) {
          <section
            class="pa-section"
            [attr.data-testid]="'awards-' + group.name"
            [attr.aria-labelledby]="group.name + '-heading'"
          >
            <h2 [id]="group.name + '-heading'">
              {{ group.title | t }} ({{ group.awards.length }})
            </h2>
            @if (group.awards.length) {
              <div class="pa-grid">
                @for (award of group.awards; track award.id) {
                  <pa-award-card [award]="award" />
                }
              </div>
            } @else {
              <pa-empty [testId]="'awards-' + group.name + '-empty'">{{
                group.empty | t
              }}</pa-empty>
            }
          </section>
        }

        @if (awards().length < total()) {
          <div class="pa-actions">
            <button
              mat-stroked-button
              type="button"
              (click)="loadMore()"
              [disabled]="loading()"
              data-testid="load-more"
            >
              {{ (loading() ? 'common.loading' : 'common.loadMore') | t }}
            </button>
          </div>
        }
      }
    }
  `,
  styles: `
    .pa-hero {
      margin-bottom: 24px;
      p {
        max-width: 760px;
        margin: 0;
      }
    }
  `,
})
export class HomePage {
  private readonly api = inject(ApiClient);
  private readonly errors = inject(UiErrors);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly awards = signal<PublicAwardResponse[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<UiError | null>(null);
  private page = 0;

  protected readonly open = computed(() =>
    this.awards()
      .filter((award) => award.status === 'open')
      .sort(byRecency),
  );
  protected readonly others = computed(() =>
    this.awards()
      .filter((award) => award.status !== 'open' && award.status !== 'draft')
      .sort(byRecency),
  );
  /** The open calls first, then every other published award. */
  protected readonly groups = computed(() => [
    { name: 'open', title: 'home.open', empty: 'home.openEmpty', awards: this.open() } as const,
    {
      name: 'others',
      title: 'home.others',
      empty: 'home.othersEmpty',
      awards: this.others(),
    } as const,
  ]);

  constructor() {
    this.loadMore();
  }

  protected reload(): void {
    this.page = 0;
    this.awards.set([]);
    this.loadMore();
  }

  protected loadMore(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .publicAwards(this.page + 1, PAGE_SIZE)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.page = result.page;
          this.awards.update((current) => [...current, ...result.items]);
          this.total.set(result.total);
          this.loading.set(false);
        },
        error: (failure: unknown) => {
          this.error.set(this.errors.from(failure));
          this.loading.set(false);
        },
      });
  }
}
