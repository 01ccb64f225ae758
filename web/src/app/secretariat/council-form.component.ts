import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type {
  CouncilPerson,
  CouncilView,
  MemberResponse,
  RoundResponse,
} from '@press-award/contracts';
import { switchMap } from 'rxjs';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { formSave } from '../core/forms/form-save';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { CouncilApi } from './council-api';
import { SecretariatApi } from './secretariat-api';
import { SecretariatI18n, SecretariatTranslatePipe } from './secretariat-i18n';

/**
 * The council (hội đồng) of the selected round: its chair, vice chair and secretary, and the leader
 * of each tiểu ban; who may change the round's set-up may set it (docs/councils.md).
 */
@Component({
  selector: 'pa-council-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    SecretariatTranslatePipe,
    ErrorBannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pa-card pa-section" aria-labelledby="council-heading" data-testid="council">
      <h2 id="council-heading">{{ 'council.title' | st }} — {{ round().name }}</h2>
      <pa-error-banner [error]="loadError()" testId="council-load-error" />
      @if (council(); as current) {
        <dl class="pa-council" data-testid="council-view">
          <div>
            <dt>{{ 'council.name' | st }}</dt>
            <dd data-testid="council-name">{{ current.name }}</dd>
          </div>
          <div>
            <dt>{{ 'council.chair' | st }}</dt>
            <dd data-testid="council-chair">{{ personLine(current.chair) }}</dd>
          </div>
          @if (current.viceChair) {
            <div>
              <dt>{{ 'council.viceChair' | st }}</dt>
              <dd data-testid="council-vice-chair">{{ personLine(current.viceChair) }}</dd>
            </div>
          }
          @if (current.secretary) {
            <div>
              <dt>{{ 'council.secretary' | st }}</dt>
              <dd data-testid="council-secretary">{{ personLine(current.secretary) }}</dd>
            </div>
          }
          @for (panel of current.subcommittees; track panel.panelId) {
            @if (panel.leader) {
              <div>
                <dt>{{ 'council.leader' | st: { panel: panel.name } }}</dt>
                <dd>{{ personLine(panel.leader) }}</dd>
              </div>
            }
          }
          <div>
            <dt>{{ 'council.members' | st: { count: current.members.length } }}</dt>
            <dd>{{ memberNames(current.members) }}</dd>
          </div>
        </dl>
      } @else if (!loading()) {
        <p class="pa-muted" data-testid="council-empty">{{ 'council.empty' | st }}</p>
      }

      @if (canEdit() && round().status !== 'closed') {
        <form
          [formGroup]="form"
          (ngSubmit)="save()"
          novalidate
          class="pa-council-form"
          data-testid="council-form"
        >
          <p class="pa-muted">{{ 'council.hint' | st }}</p>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'council.name' | st }}</mat-label>
            <input
              matInput
              formControlName="name"
              [placeholder]="'council.namePlaceholder' | st"
              data-testid="council-name-input"
            />
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'council.chair' | st }}</mat-label>
            <select
              matNativeControl
              formControlName="chairUserId"
              data-testid="council-chair-select"
            >
              <option value="">{{ 'council.choose' | st }}</option>
              @for (judge of judges(); track judge.id) {
                <option [value]="judge.userId">{{ judge.fullName }}</option>
              }
            </select>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'council.viceChair' | st }}</mat-label>
            <select
              matNativeControl
              formControlName="viceChairUserId"
              data-testid="council-vice-select"
            >
              <option value="">{{ 'council.none' | st }}</option>
              @for (judge of judges(); track judge.id) {
                <option [value]="judge.userId">{{ judge.fullName }}</option>
              }
            </select>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'council.secretary' | st }}</mat-label>
            <select
              matNativeControl
              formControlName="secretaryUserId"
              data-testid="council-secretary-select"
            >
              <option value="">{{ 'council.none' | st }}</option>
              @for (person of secretaryChoices(); track person.userId) {
                <option [value]="person.userId">{{ person.label }}</option>
              }
            </select>
          </mat-form-field>
          @if (round().panels.length) {
            <fieldset class="pa-fieldset">
              <legend>{{ 'council.leaders' | st }}</legend>
              @for (panel of round().panels; track panel.id) {
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'council.leader' | st: { panel: panel.name } }}</mat-label>
                  <select
                    matNativeControl
                    [value]="leaderOf(panel.id)"
                    (change)="setLeader(panel.id, $any($event.target).value)"
                    data-testid="council-leader-select"
                    [attr.data-panel-id]="panel.id"
                  >
                    <option value="">{{ 'council.none' | st }}</option>
                    @for (userId of panel.judgeIds; track userId) {
                      <option [value]="userId" [selected]="leaderOf(panel.id) === userId">
                        {{ judgeName(userId) }}
                      </option>
                    }
                  </select>
                </mat-form-field>
              }
            </fieldset>
          }
          <pa-error-banner [error]="saveError()" testId="council-error" />
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="council-save">
            {{ 'council.save' | st }}
          </button>
        </form>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .pa-council {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 240px), 1fr));
      gap: 8px 24px;
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      dt {
        font-weight: 600;
      }
    }
    .pa-council-form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 720px;
      > button {
        align-self: flex-start;
      }
    }
    .pa-fieldset {
      display: flex;
      flex-direction: column;
      gap: 8px;
      border: 1px solid #d8d8d8;
      border-radius: 8px;
      padding: 8px 12px 12px;
      margin: 8px 0;
    }
  `,
})
export class CouncilFormComponent {
  private readonly api = inject(CouncilApi);
  private readonly secretariat = inject(SecretariatApi);
  private readonly st = inject(SecretariatI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly uiErrors = inject(UiErrors);
  private readonly destroyRef = inject(DestroyRef);

  readonly awardId = input.required<string>();
  readonly round = input.required<RoundResponse>();
  readonly judges = input.required<readonly MemberResponse[]>();
  readonly canEdit = input(false);
  readonly roundChanged = output<RoundResponse>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: '',
    chairUserId: '',
    viceChairUserId: '',
    secretaryUserId: '',
  });
  protected readonly council = signal<CouncilView | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiError | null>(null);
  protected readonly saveError = signal<UiError | null>(null);
  protected readonly leaders = signal<Record<string, string>>({});
  private readonly secretaries = signal<MemberResponse[]>([]);
  private readonly saveRun = formSave(this.saveError);
  protected readonly saving = this.saveRun.busy;

  /** Judges first, then secretaries who are not judges (marked as the secretariat). */
  protected readonly secretaryChoices = computed(() => {
    const judges = this.judges().map((judge) => ({ userId: judge.userId, label: judge.fullName }));
    const others = this.secretaries()
      .filter((member) => !judges.some((judge) => judge.userId === member.userId))
      .map((member) => ({
        userId: member.userId,
        label: this.st.t('council.secretaryRole', { name: member.fullName }),
      }));
    return [...judges, ...others];
  });

  constructor() {
    effect(() => {
      const roundId = this.round().id;
      const awardId = this.awardId();
      const canEdit = this.canEdit();
      untracked(() => this.load(roundId, awardId, canEdit));
    });
  }

  protected personLine(person: CouncilPerson | null): string {
    if (!person) return '';
    const name = person.organizationName
      ? `${person.fullName} (${person.organizationName})`
      : person.fullName;
    return person.title ? this.st.t('council.person', { name, title: person.title }) : name;
  }

  protected memberNames(members: readonly CouncilPerson[]): string {
    return members.map((member) => member.fullName).join(', ');
  }

  protected judgeName(userId: string): string {
    return this.judges().find((judge) => judge.userId === userId)?.fullName ?? '?';
  }

  protected leaderOf(panelId: string): string {
    return this.leaders()[panelId] ?? '';
  }

  protected setLeader(panelId: string, userId: string): void {
    this.leaders.update((current) => ({ ...current, [panelId]: userId }));
  }

  protected save(): void {
    const round = this.round();
    const value = this.form.getRawValue();
    this.saveError.set(null);
    this.saveRun.run(
      this.api
        .putCouncil(round.id, {
          name: value.name.trim(),
          chairUserId: value.chairUserId,
          viceChairUserId: value.viceChairUserId || null,
          secretaryUserId: value.secretaryUserId || null,
          subcommittees: round.panels.map((panel) => ({
            panelId: panel.id,
            leaderUserId: this.leaders()[panel.id] || null,
          })),
        })
        .pipe(
          switchMap((council) => {
            this.council.set(council);
            return this.secretariat.round(round.id);
          }),
        ),
      (updated) => {
        this.roundChanged.emit(updated);
        this.snackBar.open(this.st.t('council.saved'), undefined, { duration: 3000 });
      },
    );
  }

  private load(roundId: string, awardId: string, canEdit: boolean): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.saveError.set(null);
    this.leaders.set(
      Object.fromEntries(this.round().panels.map((panel) => [panel.id, panel.leaderUserId ?? ''])),
    );
    this.api
      .council(roundId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (council) => {
          this.council.set(council);
          this.form.reset({
            name: council?.name ?? '',
            chairUserId: council?.chair?.userId ?? '',
            viceChairUserId: council?.viceChair?.userId ?? '',
            secretaryUserId: council?.secretary?.userId ?? '',
          });
          this.loading.set(false);
        },
        error: (failure: unknown) => {
          this.loadError.set(this.uiErrors.from(failure));
          this.loading.set(false);
        },
      });
    if (canEdit)
      this.api
        .secretaries(awardId)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: (members) => this.secretaries.set(members), error: () => undefined });
  }
}
