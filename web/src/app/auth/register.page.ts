import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import {
  type AccountKind,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PHONE_PATTERN,
} from '@press-award/contracts';
import { AuthService, type RegisterInput } from '../core/auth/auth.service';
import { returnQuery } from '../core/auth/landing';
import { FieldChecks } from '../core/forms/validation';
import type { TranslationKey } from '../core/i18n/dictionary.vi';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { AuthCardComponent } from './auth-card.component';
import { AuthFormComponent, type AuthField } from './auth-form.component';
import { AuthForm } from './auth-form';
import { AuthSwitchComponent } from './auth-switch.component';

type RegisterField = Exclude<keyof RegisterInput, 'accountKind' | 'returnUrl'>;

/** One field of the registration form, marked `register-<name>`. */
const field = (
  name: RegisterField,
  type: AuthField['type'],
  autocomplete: string,
  optional = false,
  label: TranslationKey = `register.${name}`,
): AuthField<RegisterField> => ({
  name,
  label,
  type,
  autocomplete,
  testId: `register-${name}`,
  optional,
  passwordHint: name === 'password',
});

const REGISTER_FIELDS: readonly AuthField<RegisterField>[] = [
  field('fullName', 'text', 'name'),
  field('penName', 'text', 'nickname', true),
  field('email', 'email', 'email'),
  field('password', 'password', 'new-password'),
  field('phone', 'tel', 'tel', true),
  field('organizationName', 'text', 'organization', true),
];

/**
 * An organization's account: its name first and required, then the person who handles its entries;
 * no pen name (the entries name their own authors).
 */
const ORGANIZATION_FIELDS: readonly AuthField<RegisterField>[] = [
  field('organizationName', 'text', 'organization', false, 'register.organizationNameOrg'),
  field('fullName', 'text', 'name', false, 'register.fullNameOrg'),
  field('email', 'email', 'email'),
  field('password', 'password', 'new-password'),
  field('phone', 'tel', 'tel', true),
];

@Component({
  selector: 'pa-register-page',
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatRadioModule,
    TranslatePipe,
    AuthCardComponent,
    AuthFormComponent,
    AuthSwitchComponent,
  ],
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
        <div class="pa-kind" [formGroup]="form">
          <span id="register-kind-label" class="pa-kind__label">{{
            'register.accountKind' | t
          }}</span>
          <mat-radio-group
            formControlName="accountKind"
            aria-labelledby="register-kind-label"
            aria-describedby="register-kind-hint"
            class="pa-kind__options"
            data-testid="register-accountKind"
          >
            <mat-radio-button value="person" data-testid="register-kind-person">{{
              'register.accountKind.person' | t
            }}</mat-radio-button>
            <mat-radio-button value="organization" data-testid="register-kind-organization">{{
              'register.accountKind.organization' | t
            }}</mat-radio-button>
          </mat-radio-group>
          <p id="register-kind-hint" class="pa-muted pa-small">
            {{ 'register.accountKindHint' | t }}
          </p>
        </div>
        <pa-auth-form
          words="register"
          [fields]="fields()"
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
    .pa-kind {
      margin-bottom: 12px;
    }
    .pa-kind__label {
      display: block;
      font-weight: 500;
      margin-bottom: 4px;
    }
    .pa-kind__options {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
    }
    .pa-kind p {
      margin: 4px 0 0;
    }
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

  protected readonly form = inject(NonNullableFormBuilder).group({
    fullName: '',
    penName: '',
    email: '',
    password: '',
    phone: '',
    organizationName: '',
    accountKind: 'person' as AccountKind,
  });
  private readonly kind = toSignal(this.form.controls.accountKind.valueChanges, {
    initialValue: this.form.controls.accountKind.value,
  });
  protected readonly fields = computed(() =>
    this.kind() === 'organization' ? ORGANIZATION_FIELDS : REGISTER_FIELDS,
  );
  protected readonly submission = new AuthForm(this.form, (value) => {
    const checks = new FieldChecks(this.i18n);
    if (value.accountKind === 'organization')
      checks.required('organizationName', value.organizationName);
    return checks
      .required('fullName', value.fullName)
      .maxLength('fullName', value.fullName, NAME_MAX_LENGTH)
      .maxLength('penName', value.penName, NAME_MAX_LENGTH)
      .required('email', value.email)
      .email('email', value.email)
      .required('password', value.password)
      .minLength('password', value.password, PASSWORD_MIN_LENGTH)
      .maxLength('password', value.password, PASSWORD_MAX_LENGTH)
      .pattern('phone', value.phone, PHONE_PATTERN, this.i18n.t('error.phone'))
      .maxLength('organizationName', value.organizationName, NAME_MAX_LENGTH).errors;
  });
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
    const organization = value.accountKind === 'organization';
    if (organization) registration.accountKind = 'organization';
    for (const key of organization
      ? (['phone', 'organizationName'] as const)
      : (['penName', 'phone', 'organizationName'] as const)) {
      if (value[key].trim()) registration[key] = value[key].trim();
    }
    this.submission.submit(
      () => this.auth.register(registration),
      // The answer is the same whether or not the email already has an account: the mail tells.
      (response) => this.sentTo.set(response.email),
    );
  }
}
