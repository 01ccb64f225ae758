import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { destinationAfterSignIn, returnQuery } from '../core/auth/landing';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { AuthCardComponent } from './auth-card.component';
import { AuthFormComponent, type AuthField } from './auth-form.component';
import { AuthForm } from './auth-form';
import { AuthSwitchComponent } from './auth-switch.component';

const LOGIN_FIELDS: readonly AuthField[] = [
  {
    name: 'email',
    label: 'login.email',
    type: 'email',
    autocomplete: 'username',
    testId: 'login-email',
  },
  {
    name: 'password',
    label: 'login.password',
    type: 'password',
    autocomplete: 'current-password',
    testId: 'login-password',
  },
];

@Component({
  selector: 'pa-login-page',
  imports: [RouterLink, TranslatePipe, AuthCardComponent, AuthFormComponent, AuthSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-auth-card
      words="login"
      [error]="error()"
      [unmatched]="formErrors.unmatched()"
      errorTestId="login-error"
    >
      @if (registered()) {
        <div
          paAuthNotice
          class="pa-banner pa-banner--success"
          role="status"
          data-testid="login-registered"
        >
          {{ 'login.registered' | t }}
        </div>
      }

      <pa-auth-form
        words="login"
        [fields]="fields"
        [group]="form"
        [submission]="submission"
        testId="login"
        (send)="submit()"
      />
      <pa-auth-switch>
        {{ 'login.noAccount' | t }}
        <a routerLink="/register" [queryParams]="returnQuery()" data-testid="login-register-link">{{
          'login.registerLink' | t
        }}</a>
      </pa-auth-switch>
    </pa-auth-card>
  `,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string>();
  readonly registered = input<string>();

  /** Registering instead keeps the page that asked for the sign-in. */
  protected readonly returnQuery = computed(() => returnQuery(this.returnUrl()));
  protected readonly fields = LOGIN_FIELDS;
  protected readonly form = inject(NonNullableFormBuilder).group({ email: '', password: '' });
  protected readonly submission = new AuthForm(
    this.form,
    ({ email, password }) =>
      new FieldChecks(this.i18n)
        .required('email', email)
        .email('email', email)
        .required('password', password).errors,
  );
  protected readonly formErrors = this.submission.formErrors;
  protected readonly error = this.submission.error;

  protected submit(): void {
    const { email, password } = this.form.getRawValue();
    this.submission.submit(
      () => this.auth.login(email.trim(), password),
      (response) =>
        void this.router.navigateByUrl(destinationAfterSignIn(this.returnUrl(), response.user)),
    );
  }
}
