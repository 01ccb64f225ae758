import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { VerificationPackage } from '@press-award/contracts';
import {
  verificationHashInput,
  verifyHash,
  verifyRankings,
  type VerificationOutcome,
} from '@press-award/domain';
import { MatButtonModule } from '@angular/material/button';
import { catchError, map, of, throwError, type Observable } from 'rxjs';
import { loadOnInput } from '../core/api/load-on-input';
import { UiErrors } from '../core/api/ui-errors';
import { AuthService } from '../core/auth/auth.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PaNumberPipe } from '../core/format/format.pipes';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { LoadingComponent } from '../shared/states.component';
import { ResultsApi } from './results-api';
import { ResultsTranslatePipe } from './results-i18n';

/** sha256 of a text as lower-case hex, by the browser's own SubtleCrypto. */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * `/awards/:awardId/verify`: the verifier anyone can run, in the browser. It fetches the published
 * verification package, recomputes every round's ranking from the judges' criterion scores with the
 * same domain code as `npm run verify-results`, hashes the package with SubtleCrypto, and says
 * "khớp" or names the first difference. Nothing is sent anywhere.
 */
@Component({
  selector: 'pa-verify-results-page',
  imports: [
    RouterLink,
    MatButtonModule,
    PaNumberPipe,
    TranslatePipe,
    ResultsTranslatePipe,
    ErrorBannerComponent,
    LoadingComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a [routerLink]="['/awards', awardId(), 'results']" class="pa-back" data-testid="verify-back"
      >← {{ 'verify.back' | rt }}</a
    >
    <h1>{{ 'verify.title' | rt }}</h1>
    <p class="pa-muted">{{ 'verify.intro' | rt }}</p>
    <pa-error-banner
      [error]="error()"
      [retryable]="true"
      (retry)="reload()"
      testId="verify-error"
    />
    @if (access() === 'restricted') {
      <p class="pa-banner pa-banner--info" role="status" data-testid="verify-restricted">
        {{ 'verify.restricted' | rt }}
      </p>
      @if (!auth.user()) {
        <a
          mat-stroked-button
          routerLink="/login"
          [queryParams]="{ returnUrl: '/awards/' + awardId() + '/verify' }"
          data-testid="verify-sign-in"
          >{{ 'nav.login' | t }}</a
        >
      }
    } @else if (access() === 'member') {
      <p class="pa-banner pa-banner--info" role="status" data-testid="verify-restricted-member">
        {{ 'verify.restrictedMember' | rt }}
      </p>
    }
    @if (loading() || (pkg() && !outcome())) {
      <pa-loading />
    } @else if (pkg(); as current) {
      @if (outcome(); as result) {
        @if (result.matches) {
          <p
            class="pa-banner pa-banner--success"
            role="status"
            data-testid="verify-outcome"
            data-matches="true"
          >
            <strong>{{ 'verify.matches' | rt }}</strong>
            {{ 'verify.matchesDetail' | rt: { count: sheets() } }}
          </p>
        } @else {
          <p
            class="pa-banner pa-banner--error"
            role="alert"
            data-testid="verify-outcome"
            data-matches="false"
          >
            <strong>{{ 'verify.differs' | rt }}</strong>
            {{ result.difference }}
          </p>
        }
      }
      <p class="pa-small pa-muted">
        {{ 'verify.hash' | rt }} <code data-testid="verify-hash">{{ current.snapshotHash }}</code>
      </p>
      @for (round of current.rounds; track round.roundId) {
        <section class="pa-card pa-section" data-testid="verify-round">
          <h2>{{ round.name }}</h2>
          <p class="pa-muted pa-small">
            {{ 'verify.roundSheets' | rt: { count: round.sheets.length } }}
          </p>
          <div class="pa-table-wrap" tabindex="0">
            <table class="pa-table">
              <thead>
                <tr>
                  <th scope="col">{{ 'verify.code' | rt }}</th>
                  <th scope="col" class="pa-num">{{ 'verify.score' | rt }}</th>
                  <th scope="col" class="pa-num">{{ 'verify.rank' | rt }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of round.ranking; track row.entryCode) {
                  <tr data-testid="verify-row">
                    <th scope="row">
                      <code>{{ row.entryCode }}</code>
                    </th>
                    <td class="pa-num">{{ row.total === null ? '—' : (row.total | paNumber) }}</td>
                    <td class="pa-num">{{ row.rank ?? '—' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      }
    }
  `,
  styles: `
    .pa-back {
      display: inline-block;
      margin-bottom: 8px;
    }
    code {
      word-break: break-all;
    }
    .pa-small {
      font-size: 13px;
    }
  `,
})
export class VerifyResultsPage {
  private readonly api = inject(ResultsApi);
  private readonly uiErrors = inject(UiErrors);
  protected readonly auth = inject(AuthService);

  /** Bound from the route. */
  readonly awardId = input.required<string>();

  protected readonly pkg = signal<VerificationPackage | null>(null);
  protected readonly outcome = signal<VerificationOutcome | null>(null);
  protected readonly sheets = computed(
    () => this.pkg()?.rounds.reduce((sum, round) => sum + round.sheets.length, 0) ?? 0,
  );
  /**
   * `public`: the package is open to anyone; `member`: the award restricts it and the signed-in
   * reader holds a role that may read it; `restricted`: restricted, and this reader may not.
   */
  protected readonly access = signal<'public' | 'member' | 'restricted'>('public');
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) => this.fetch(awardId),
    loaded: ({ pkg, access }) => {
      this.access.set(access);
      this.pkg.set(pkg);
      this.outcome.set(null);
      if (pkg) void this.check(pkg);
    },
  });
  protected readonly loading = this.page.loading;
  protected readonly error = this.page.error;

  /** The public package, or — when the award restricts it — the members' copy if this reader may. */
  private fetch(awardId: string): Observable<{
    pkg: VerificationPackage | null;
    access: 'public' | 'member' | 'restricted';
  }> {
    const refused = { pkg: null, access: 'restricted' as const };
    return this.api.verification(awardId).pipe(
      map((pkg) => ({ pkg, access: 'public' as const })),
      catchError((failure: unknown) => {
        if (this.uiErrors.from(failure).code !== 'VERIFICATION_PACKAGE_RESTRICTED')
          return throwError(() => failure);
        if (!this.auth.user()) return of(refused);
        return this.api.memberVerification(awardId).pipe(
          map((pkg) => ({ pkg, access: 'member' as const })),
          catchError(() => of(refused)),
        );
      }),
    );
  }

  protected reload(): void {
    this.page.reload();
  }

  private async check(pkg: VerificationPackage): Promise<void> {
    const rankings = verifyRankings(pkg);
    this.outcome.set(
      rankings.matches ? verifyHash(pkg, await sha256(verificationHashInput(pkg))) : rankings,
    );
  }
}
