import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import type {
  AwardResponse,
  JuryDelegation,
  MemberResponse,
  RoundResponse,
} from '@press-award/contracts';
import { forkJoin } from 'rxjs';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { AuthService } from '../core/auth/auth.service';
import { PaNumberPipe } from '../core/format/format.pipes';
import { I18nService } from '../core/i18n/i18n.service';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { AdvancementFormComponent } from './advancement-form.component';
import { AwardPageHeadComponent } from './award-page-head.component';
import type { BoardEntry } from './board.model';
import { CodedEntries } from './coded-entries';
import { CouncilApi, mayDoJuryWork } from './council-api';
import { CouncilFormComponent } from './council-form.component';
import { DelegationFormComponent } from './delegation-form.component';
import { JudgeRelationsComponent } from './judge-relations.component';
import { PanelsFormComponent } from './panels-form.component';
import { RoundCreateFormComponent } from './round-create-form.component';
import { distanceLabel } from './round-disagreement';
import { RoundDistanceFormComponent } from './round-distance-form.component';
import { RoundEntriesComponent } from './round-entries.component';
import { rubricTotal } from './rubric.model';
import { SecretariatApi } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/**
 * Rounds & councils (`/manage/awards/:awardId/rounds`): the rounds with their rubric, and for the
 * selected round its disagreement distance, its entries, advancement by rule and its panels; a new
 * round with a rubric editor, and the judges' agencies. Each form is its own component; this page
 * loads the award and keeps the rounds they change. The secretariat reads; organizers change.
 */
@Component({
  selector: 'pa-rounds-page',
  imports: [
    RouterLink,
    MatButtonModule,
    SecretariatTranslatePipe,
    PaNumberPipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    AwardPageHeadComponent,
    RoundDistanceFormComponent,
    RoundEntriesComponent,
    AdvancementFormComponent,
    PanelsFormComponent,
    RoundCreateFormComponent,
    JudgeRelationsComponent,
    CouncilFormComponent,
    DelegationFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rounds.page.html',
  styleUrl: './rounds.page.scss',
})
export class RoundsPage {
  private readonly api = inject(SecretariatApi);
  private readonly awards = inject(ApiClient);
  private readonly codedEntries = inject(CodedEntries);
  private readonly i18n = inject(I18nService);
  private readonly st = inject(SecretariatI18n);
  private readonly auth = inject(AuthService);
  private readonly councilApi = inject(CouncilApi);

  readonly awardId = input.required<string>();

  protected readonly rubricTotal = rubricTotal;
  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly categories = computed(() => this.award()?.categories ?? []);
  protected readonly rounds = signal<RoundResponse[]>([]);
  protected readonly judges = signal<MemberResponse[]>([]);
  protected readonly coded = signal<BoardEntry[]>([]);
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) =>
      forkJoin({
        award: this.awards.award(awardId),
        rounds: this.api.rounds(awardId),
        judges: this.api.judges(awardId),
        coded: this.codedEntries.load(awardId),
        delegations: this.councilApi.delegations(awardId),
      }),
    loaded: ({ award, rounds, judges, coded, delegations }) => {
      this.delegations.set(delegations.secretariat);
      this.award.set(award);
      this.rounds.set([...rounds].sort((a, b) => a.order - b.order));
      this.judges.set(judges);
      this.coded.set(coded);
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;
  /** What the award hands to its secretaries (the organizer's setting below the rounds). */
  protected readonly delegations = signal<readonly JuryDelegation[]>([]);
  /** Organizers always; secretaries once 'rounds' is delegated (the API's delegable permissions). */
  protected readonly canEdit = computed(() =>
    mayDoJuryWork(
      this.auth.canManage(this.awardId()),
      this.auth.rolesIn(this.awardId()),
      this.delegations(),
      'rounds',
    ),
  );
  protected readonly isOrganizer = computed(() => this.auth.canManage(this.awardId()));
  protected readonly selectedRoundId = signal<string | null>(null);
  protected readonly selectedRound = computed<RoundResponse | null>(
    () =>
      this.rounds().find((round) => round.id === this.selectedRoundId()) ??
      this.rounds()[0] ??
      null,
  );

  protected load(): void {
    this.page.reload();
  }

  /** The selected round's forms (its own components) start again from what it is. */
  protected select(round: RoundResponse): void {
    this.selectedRoundId.set(round.id);
  }

  protected distanceLabel(round: RoundResponse): string {
    return distanceLabel(round, this.st, this.i18n.lang());
  }

  protected roundStatusKey(round: RoundResponse) {
    return `rounds.status.${round.status}` as const;
  }

  protected roundCreated(round: RoundResponse): void {
    this.rounds.update((list) => [...list, round].sort((a, b) => a.order - b.order));
    this.select(round);
  }

  protected judgeChanged(member: MemberResponse): void {
    this.judges.update((list) =>
      list.map((candidate) => (candidate.id === member.id ? member : candidate)),
    );
  }

  protected replaceRound(updated: RoundResponse): void {
    this.rounds.update((list) => list.map((round) => (round.id === updated.id ? updated : round)));
  }
}
