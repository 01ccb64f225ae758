import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type {
  AwardResponse,
  BatchSummary,
  DocumentFormat,
  DocumentType,
  GeneratedDocumentResponse,
  RoundResponse,
} from '@press-award/contracts';
import { effectiveInstitution } from '@press-award/domain';
import { forkJoin } from 'rxjs';
import type { UiError } from '../core/api/api-error';
import { ApiClient } from '../core/api/api';
import { AuthService } from '../core/auth/auth.service';
import { loadOnInput } from '../core/api/load-on-input';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { formSave } from '../core/forms/form-save';
import { FieldChecks } from '../core/forms/validation';
import { PaDatePipe } from '../core/format/format.pipes';
import { I18nService } from '../core/i18n/i18n.service';
import { AwardPageHeadComponent } from '../secretariat/award-page-head.component';
import { SecretariatApi } from '../secretariat/secretariat-api';
import { DownloadButtonComponent } from '../shared/download-button.component';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { StatusChipComponent } from '../shared/status-chip.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { DocumentsApi } from './documents-api';
import { DocumentsI18n, DocumentsTranslatePipe } from './documents-i18n';
import { InstitutionFormComponent } from './institution-form.component';
import { OFFERED_DOCUMENTS, ROUND_DOCUMENTS, parseIssuedOn } from './documents.model';

/**
 * The award's numbered documents (`/manage/awards/:awardId/documents`): generate a decision, the
 * minutes of a closed round, the prize proposal and decision or the payment list from the award's
 * data — the API numbers it per issuing body and year — and download each in its formats.
 */
@Component({
  selector: 'pa-documents-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    DocumentsTranslatePipe,
    PaDatePipe,
    AwardPageHeadComponent,
    StatusChipComponent,
    ErrorBannerComponent,
    FieldErrorsComponent,
    LoadingComponent,
    EmptyComponent,
    DownloadButtonComponent,
    InstitutionFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './documents.page.html',
  styles: `
    .pa-documents-form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 240px), 1fr));
      gap: 12px 16px;
      align-items: start;
      max-width: 960px;
    }
    .pa-documents-form .pa-actions {
      grid-column: 1 / -1;
    }
    .pa-documents-formats {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .pa-hash {
      font-family: monospace;
      font-size: 12px;
      word-break: break-all;
    }
  `,
})
export class DocumentsPage {
  private readonly api = inject(DocumentsApi);
  private readonly awards = inject(ApiClient);
  private readonly secretariat = inject(SecretariatApi);
  private readonly i18n = inject(I18nService);
  private readonly words = inject(DocumentsI18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly auth = inject(AuthService);

  readonly awardId = input.required<string>();
  protected readonly canManage = computed(() => this.auth.canManage(this.awardId()));

  protected readonly award = signal<AwardResponse | null>(null);
  protected readonly rounds = signal<RoundResponse[]>([]);
  protected readonly documents = signal<GeneratedDocumentResponse[]>([]);
  protected readonly batches = signal<BatchSummary[]>([]);
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) =>
      forkJoin({
        award: this.awards.award(awardId),
        rounds: this.secretariat.rounds(awardId),
        documents: this.api.list(awardId),
        batches: this.api.batches(awardId),
      }),
    loaded: ({ award, rounds, documents, batches }) => {
      this.batches.set(batches);
      this.award.set(award);
      this.rounds.set([...rounds].sort((a, b) => a.order - b.order));
      this.documents.set(documents);
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly loadError = this.page.error;

  protected readonly types = OFFERED_DOCUMENTS;
  protected readonly issuer = computed(() => {
    const award = this.award();
    if (!award) return null;
    const institution = effectiveInstitution(award);
    return {
      issuer: [institution.parentBody, institution.issuingBody].filter(Boolean).join(' – '),
      symbol: institution.symbol,
    };
  });

  protected readonly form = this.fb.group({
    type: 'council_decision' as DocumentType,
    roundId: '',
    batchId: '',
    issuedOn: '',
  });
  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  protected readonly needsRound = computed(() =>
    ROUND_DOCUMENTS.includes({ ...this.form.getRawValue(), ...this.value() }.type),
  );
  protected readonly needsBatch = computed(
    () => ({ ...this.form.getRawValue(), ...this.value() }).type === 'batch_list',
  );
  private readonly errors = computed(() => {
    const value = { ...this.form.getRawValue(), ...this.value() };
    return new FieldChecks(this.i18n)
      .custom(
        'roundId',
        ROUND_DOCUMENTS.includes(value.type) && !value.roundId,
        'required',
        this.words.t('documents.needRound'),
      )
      .custom(
        'batchId',
        value.type === 'batch_list' && !value.batchId,
        'required',
        this.words.t('documents.needBatch'),
      )
      .custom(
        'issuedOn',
        parseIssuedOn(value.issuedOn ?? '') === undefined,
        'pattern',
        this.i18n.t('date.invalid'),
      ).errors;
  });
  protected readonly formErrors = new FormErrors(this.errors, signal(controlPaths(this.form)));
  protected readonly createError = signal<UiError | null>(null);
  private readonly save = formSave(this.createError, this.formErrors);
  protected readonly creating = this.save.busy;

  protected load(): void {
    this.page.reload();
  }

  protected typeLabel(type: DocumentType): string {
    return this.words.t(`type.${type}`);
  }

  protected create(): void {
    this.formErrors.attempt();
    this.createError.set(null);
    if (this.errors().length > 0 || this.creating()) return;
    const value = this.form.getRawValue();
    const issuedOn = parseIssuedOn(value.issuedOn);
    this.save.run(
      this.api.create(this.awardId(), {
        type: value.type,
        ...(ROUND_DOCUMENTS.includes(value.type) ? { roundId: value.roundId } : {}),
        ...(value.type === 'batch_list' ? { batchId: value.batchId } : {}),
        ...(issuedOn ? { issuedOn } : {}),
      }),
      (document) => {
        this.documents.set([document, ...this.documents()]);
        this.formErrors.reset();
        this.snackBar.open(
          this.words.t('documents.created', { reference: document.reference }),
          undefined,
          { duration: 4000 },
        );
      },
    );
  }

  protected fetch(document: GeneratedDocumentResponse, format: DocumentFormat) {
    return () => this.api.download(document.id, format);
  }
}
