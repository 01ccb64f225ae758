import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type {
  AwardResponse,
  ComplaintResponse,
  ComplaintStatus,
  ForwardResultResponse,
  PrizesResponse,
  PublicAwardResponse,
} from '@press-award/contracts';
import { filter, forkJoin, of, switchMap } from 'rxjs';
import { ApiClient } from '../core/api/api';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { AuthService } from '../core/auth/auth.service';
import { PaDatePipe, PaNumberPipe } from '../core/format/format.pipes';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { statusKey } from '../core/i18n/labels';
import { EditionPipe } from '../core/i18n/t.pipe';
import { AwardPageHeadComponent } from '../secretariat/award-page-head.component';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { StatusChipComponent } from '../shared/status-chip.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { AftercareApi } from './aftercare-api';
import { AftercareI18n, AftercareTranslatePipe } from './aftercare-i18n';
import {
  COMPLAINANT_MAX_LENGTH,
  COMPLAINT_TEXT_MAX_LENGTH,
  aftercareOpen,
  complaintChipClass,
  countOpen,
  coveredByTier,
  defaultForwardTiers,
  describeForwardResult,
  forwardPlan,
  forwardTargets,
  lostStandings,
  prizeWinners,
  upsertComplaint,
  sortComplaints,
  type LostStanding,
  type PrizeWinner,
} from './aftercare.model';
import {
  ResolveComplaintDialogComponent,
  type ResolveComplaintData,
} from './resolve-complaint-dialog.component';

const isChecked = (event: Event): boolean => (event.target as HTMLInputElement).checked;

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * After publication (`/manage/awards/:awardId/aftercare`): complaints against prize-winning works —
 * recorded by organizers and the secretariat, resolved by organizers — and forwarding the winners
 * to an open national award (organizers). Before publication the page says when it opens.
 */
@Component({
  selector: 'pa-aftercare-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    EditionPipe,
    AftercareTranslatePipe,
    PaDatePipe,
    PaNumberPipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    StatusChipComponent,
    AwardPageHeadComponent,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './aftercare.page.html',
  styleUrl: './aftercare.page.scss',
})
export class AftercarePage {
  private readonly api = inject(AftercareApi);
  private readonly awards = inject(ApiClient);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly words = inject(AftercareI18n);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly awardId = input.required<string>();

  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly prizes = signal<PrizesResponse | null>(null);
  protected readonly complaints = signal<ComplaintResponse[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiError | null>(null);

  protected readonly open = computed(() => {
    const award = this.award();
    return award ? aftercareOpen(award.status) : false;
  });
  protected readonly canResolve = computed(() => this.auth.canManage(this.awardId()));
  protected readonly canForward = computed(
    () => this.auth.canManage(this.awardId()) && this.award()?.level !== 'national',
  );
  protected readonly statusLabel = computed(() => {
    const award = this.award();
    return award ? this.i18n.t(statusKey(award.status)) : '';
  });

  protected readonly tiers = computed(() => this.award()?.prizeTiers ?? []);
  protected readonly winners = computed(() =>
    prizeWinners(this.prizes()?.prizes ?? [], this.tiers(), this.complaints()),
  );
  protected readonly lost = computed(() => lostStandings(this.complaints()));
  protected readonly openCount = computed(() => countOpen(this.complaints()));
  protected readonly chipClass = complaintChipClass;
  protected readonly complainantMax = COMPLAINANT_MAX_LENGTH;

  // Record a complaint.
  protected readonly complaintForm = this.fb.group({ entryId: '', complainant: '', reason: '' });
  private readonly complaintValue = toSignal(this.complaintForm.valueChanges, {
    initialValue: this.complaintForm.getRawValue(),
  });
  private readonly complaintErrors = computed(() => {
    const value = { ...this.complaintForm.getRawValue(), ...this.complaintValue() };
    return new FieldChecks(this.i18n)
      .required('entryId', value.entryId)
      .required('complainant', value.complainant)
      .maxLength('complainant', value.complainant?.trim(), COMPLAINANT_MAX_LENGTH)
      .required('reason', value.reason)
      .maxLength('reason', value.reason?.trim(), COMPLAINT_TEXT_MAX_LENGTH).errors;
  });
  protected readonly complaintFormErrors = new FormErrors(
    this.complaintErrors,
    signal(controlPaths(this.complaintForm)),
  );
  protected readonly filing = signal(false);
  protected readonly fileError = signal<UiError | null>(null);

  // Forward winners.
  protected readonly targets = signal<PublicAwardResponse[]>([]);
  protected readonly targetsError = signal(false);
  /** Until the list arrives the page cannot tell whether a national award is open: it says nothing yet. */
  protected readonly targetsLoading = signal(false);
  protected readonly targetId = signal('');
  protected readonly forwardTiers = signal<ReadonlySet<string>>(new Set());
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

  constructor() {
    effect(() => {
      const awardId = this.awardId();
      untracked(() => this.load(awardId));
    });
  }

  protected load(awardId = this.awardId()): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.awards
      .award(awardId)
      .pipe(
        switchMap((award) =>
          // Before publication there is nothing to list: the page only explains when it opens.
          aftercareOpen(award.status)
            ? forkJoin({
                award: of(award),
                prizes: this.api.prizes(awardId),
                complaints: this.api.complaints(awardId),
              })
            : of({ award, prizes: null, complaints: [] as ComplaintResponse[] }),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ award, prizes, complaints }) => {
          this.award.set(award);
          this.prizes.set(prizes);
          this.complaints.set(sortComplaints(complaints));
          this.forwardTiers.set(new Set(defaultForwardTiers(award.prizeTiers)));
          this.forwardEntries.set(new Set());
          this.loading.set(false);
          if (aftercareOpen(award.status) && this.canForward()) this.loadTargets(award.id);
        },
        error: (failure: unknown) => {
          this.loadError.set(this.uiErrors.from(failure));
          this.loading.set(false);
        },
      });
  }

  private loadTargets(awardId: string): void {
    this.targetsError.set(false);
    this.targetsLoading.set(true);
    this.api
      .publicAwards()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (awards) => {
          const targets = forwardTargets(awards, awardId);
          this.targetsLoading.set(false);
          this.targets.set(targets);
          // One open national award is the usual case: choose it rather than make the user do so.
          if (targets.length === 1 && targets[0]) this.targetId.set(targets[0].id);
        },
        error: () => {
          this.targetsLoading.set(false);
          this.targetsError.set(true);
        },
      });
  }

  protected complaintStatusLabel(status: ComplaintStatus): string {
    return this.words.t(`status.${status}`);
  }

  protected prizeLabel(winner: PrizeWinner): string {
    return winner.tierLabel ?? this.words.t('complaints.topicOnly');
  }

  protected tierLabelOf(tierCode: string | null): string {
    return (
      this.tiers().find((tier) => tier.code === tierCode)?.label ??
      this.words.t('complaints.topicOnly')
    );
  }

  protected winnerOption(winner: PrizeWinner): string {
    const option = this.words.t('complaints.entryOption', {
      code: winner.entryCode ?? '—',
      title: winner.title,
      prize: this.prizeLabel(winner),
    });
    return winner.lost ? `${option} (${this.lostLabel(winner.lost)})` : option;
  }

  protected lostLabel(lost: LostStanding): string {
    return this.words.t(`complaints.lost.${lost}`);
  }

  protected fileComplaint(): void {
    this.complaintFormErrors.attempt();
    this.fileError.set(null);
    if (this.complaintErrors().length > 0 || this.filing()) return;
    const value = this.complaintForm.getRawValue();
    this.filing.set(true);
    this.api
      .fileComplaint(this.awardId(), {
        entryId: value.entryId,
        complainant: value.complainant.trim(),
        reason: value.reason.trim(),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (complaint) => {
          this.filing.set(false);
          this.complaints.set(upsertComplaint(this.complaints(), complaint));
          this.complaintForm.reset();
          this.complaintFormErrors.reset();
          this.snackBar.open(this.words.t('complaints.filed'), undefined, { duration: 4000 });
        },
        error: (failure: unknown) => {
          const uiError = this.uiErrors.from(failure);
          this.filing.set(false);
          this.fileError.set(uiError);
          this.complaintFormErrors.setServer(uiError.details);
        },
      });
  }

  protected resolve(complaint: ComplaintResponse): void {
    const data: ResolveComplaintData = {
      awardId: this.awardId(),
      complaint,
      lost: this.lost().get(complaint.entryId) ?? null,
    };
    this.dialog
      .open<ResolveComplaintDialogComponent, ResolveComplaintData, ComplaintResponse>(
        ResolveComplaintDialogComponent,
        { data, width: '640px', maxWidth: '95vw' },
      )
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((resolved) => {
        if (!resolved) return;
        this.complaints.set(upsertComplaint(this.complaints(), resolved));
        this.snackBar.open(
          this.words.t('resolve.done', { outcome: this.complaintStatusLabel(resolved.status) }),
          undefined,
          { duration: 4000 },
        );
      });
  }

  protected chooseTarget(event: Event): void {
    this.targetId.set((event.target as HTMLSelectElement).value);
  }

  protected toggleTier(code: string, event: Event): void {
    this.forwardTiers.set(toggled(this.forwardTiers(), code, isChecked(event)));
  }

  protected toggleEntry(entryId: string, event: Event): void {
    this.forwardEntries.set(toggled(this.forwardEntries(), entryId, isChecked(event)));
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
