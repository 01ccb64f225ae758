import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@press-award/contracts';
import { AuthService } from '../core/auth/auth.service';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { AuthForm } from './auth-form';

/** `/invite/:token` from the invitation email: set a password, get signed in, go home. */
@Component({
  selector: 'pa-accept-invitation-page',
  imports: [
    ReactiveFormsModule,
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
      <h1>{{ 'invite.title' | t }}</h1>
      <p class="pa-muted">{{ 'invite.subtitle' | t }}</p>
      <pa-error-banner
        [error]="error()"
        [unmatched]="formErrors.unmatched()"
        testId="invite-accept-error"
      />

      <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="invite-accept-form">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-full">
          <mat-label>{{ 'invite.password' | t }}</mat-label>
          <input
            matInput
            type="password"
            formControlName="password"
            autocomplete="new-password"
            [errorStateMatcher]="formErrors.matcher('password')"
            data-testid="invite-password"
          />
          <mat-hint>{{ 'register.passwordHint' | t: { min: passwordMin } }}</mat-hint>
          <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="password" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-full">
          <mat-label>{{ 'invite.passwordConfirm' | t }}</mat-label>
          <input
            matInput
            type="password"
            formControlName="confirm"
            autocomplete="new-password"
            [errorStateMatcher]="formErrors.matcher('confirm')"
            data-testid="invite-password-confirm"
          />
          <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="confirm" />
        </mat-form-field>
        <button
          mat-flat-button
          class="pa-full"
          type="submit"
          [disabled]="submitting()"
          data-testid="invite-accept-submit"
        >
          {{ (submitting() ? 'invite.submitting' : 'invite.submit') | t }}
        </button>
      </form>
    </section>
  `,
})
export class AcceptInvitationPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly snackBar = inject(MatSnackBar);

  /** Route parameter. */
  readonly token = input.required<string>();

  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({ password: '', confirm: '' });
  private readonly submission = new AuthForm(
    this.form,
    ({ password, confirm }) =>
      new FieldChecks(this.i18n)
        .required('password', password)
        .minLength('password', password, PASSWORD_MIN_LENGTH)
        .maxLength('password', password, PASSWORD_MAX_LENGTH)
        .custom('confirm', password !== confirm, 'MISMATCH', this.i18n.t('error.passwordMismatch'))
        .errors,
  );
  protected readonly formErrors = this.submission.formErrors;
  protected readonly submitting = this.submission.submitting;
  protected readonly error = this.submission.error;

  protected submit(): void {
    this.submission.submit(
      () => this.auth.acceptInvitation(this.token(), this.form.getRawValue().password),
      (response) => {
        this.snackBar.open(
          this.i18n.t('invite.welcome', { name: response.user.fullName }),
          undefined,
          {
            duration: 5000,
          },
        );
        void this.router.navigateByUrl('/');
      },
    );
  }
}
