import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AuthService } from '../core/auth/auth.service';
import { safeReturnUrl } from '../core/auth/guards';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { AuthForm } from './auth-form';

@Component({
  selector: 'pa-login-page',
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
      <h1>{{ 'login.title' | t }}</h1>
      <p class="pa-muted">{{ 'login.subtitle' | t }}</p>

      @if (registered()) {
        <div class="pa-banner pa-banner--success" role="status" data-testid="login-registered">
          {{ 'login.registered' | t }}
        </div>
      }
      <pa-error-banner
        [error]="error()"
        [unmatched]="formErrors.unmatched()"
        testId="login-error"
      />

      <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="login-form">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-full">
          <mat-label>{{ 'login.email' | t }}</mat-label>
          <input
            matInput
            type="email"
            formControlName="email"
            autocomplete="username"
            [errorStateMatcher]="formErrors.matcher('email')"
            data-testid="login-email"
          />
          <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="email" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-full">
          <mat-label>{{ 'login.password' | t }}</mat-label>
          <input
            matInput
            type="password"
            formControlName="password"
            autocomplete="current-password"
            [errorStateMatcher]="formErrors.matcher('password')"
            data-testid="login-password"
          />
          <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="password" />
        </mat-form-field>
        <button
          mat-flat-button
          class="pa-full"
          type="submit"
          [disabled]="submitting()"
          data-testid="login-submit"
        >
          {{ (submitting() ? 'login.submitting' : 'login.submit') | t }}
        </button>
      </form>
      <p class="pa-muted pa-switch">
        {{ 'login.noAccount' | t }}
        <a routerLink="/register" data-testid="login-register-link">{{
          'login.registerLink' | t
        }}</a>
      </p>
    </section>
  `,
  styles: `
    .pa-switch {
      margin: 16px 0 0;
      text-align: center;
    }
  `,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string>();
  readonly registered = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({ email: '', password: '' });
  private readonly submission = new AuthForm(
    this.form,
    ({ email, password }) =>
      new FieldChecks(this.i18n)
        .required('email', email)
        .email('email', email)
        .required('password', password).errors,
  );
  protected readonly formErrors = this.submission.formErrors;
  protected readonly submitting = this.submission.submitting;
  protected readonly error = this.submission.error;

  protected submit(): void {
    const { email, password } = this.form.getRawValue();
    this.submission.submit(
      () => this.auth.login(email.trim(), password),
      () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
    );
  }
}
