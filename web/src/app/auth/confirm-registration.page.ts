import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { AuthService } from '../core/auth/auth.service';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';

/**
 * `/register/confirm/:token` from the registration email: one click creates the account and signs
 * in. A click, not page load, because mail scanners open links on their own.
 */
@Component({
  selector: 'pa-confirm-registration-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pa-card pa-narrow">
      <h1>{{ 'registerConfirm.title' | t }}</h1>
      <p class="pa-muted">{{ 'registerConfirm.subtitle' | t }}</p>
      <pa-error-banner [error]="error()" testId="register-confirm-error" />
      <button
        mat-flat-button
        class="pa-full"
        type="button"
        [disabled]="submitting()"
        (click)="confirm()"
        data-testid="register-confirm-submit"
      >
        {{ (submitting() ? 'registerConfirm.submitting' : 'registerConfirm.submit') | t }}
      </button>
      @if (error()) {
        <p class="pa-muted pa-switch">
          <a routerLink="/register" data-testid="register-confirm-again">{{
            'registerConfirm.again' | t
          }}</a>
          ·
          <a routerLink="/login">{{ 'register.loginLink' | t }}</a>
        </p>
      }
    </section>
  `,
  styles: `
    .pa-switch {
      margin: 16px 0 0;
      text-align: center;
    }
  `,
})
export class ConfirmRegistrationPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly uiErrors = inject(UiErrors);
  private readonly destroyRef = inject(DestroyRef);
  private readonly snackBar = inject(MatSnackBar);

  /** Route parameter. */
  readonly token = input.required<string>();

  protected readonly submitting = signal(false);
  protected readonly error = signal<UiError | null>(null);

  protected confirm(): void {
    this.error.set(null);
    this.submitting.set(true);
    this.auth
      .confirmRegistration(this.token())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) => {
          this.submitting.set(false);
          this.snackBar.open(
            this.i18n.t('invite.welcome', { name: response.user.fullName }),
            undefined,
            { duration: 5000 },
          );
          void this.router.navigateByUrl('/');
        },
        error: (failure: unknown) => {
          this.error.set(this.uiErrors.from(failure));
          this.submitting.set(false);
        },
      });
  }
}
