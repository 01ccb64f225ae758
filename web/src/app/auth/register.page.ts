import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PHONE_PATTERN,
} from '@press-award/contracts';
import { AuthService, type RegisterInput } from '../core/auth/auth.service';
import { returnQuery } from '../core/auth/landing';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { AuthCardComponent } from './auth-card.component';
import { AuthFormComponent, type AuthField } from './auth-form.component';
import { AuthForm } from './auth-form';
import { AuthSwitchComponent } from './auth-switch.component';

/** The registration form's fields, each marked `register-<name>`. */
const REGISTER_FIELDS: readonly AuthField<keyof RegisterInput>[] = (
  [
    ['fullName', 'text', 'name'],
    ['penName', 'text', 'nickname', true],
    ['email', 'email', 'email'],
    ['password', 'password', 'new-password'],
    ['phone', 'tel', 'tel', true],
    ['organizationName', 'text', 'organization', true],
  ] as const
).map(([name, type, autocomplete, optional]) => ({
  name,
  label: `register.${name}`,
  type,
  autocomplete,
  testId: `register-${name}`,
  optional,
  passwordHint: name === 'password',
}));

@Component({
  selector: 'pa-register-page',
  imports: [RouterLink, TranslatePipe, AuthCardComponent, AuthFormComponent, AuthSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-auth-card
      words="register"
      [error]="error()"
      [unmatched]="formErrors.unmatched()"
      errorTestId="register-error"
    >
      @if (sentTo(); as email) {
        <div class="pa-sent" role="status" data-testid="register-sent">
          <h2>{{ 'register.sentTitle' | t }}</h2>
          <p>{{ 'register.sentBody' | t: { email } }}</p>
          <p class="pa-muted">{{ 'register.sentHint' | t }}</p>
        </div>
      } @else {
        <pa-auth-form
          words="register"
          [fields]="fields"
          [group]="form"
          [submission]="submission"
          testId="register"
          (send)="submit()"
        />
      }
      <pa-auth-switch>
        {{ 'register.haveAccount' | t }}
        <a routerLink="/login" [queryParams]="returnQuery()" data-testid="register-login-link">{{
          'register.loginLink' | t
        }}</a>
      </pa-auth-switch>
    </pa-auth-card>
  `,
  styles: `
    .pa-sent h2 {
      margin: 8px 0;
      font-size: 1.15rem;
    }
  `,
})
export class RegisterPage {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);

  /** Query parameter, bound by the router: the page the registrant was going to. */
  readonly returnUrl = input<string>();
  protected readonly returnQuery = computed(() => returnQuery(this.returnUrl()));
  protected readonly fields = REGISTER_FIELDS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    fullName: '',
    penName: '',
    email: '',
    password: '',
    phone: '',
    organizationName: '',
  });
  protected readonly submission = new AuthForm(
    this.form,
    (value) =>
      new FieldChecks(this.i18n)
        .required('fullName', value.fullName)
        .maxLength('fullName', value.fullName, NAME_MAX_LENGTH)
        .maxLength('penName', value.penName, NAME_MAX_LENGTH)
        .required('email', value.email)
        .email('email', value.email)
        .required('password', value.password)
        .minLength('password', value.password, PASSWORD_MIN_LENGTH)
        .maxLength('password', value.password, PASSWORD_MAX_LENGTH)
        .pattern('phone', value.phone, PHONE_PATTERN, this.i18n.t('error.phone'))
        .maxLength('organizationName', value.organizationName, NAME_MAX_LENGTH).errors,
  );
  protected readonly formErrors = this.submission.formErrors;
  protected readonly error = this.submission.error;
  /** Set once the server has taken the registration: the account is created from the mailed link. */
  protected readonly sentTo = signal<string | null>(null);

  protected submit(): void {
    const value = this.form.getRawValue();
    const registration: RegisterInput = {
      email: value.email.trim(),
      password: value.password,
      fullName: value.fullName.trim(),
      ...this.returnQuery(),
    };
    for (const key of ['penName', 'phone', 'organizationName'] as const) {
      if (value[key].trim()) registration[key] = value[key].trim();
    }
    this.submission.submit(
      () => this.auth.register(registration),
      // The answer is the same whether or not the email already has an account: the mail tells.
      (response) => this.sentTo.set(response.email),
    );
  }
}
