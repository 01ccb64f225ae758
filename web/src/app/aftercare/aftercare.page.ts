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
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type {
  AwardResponse,
  ComplaintResponse,
  ComplaintStatus,
  PrizesResponse,
} from '@press-award/contracts';
import { forkJoin, of, switchMap } from 'rxjs';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { AuthService } from '../core/auth/auth.service';
import { PaDatePipe } from '../core/format/format.pipes';
import { I18nService } from '../core/i18n/i18n.service';
import { statusKey } from '../core/i18n/labels';
import { AwardPageHeadComponent } from '../secretariat/award-page-head.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { StatusChipComponent } from '../shared/status-chip.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { AftercareApi } from './aftercare-api';
import { AftercareI18n, AftercareTranslatePipe } from './aftercare-i18n';
import {
  aftercareOpen,
  complaintChipClass,
  countOpen,
  lostStandings,
  prizeWinners,
  sortComplaints,
  upsertComplaint,
} from './aftercare.model';
import { ComplaintFormComponent } from './complaint-form.component';
import { ForwardWinnersComponent } from './forward-winners.component';
import {
  ResolveComplaintDialogComponent,
  type ResolveComplaintData,
} from './resolve-complaint-dialog.component';

/**
 * After publication (`/manage/awards/:awardId/aftercare`): complaints against prize-winning works —
 * recorded by organizers and the secretariat, resolved by organizers — and forwarding the winners
 * to an open national award (organizers). Before publication the page says when it opens.
 */
@Component({
  selector: 'pa-aftercare-page',
  imports: [
    MatButtonModule,
    AftercareTranslatePipe,
    PaDatePipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    StatusChipComponent,
    AwardPageHeadComponent,
    ComplaintFormComponent,
    ForwardWinnersComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './aftercare.page.html',
  styleUrl: './aftercare.page.scss',
})
export class AftercarePage {
  private readonly api = inject(AftercareApi);
  private readonly awards = inject(ApiClient);
  private readonly i18n = inject(I18nService);
  private readonly words = inject(AftercareI18n);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  readonly awardId = input.required<string>();

  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly prizes = signal<PrizesResponse | null>(null);
  protected readonly complaints = signal<ComplaintResponse[]>([]);
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) =>
      this.awards.award(awardId).pipe(
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
      ),
    loaded: ({ award, prizes, complaints }) => {
      this.award.set(award);
      this.prizes.set(prizes);
      this.complaints.set(sortComplaints(complaints));
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;

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

  protected load(): void {
    this.page.reload();
  }

  protected complaintStatusLabel(status: ComplaintStatus): string {
    return this.words.t(`status.${status}`);
  }

  protected tierLabelOf(tierCode: string | null): string {
    return (
      this.tiers().find((tier) => tier.code === tierCode)?.label ??
      this.words.t('complaints.topicOnly')
    );
  }

  /** A complaint recorded or resolved: the list shows it in its place. */
  protected complaintChanged(complaint: ComplaintResponse): void {
    this.complaints.set(upsertComplaint(this.complaints(), complaint));
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
        this.complaintChanged(resolved);
        this.snackBar.open(
          this.words.t('resolve.done', { outcome: this.complaintStatusLabel(resolved.status) }),
          undefined,
          { duration: 4000 },
        );
      });
  }
}
