import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type {
  AwardResponse,
  ForwardResultResponse,
  PrizeTier,
  PublicAwardResponse,
} from '@press-award/contracts';
import { filter, map, of, switchMap } from 'rxjs';
import type { UiError } from '../core/api/api-error';
import { loadOnInput } from '../core/api/load-on-input';
import { UiErrors } from '../core/api/ui-errors';
import { PaNumberPipe } from '../core/format/format.pipes';
import { I18nService } from '../core/i18n/i18n.service';
import { EditionPipe } from '../core/i18n/t.pipe';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { LoadingComponent } from '../shared/states.component';
import { AftercareApi } from './aftercare-api';
import { AftercareI18n, AftercareTranslatePipe } from './aftercare-i18n';
import {
  coveredByTier,
  defaultForwardTiers,
  describeForwardResult,
  forwardPlan,
  forwardTargets,
  type PrizeWinner,
} from './aftercare.model';
import { WinnerLabels } from './winner-labels';
import { isChecked, toggleId } from '../core/forms/checkboxes';

/**
 * Forwarding the winners to an open national award (organizers of a non-national award): the
 * target, whole tiers and single works, a confirmation by count, and what was forwarded or skipped.
 */
@Component({
  selector: 'pa-forward-winners',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    EditionPipe,
    AftercareTranslatePipe,
    PaNumberPipe,
    ErrorBannerComponent,
    LoadingComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forward-winners.component.html',
  styleUrl: './forward-winners.component.scss',
})
export class ForwardWinnersComponent {
  private readonly api = inject(AftercareApi);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly words = inject(AftercareI18n);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly labels = inject(WinnerLabels);

  readonly awardId = input.required<string>();
  readonly awardLevel = input.required<AwardResponse['level'] | null>();
  readonly canForward = input.required<boolean>();
  readonly tiers = input.required<readonly PrizeTier[]>();
  readonly winners = input.required<readonly PrizeWinner[]>();

  protected readonly targets = signal<PublicAwardResponse[]>([]);
  protected readonly targetId = signal('');
  /** Until the list arrives the panel cannot tell whether a national award is open: it says nothing yet. */
  private readonly targetsLoad = loadOnInput({
    params: () => ({ awardId: this.awardId(), canForward: this.canForward() }),
    request: ({ awardId, canForward }) =>
      canForward
        ? this.api.publicAwards().pipe(map((awards) => forwardTargets(awards, awardId)))
        : of([]),
    loaded: (targets) => {
      this.targets.set(targets);
      // One open national award is the usual case: choose it rather than make the user do so.
      if (targets.length === 1 && targets[0]) this.targetId.set(targets[0].id);
    },
  });
  protected readonly targetsLoading = this.targetsLoad.loading;
  protected readonly targetsError = computed(() => this.targetsLoad.error() !== null);

  protected readonly forwardTiers = linkedSignal<ReadonlySet<string>>(
    () => new Set(defaultForwardTiers(this.tiers())),
  );
  protected readonly forwardEntries = signal<ReadonlySet<string>>(new Set());
  protected readonly plan = computed(() =>
    forwardPlan(this.winners(), {
      tierCodes: this.forwardTiers(),
      entryIds: this.forwardEntries(),
    }),
  );
  protected readonly tierCounts = computed(() => {
    const counts = new Map<string, number>();
    for (const winner of this.winners()) {
      if (winner.tierCode !== null && winner.lost === null)
        counts.set(winner.tierCode, (counts.get(winner.tierCode) ?? 0) + 1);
    }
    return counts;
  });
  protected readonly forwardAttempted = signal(false);
  protected readonly forwarding = signal(false);
  protected readonly forwardError = signal<UiError | null>(null);
  private readonly forwardResult = signal<ForwardResultResponse | null>(null);
  /** Worded at display time, so the reasons follow a change of language. */
  protected readonly forwardOutcome = computed(() => {
    const result = this.forwardResult();
    return result
      ? describeForwardResult(
          result,
          this.tiers(),
          (code) => this.i18n.errorMessage(code),
          this.words.t('forward.untitled'),
        )
      : null;
  });
  /** Client-side reasons not to send yet, in the API's words where it has them. */
  protected readonly forwardProblem = computed(() => {
    if (!this.targetId()) return this.words.t('forward.needTarget');
    if (!this.plan().request) return this.i18n.errorMessage('FORWARD_NOTHING_CHOSEN');
    return null;
  });

  protected chooseTarget(event: Event): void {
    this.targetId.set((event.target as HTMLSelectElement).value);
  }

  protected toggleTier(code: string, event: Event): void {
    this.forwardTiers.set(toggleId(this.forwardTiers(), code, isChecked(event)));
  }

  protected toggleEntry(entryId: string, event: Event): void {
    this.forwardEntries.set(toggleId(this.forwardEntries(), entryId, isChecked(event)));
  }

  protected covered(winner: PrizeWinner): boolean {
    return coveredByTier(winner, {
      tierCodes: this.forwardTiers(),
      entryIds: this.forwardEntries(),
    });
  }

  protected confirmForward(): void {
    this.forwardAttempted.set(true);
    const plan = this.plan();
    const target = this.targets().find((award) => award.id === this.targetId());
    if (this.forwardProblem() || !plan.request || !target) return;
    const count = plan.works.length;
    const data: ConfirmDialogData = {
      title: this.words.t('forward.confirmTitle', { count }),
      text: this.words.t('forward.confirmText', { count, award: target.name }),
      confirmLabel: this.words.t('forward.confirm'),
    };
    const request = { targetAwardId: target.id, ...plan.request };
    this.dialog
      .open(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => {
          this.forwarding.set(true);
          this.forwardError.set(null);
          this.forwardResult.set(null);
          return this.api.forward(this.awardId(), request);
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (result) => {
          this.forwarding.set(false);
          this.forwardAttempted.set(false);
          this.forwardResult.set(result);
        },
        error: (failure: unknown) => {
          this.forwarding.set(false);
          this.forwardError.set(this.uiErrors.from(failure));
        },
      });
  }
}
