import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { PrizeApprovalsResponse } from '@press-award/contracts';
import type { Subscription } from 'rxjs';
import { ApprovalApi } from './approval-api';
import { ApprovalTranslatePipe } from './approval-i18n';

/**
 * The steering committee's approval of the prize list, for the organizer's results page: how many
 * members approved the list as it is now. Reloads whenever the prizes change (an approval of the
 * old list is no longer current). Says nothing when the award has no steering committee.
 */
@Component({
  selector: 'pa-approval-status',
  imports: [RouterLink, ApprovalTranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state(); as current) {
      @if (current.steeringMembers > 0) {
        <section
          class="pa-card pa-section"
          aria-labelledby="approval-status-heading"
          data-testid="approval-status"
        >
          <h2 id="approval-status-heading">{{ 'approval.status' | apt }}</h2>
          <p data-testid="approval-status-line">
            {{
              'approval.statusLine'
                | apt: { current: currentCount(current), members: current.steeringMembers }
            }}
          </p>
          <a [routerLink]="['/awards', awardId(), 'approval']" data-testid="approval-status-link">{{
            'approval.open' | apt
          }}</a>
        </section>
      }
    }
  `,
})
export class ApprovalStatusComponent {
  private readonly api = inject(ApprovalApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly awardId = input.required<string>();
  /** Anything that changes with the prize list (the page's prizes): a new value reloads. */
  readonly prizes = input<unknown>(null);

  protected readonly state = signal<PrizeApprovalsResponse | null>(null);
  private request: Subscription | null = null;

  constructor() {
    effect(() => {
      const awardId = this.awardId();
      this.prizes();
      untracked(() => {
        this.request?.unsubscribe();
        // A reader without access (a secretary of another award) simply sees nothing here.
        this.request = this.api
          .approvals(awardId)
          .pipe(takeUntilDestroyed(this.destroyRef))
          .subscribe({ next: (state) => this.state.set(state), error: () => this.state.set(null) });
      });
    });
  }

  protected currentCount(state: PrizeApprovalsResponse): number {
    return state.approvals.filter((approval) => approval.current).length;
  }
}
