import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { AuthService } from '../core/auth/auth.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { AuthCardComponent } from './auth-card.component';
import { AuthRequest, welcomeHome } from './auth-form';
import { AuthSwitchComponent } from './auth-switch.component';

/**
 * `/register/confirm/:token` from the registration email: one click creates the account and signs
 * in. A click, not page load, because mail scanners open links on their own.
 */
@Component({
  selector: 'pa-confirm-registration-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe, AuthCardComponent, AuthSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-auth-card words="registerConfirm" [error]="error()" errorTestId="register-confirm-error">
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
        <pa-auth-switch>
          <a routerLink="/register" data-testid="register-confirm-again">{{
            'registerConfirm.again' | t
          }}</a>
          ·
          <a routerLink="/login">{{ 'register.loginLink' | t }}</a>
        </pa-auth-switch>
      }
    </pa-auth-card>
  `,
})
export class ConfirmRegistrationPage {
  private readonly auth = inject(AuthService);
  private readonly request = new AuthRequest();
  /** Route parameter. */
  readonly token = input.required<string>();
  /** Query parameter: the page the registrant was going to, carried by the mailed link. */
  readonly returnUrl = input<string>();

  private readonly welcome = welcomeHome(() => this.returnUrl());

  protected readonly submitting = this.request.submitting;
  protected readonly error = this.request.error;

  protected confirm(): void {
    this.request.send(this.auth.confirmRegistration(this.token()), this.welcome);
  }
}
