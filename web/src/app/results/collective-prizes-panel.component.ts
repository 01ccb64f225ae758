import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  COLLECTIVE_CITATION_MAX_LENGTH,
  COLLECTIVE_ORGANIZATION_MAX_LENGTH,
  COLLECTIVE_PRIZE_TIERS,
  type AwardResponse,
  type CollectivePrizeResponse,
  type CollectivePrizeTier,
} from '@press-award/contracts';
import { filter, switchMap, tap } from 'rxjs';
import type { UiError } from '../core/api/api-error';
import { loadOnInput } from '../core/api/load-on-input';
import { UiErrors } from '../core/api/ui-errors';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { DownloadButtonComponent } from '../shared/download-button.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { ResultsApi } from './results-api';
import { ResultsI18n, ResultsTranslatePipe } from './results-i18n';
import type { ResultsKey } from './results.vi';

/** The word for a collective prize's tier in the interface language. */
export const collectiveTierKey = (tier: CollectivePrizeTier): ResultsKey =>
  `collective.tier.${tier}`;

/**
 * The award's collective prizes on the results page: the organizer adds and removes them (with a
 * citation) while the award is judged or decided; everyone who reads the page sees the list, and
 * once the results are published each prize offers its certificate.
 */
@Component({
  selector: 'pa-collective-prizes-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ResultsTranslatePipe,
    FieldErrorsComponent,
    DownloadButtonComponent,
    ErrorBannerComponent,
    EmptyComponent,
    LoadingComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './collective-prizes-panel.component.html',
  styles: `
    :host {
      display: block;
    }
    .pa-collective-form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 260px), 1fr));
      gap: 0 12px;
      align-items: start;
    }
    .pa-collective-form mat-form-field {
      width: 100%;
    }
    .pa-span-all {
      grid-column: 1 / -1;
    }
    .pa-collective-list {
      list-style: none;
      margin: 0 0 16px;
      padding: 0;
    }
    .pa-collective-item {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: center;
      padding: 12px 0;
      border-bottom: 1px solid var(--pa-border, #ddd);
    }
    .pa-collective-item__text {
      flex: 1 1 260px;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .pa-collective-item__citation {
      margin: 4px 0 0;
    }
  `,
})
export class CollectivePrizesPanelComponent {
  private readonly api = inject(ResultsApi);
  private readonly uiErrors = inject(UiErrors);
  private readonly i18n = inject(I18nService);
  private readonly rt = inject(ResultsI18n);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  readonly award = input.required<AwardResponse>();
  readonly canManage = input.required<boolean>();

  protected readonly tiers = COLLECTIVE_PRIZE_TIERS;
  protected readonly tierKey = collectiveTierKey;
  protected readonly organizationMax = COLLECTIVE_ORGANIZATION_MAX_LENGTH;
  protected readonly citationMax = COLLECTIVE_CITATION_MAX_LENGTH;
  protected readonly prizes = signal<CollectivePrizeResponse[]>([]);
  private readonly page = loadOnInput({
    params: () => this.award().id,
    request: (awardId: string) => this.api.collectivePrizes(awardId),
    loaded: (prizes) => this.prizes.set(prizes),
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;
  protected readonly published = computed(() => this.award().status === 'published');
  protected readonly editable = computed(
    () =>
      this.canManage() && (this.award().status === 'judging' || this.award().status === 'decided'),
  );
  protected readonly adding = signal(false);
  protected readonly removing = signal<string | null>(null);
  protected readonly addError = signal<UiError | null>(null);
  protected readonly actionError = signal<UiError | null>(null);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    organizationName: '',
    tierCode: this.fb.control<CollectivePrizeTier>('collective_prize'),
    citation: '',
  });
  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  private readonly clientErrors = computed(() => {
    const value = { ...this.form.getRawValue(), ...this.value() };
    return new FieldChecks(this.i18n)
      .required('organizationName', value.organizationName)
      .maxLength('organizationName', value.organizationName, COLLECTIVE_ORGANIZATION_MAX_LENGTH)
      .required('citation', value.citation)
      .maxLength('citation', value.citation, COLLECTIVE_CITATION_MAX_LENGTH).errors;
  });
  protected readonly formErrors = new FormErrors(
    this.clientErrors,
    signal(controlPaths(this.form)),
  );

  protected load(): void {
    this.page.reload();
  }

  protected certificate(prize: CollectivePrizeResponse) {
    return () => this.api.collectiveCertificate(this.award().id, prize.id, this.i18n.lang());
  }

  protected add(): void {
    this.formErrors.attempt();
    this.addError.set(null);
    if (this.clientErrors().length > 0) return;
    const value = this.form.getRawValue();
    this.adding.set(true);
    this.api
      .addCollectivePrize(this.award().id, {
        organizationName: value.organizationName.trim(),
        tierCode: value.tierCode,
        citation: value.citation.trim(),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (prize) => {
          this.adding.set(false);
          this.prizes.update((list) => [...list, prize]);
          this.form.reset();
          this.formErrors.reset();
          this.snackBar.open(
            this.rt.t('collective.added', { name: prize.organizationName }),
            undefined,
            { duration: 3000 },
          );
        },
        error: (failure: unknown) => {
          const uiError = this.uiErrors.from(failure);
          this.adding.set(false);
          this.addError.set(uiError);
          this.formErrors.setServer(uiError.details);
        },
      });
  }

  protected remove(prize: CollectivePrizeResponse): void {
    const data: ConfirmDialogData = {
      title: this.rt.t('collective.removeTitle'),
      text: this.rt.t('collective.removeText', { name: prize.organizationName }),
      confirmLabel: this.rt.t('collective.remove'),
      danger: true,
    };
    this.actionError.set(null);
    this.dialog
      .open(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(
        filter(Boolean),
        tap(() => this.removing.set(prize.id)),
        switchMap(() => this.api.removeCollectivePrize(this.award().id, prize.id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.removing.set(null);
          this.prizes.update((list) => list.filter((candidate) => candidate.id !== prize.id));
          this.snackBar.open(this.rt.t('collective.removed'), undefined, { duration: 3000 });
        },
        error: (failure: unknown) => {
          this.removing.set(null);
          this.actionError.set(this.uiErrors.from(failure));
        },
      });
  }
}
