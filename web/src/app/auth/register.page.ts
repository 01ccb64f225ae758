import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PHONE_PATTERN,
} from '@press-award/contracts';
import { AuthService, type RegisterInput } from '../core/auth/auth.service';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FieldChecks } from '../core/forms/validation';
import type { TranslationKey } from '../core/i18n/dictionary.vi';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { AuthForm } from './auth-form';

type RegisterField = keyof RegisterInput;

interface FieldSpec {
  name: RegisterField;
  label: TranslationKey;
  type: string;
  autocomplete: string;
  required: boolean;
}

@Component({
  selector: 'pa-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorBannerComponent,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pa-card pa-narrow">
      <h1>{{ 'register.title' | t }}</h1>
      <p class="pa-muted">{{ 'register.subtitle' | t }}</p>
      <pa-error-banner
        [error]="error()"
        [unmatched]="formErrors.unmatched()"
        testId="register-error"
      />

      @if (sentTo(); as email) {
        <div class="pa-sent" role="status" data-testid="register-sent">
          <h2>{{ 'register.sentTitle' | t }}</h2>
          <p>{{ 'register.sentBody' | t: { email } }}</p>
          <p class="pa-muted">{{ 'register.sentHint' | t }}</p>
        </div>
      } @else {
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="register-form">
          @for (field of fields; track field.name) {
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-full">
              <mat-label>
                {{ field.label | t }}
                @if (!field.required) {
                  <span class="pa-muted">({{ 'common.optional' | t }})</span>
                }
              </mat-label>
              <input
                matInput
                [type]="field.type"
                [formControlName]="field.name"
                [attr.autocomplete]="field.autocomplete"
                [errorStateMatcher]="formErrors.matcher(field.name)"
                [attr.data-testid]="'register-' + field.name"
              />
              @if (field.name === 'password') {
                <mat-hint>{{ 'register.passwordHint' | t: { min: passwordMin } }}</mat-hint>
              }
              <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" [path]="field.name" />
            </mat-form-field>
          }
          <button
            mat-flat-button
            class="pa-full"
            type="submit"
            [disabled]="submitting()"
            data-testid="register-submit"
          >
            {{ (submitting() ? 'register.submitting' : 'register.submit') | t }}
          </button>
        </form>
      }
      <p class="pa-muted pa-switch">
        {{ 'register.haveAccount' | t }}
        <a routerLink="/login" data-testid="register-login-link">{{ 'register.loginLink' | t }}</a>
      </p>
    </section>
  `,
  styles: `
    .pa-switch {
      margin: 16px 0 0;
      text-align: center;
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

  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly fields: readonly FieldSpec[] = [
    {
      name: 'fullName',
      label: 'register.fullName',
      type: 'text',
      autocomplete: 'name',
      required: true,
    },
    {
      name: 'penName',
      label: 'register.penName',
      type: 'text',
      autocomplete: 'nickname',
      required: false,
    },
    {
      name: 'email',
      label: 'register.email',
      type: 'email',
      autocomplete: 'email',
      required: true,
    },
    {
      name: 'password',
      label: 'register.password',
      type: 'password',
      autocomplete: 'new-password',
      required: true,
    },
    { name: 'phone', label: 'register.phone', type: 'tel', autocomplete: 'tel', required: false },
    {
      name: 'organizationName',
      label: 'register.organizationName',
      type: 'text',
      autocomplete: 'organization',
      required: false,
    },
  ];

  protected readonly form = inject(NonNullableFormBuilder).group({
    fullName: '',
    penName: '',
    email: '',
    password: '',
    phone: '',
    organizationName: '',
  });
  private readonly submission = new AuthForm(
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
  protected readonly submitting = this.submission.submitting;
  protected readonly error = this.submission.error;
  /** Set once the server has taken the registration: the account is created from the mailed link. */
  protected readonly sentTo = signal<string | null>(null);

  protected submit(): void {
    const value = this.form.getRawValue();
    const input: RegisterInput = {
      email: value.email.trim(),
      password: value.password,
      fullName: value.fullName.trim(),
    };
    for (const key of ['penName', 'phone', 'organizationName'] as const) {
      if (value[key].trim()) input[key] = value[key].trim();
    }
    this.submission.submit(
      () => this.auth.register(input),
      // The answer is the same whether or not the email already has an account: the mail tells.
      (response) => this.sentTo.set(response.email),
    );
  }
}
