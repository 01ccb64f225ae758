import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import type { EntryResponse, EntryStatus, PublicAwardResponse } from '@press-award/contracts';
import { catchError, map, of, switchMap } from 'rxjs';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { AuthService } from '../core/auth/auth.service';
import { PaBytesPipe, PaDateTimePipe } from '../core/format/format.pipes';
import { fileKindKey, mediaKey, mimeLabel } from '../core/i18n/labels';
import { EditionPipe, TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { DownloadButtonComponent } from '../shared/download-button.component';
import { EntriesApi } from './entries-api';
import { EntryOutcomeComponent } from './entry-outcome.component';
import { EntryProvenanceComponent } from './entry-provenance.component';

/**
 * Statuses of an entry that was filed and not taken back: screening does not undo the receipt, so a
 * screened (and, later, prize-winning) work keeps showing it.
 */
const FILED = new Set<EntryStatus>(['submitted', 'eligible', 'ineligible', 'needs_revision']);

/**
 * The receipt of a submitted entry: its number, the moment, and every file with its sha256; where a
 * forwarded work came from and, once the award is published, its prize and certificate.
 */
@Component({
  selector: 'pa-entry-receipt-page',
  imports: [
    RouterLink,
    MatButtonModule,
    TranslatePipe,
    EditionPipe,
    PaDateTimePipe,
    PaBytesPipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    EntryOutcomeComponent,
    EntryProvenanceComponent,
    DownloadButtonComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loading()) {
      <pa-loading />
    } @else if (error(); as failure) {
      @if (failure.status === 404 || failure.status === 403) {
        <pa-empty testId="entry-not-found">
          <p>{{ 'entry.notFound' | t }}</p>
          <a mat-stroked-button routerLink="/entries">{{ 'nav.myEntries' | t }}</a>
        </pa-empty>
      } @else {
        <pa-error-banner [error]="failure" [retryable]="true" (retry)="load()" />
      }
    } @else if (entry(); as saved) {
      <header class="pa-page-head">
        <div>
          <a routerLink="/entries" class="pa-back">← {{ 'entry.backToMine' | t }}</a>
          <h1>{{ 'receipt.title' | t }}</h1>
        </div>
        <div class="pa-actions pa-no-print">
          <a
            mat-stroked-button
            [routerLink]="['/entries', saved.id]"
            data-testid="receipt-open-entry"
            >{{ 'receipt.openEntry' | t }}</a
          >
          @if (saved.receiptNumber) {
            <pa-download-button
              [fetch]="registrationForm"
              [label]="'receipt.registrationForm' | t"
              [busyLabel]="'receipt.registrationFormLoading' | t"
              testId="receipt-registration-form"
            />
            <button mat-flat-button type="button" (click)="print()" data-testid="receipt-print">
              {{ 'receipt.print' | t }}
            </button>
          }
        </div>
      </header>

      @if (!hasReceipt()) {
        <pa-empty testId="receipt-not-submitted">
          <p>{{ 'receipt.notSubmitted' | t }}</p>
        </pa-empty>
      } @else {
        <article class="pa-card pa-section" data-testid="receipt">
          <dl class="pa-facts">
            <dt>{{ 'receipt.number' | t }}</dt>
            <dd class="pa-receipt-number" data-testid="receipt-number">
              {{ saved.receiptNumber }}
            </dd>
            <dt>{{ 'receipt.submittedAt' | t }}</dt>
            <dd data-testid="receipt-submitted-at">
              {{ 'receipt.submittedAtValue' | t: { date: (saved.submittedAt | paDateTime) } }}
            </dd>
            @if (award(); as awardInfo) {
              <dt>{{ 'receipt.award' | t }}</dt>
              <dd data-testid="receipt-award">
                {{ awardInfo.name }} – {{ awardInfo.edition | edition: awardInfo.year }}
              </dd>
            }
            <dt>{{ 'receipt.entryTitle' | t }}</dt>
            <dd data-testid="receipt-entry-title">{{ saved.title }}</dd>
            @if (categoryLabel(); as label) {
              <dt>{{ 'receipt.category' | t }}</dt>
              <dd>{{ label }} ({{ mediaKey(saved.mediaType) | t }})</dd>
            }
            <dt>{{ 'receipt.authors' | t }}</dt>
            <dd data-testid="receipt-authors">{{ authorsText() }}</dd>
            @if (saved.provenance) {
              <dt>{{ 'receipt.provenance' | t }}</dt>
              <dd><pa-entry-provenance [provenance]="saved.provenance" [detailed]="true" /></dd>
            }
            @if (saved.outcome) {
              <dt>{{ 'receipt.prize' | t }}</dt>
              <dd>
                <pa-entry-outcome [entryId]="saved.id" [outcome]="saved.outcome" />
              </dd>
            }
          </dl>

          <h2 class="pa-receipt-files-title">{{ 'receipt.files' | t }}</h2>
          <div class="pa-table-wrap" tabindex="0">
            <table class="pa-table" data-testid="receipt-files">
              <thead>
                <tr>
                  <th scope="col">{{ 'files.name' | t }}</th>
                  <th scope="col">{{ 'files.kindColumn' | t }}</th>
                  <th scope="col">{{ 'files.part' | t }}</th>
                  <th scope="col" class="pa-num">{{ 'files.size' | t }}</th>
                  <th scope="col">{{ 'files.type' | t }}</th>
                  <th scope="col">{{ 'files.sha256' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (file of saved.files; track file.id) {
                  <tr data-testid="receipt-file-row" [attr.data-file-id]="file.id">
                    <td class="pa-break">{{ file.originalName }}</td>
                    <td>{{ fileKindKey(file.kind) | t }}</td>
                    <td>
                      @if (file.partIndex === null) {
                        {{ 'files.target.entry' | t }}
                      } @else {
                        {{ 'entry.part' | t: { number: file.partIndex + 1 } }}
                      }
                    </td>
                    <td class="pa-num">{{ file.size | paBytes }}</td>
                    <td>{{ mimeLabel(file.mimeType) }}</td>
                    <td>
                      <code class="pa-break" data-testid="receipt-file-sha">{{ file.sha256 }}</code>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p class="pa-muted">{{ 'receipt.sha256Note' | t }}</p>
          <div class="pa-banner pa-banner--success" role="status" data-testid="receipt-emailed">
            @if (email(); as address) {
              {{ 'receipt.emailed' | t: { email: address } }}
            } @else {
              {{ 'receipt.emailedNoAddress' | t }}
            }
          </div>
        </article>
      }
    }
  `,
  styles: `
    .pa-back {
      font-size: 14px;
      text-decoration: none;
    }
    .pa-receipt-number {
      font-size: 22px;
      font-weight: 700;
      letter-spacing: 0.04em;
      color: var(--pa-red-dark);
    }
    .pa-receipt-files-title {
      margin-top: 24px;
    }
    .pa-break {
      word-break: break-all;
    }
    @media print {
      .pa-no-print {
        display: none;
      }
    }
  `,
})
export class EntryReceiptPage {
  private readonly entries = inject(EntriesApi);
  private readonly publicApi = inject(ApiClient);
  private readonly auth = inject(AuthService);

  readonly entryId = input.required<string>();
  /** The filled phiếu đăng ký, for the agency to sign and seal. */
  protected readonly registrationForm = () => this.entries.registrationForm(this.entryId());

  protected readonly fileKindKey = fileKindKey;
  protected readonly mediaKey = mediaKey;
  protected readonly mimeLabel = mimeLabel;

  protected readonly entry = signal<EntryResponse | null>(null);
  protected readonly award = signal<PublicAwardResponse | null>(null);
  private readonly page = loadOnInput({
    params: () => this.entryId(),
    request: (entryId: string) =>
      this.entries.get(entryId).pipe(
        // The receipt stands without the award's name if that cannot be loaded.
        switchMap((entry) =>
          this.publicApi.publicAward(entry.awardId).pipe(
            catchError(() => of(null)),
            map((award) => ({ entry, award })),
          ),
        ),
      ),
    loaded: ({ entry, award }) => {
      this.entry.set(entry);
      this.award.set(award);
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly error = this.page.error;
  protected readonly email = computed(() => this.auth.user()?.email ?? null);
  protected readonly hasReceipt = computed(() => {
    const entry = this.entry();
    return !!entry?.receiptNumber && FILED.has(entry.status);
  });
  /** "Full name (pen name), …" as the receipt email writes the authors. */
  protected readonly authorsText = computed(() =>
    (this.entry()?.authors ?? [])
      .map((author) =>
        author.penName ? `${author.fullName} (${author.penName})` : author.fullName,
      )
      .join(', '),
  );
  protected readonly categoryLabel = computed(() => {
    const entry = this.entry();
    const category = this.award()?.categories.find((item) => item.id === entry?.categoryId);
    return category ? `${category.code} – ${category.name}` : null;
  });

  protected load(): void {
    this.page.reload();
  }

  protected print(): void {
    window.print();
  }
}
