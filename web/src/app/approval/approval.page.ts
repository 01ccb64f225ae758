import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  PRIZE_APPROVAL_NOTE_MAX_LENGTH,
  type AwardResponse,
  type CollectivePrizeTier,
  type PrizeApprovalsResponse,
  type PrizesResponse,
} from '@press-award/contracts';
import { forkJoin } from 'rxjs';
import type { UiError } from '../core/api/api-error';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { AuthService } from '../core/auth/auth.service';
import { formSave } from '../core/forms/form-save';
import { PaDateTimePipe } from '../core/format/format.pipes';
import type { TranslationKey } from '../core/i18n/dictionary.vi';
import { I18nService } from '../core/i18n/i18n.service';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { StatusChipComponent } from '../shared/status-chip.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { ApprovalApi } from './approval-api';
import { ApprovalI18n, ApprovalTranslatePipe } from './approval-i18n';

/**
 * The steering committee's page (`/awards/:awardId/approval`, docs/councils.md): the prize list as
 * it is now (works by code and tier, no authors; the collective prizes), the approvals so far, and
 * the member's own approval while the award is decided. Organizers and secretaries may read it.
 */
@Component({
  selector: 'pa-approval-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ApprovalTranslatePipe,
    PaDateTimePipe,
    StatusChipComponent,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './approval.page.html',
  styles: `
    .pa-approval-form {
      display: grid;
      gap: 12px;
      max-width: 640px;
    }
    .pa-hash {
      font-family: monospace;
      font-size: 12px;
      word-break: break-all;
    }
  `,
})
export class ApprovalPage {
  private readonly api = inject(ApprovalApi);
  private readonly awards = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly words = inject(ApprovalI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  readonly awardId = input.required<string>();

  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly prizes = signal<PrizesResponse | null>(null);
  protected readonly approvals = signal<PrizeApprovalsResponse | null>(null);
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) =>
      forkJoin({
        award: this.awards.award(awardId),
        prizes: this.api.prizes(awardId),
        approvals: this.api.approvals(awardId),
      }),
    loaded: ({ award, prizes, approvals }) => {
      this.award.set(award);
      this.prizes.set(prizes);
      this.approvals.set(approvals);
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;

  protected readonly maxNote = PRIZE_APPROVAL_NOTE_MAX_LENGTH;
  protected readonly note = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(PRIZE_APPROVAL_NOTE_MAX_LENGTH)],
  });
  protected readonly form = new FormGroup({ note: this.note });
  protected readonly approveError = signal<UiError | null>(null);
  private readonly save = formSave(this.approveError);
  protected readonly approving = this.save.busy;

  protected readonly isSteering = computed(() =>
    this.auth.rolesIn(this.awardId()).includes('steering'),
  );
  protected readonly isOpen = computed(() => this.award()?.status === 'decided');
  /** The awarded works in the award's tier order, then by code. */
  protected readonly works = computed(() => {
    const award = this.award();
    const prizes = this.prizes();
    if (!award || !prizes) return [];
    const tierOrder = new Map(award.prizeTiers.map((tier, index) => [tier.code, index]));
    const tierLabels = new Map(award.prizeTiers.map((tier) => [tier.code, tier.label]));
    const topicLabels = new Map(award.topicPrizes.map((topic) => [topic.code, topic.label]));
    return prizes.prizes
      .filter(
        (prize) => prize.standing === 'awarded' && (prize.tierCode || prize.topicPrizes.length),
      )
      .map((prize) => ({
        code: prize.entryCode ?? '',
        title: prize.title,
        tierCode: prize.tierCode,
        tier: prize.tierCode ? (tierLabels.get(prize.tierCode) ?? prize.tierCode) : '',
        topics: prize.topicPrizes.map((code) => topicLabels.get(code) ?? code).join(', '),
      }))
      .sort(
        (left, right) =>
          (tierOrder.get(left.tierCode ?? '') ?? 99) -
            (tierOrder.get(right.tierCode ?? '') ?? 99) || left.code.localeCompare(right.code),
      );
  });
  protected readonly currentCount = computed(
    () => this.approvals()?.approvals.filter((approval) => approval.current).length ?? 0,
  );
  protected readonly mine = computed(() => {
    const userId = this.auth.user()?.id;
    return this.approvals()?.approvals.find(
      (approval) => approval.userId === userId && approval.current,
    );
  });
  protected readonly statusLabel = computed(() => {
    const status = this.award()?.status;
    return status ? this.i18n.t(`status.${status}` as TranslationKey) : '';
  });

  protected load(): void {
    this.page.reload();
  }

  protected collectiveLabel(tierCode: CollectivePrizeTier): string {
    return this.words.t(`approval.collectiveTier.${tierCode}`);
  }

  protected approve(): void {
    this.approveError.set(null);
    if (this.note.invalid || this.approving()) return;
    this.save.run(this.api.approve(this.awardId(), this.note.value.trim()), () => {
      this.note.reset();
      this.snackBar.open(this.words.t('approval.approved'), undefined, { duration: 4000 });
      this.api
        .approvals(this.awardId())
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe((approvals) => this.approvals.set(approvals));
    });
  }
}
