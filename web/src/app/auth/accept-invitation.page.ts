import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@press-award/contracts';
import { AuthService } from '../core/auth/auth.service';
import { FieldChecks } from '../core/forms/validation';
import { I18nService } from '../core/i18n/i18n.service';
import { AuthCardComponent } from './auth-card.component';
import { AuthFormComponent, type AuthField } from './auth-form.component';
import { AuthForm, welcomeHome } from './auth-form';

const INVITATION_FIELDS: readonly AuthField[] = [
  {
    name: 'password',
    label: 'invite.password',
    type: 'password',
    autocomplete: 'new-password',
    testId: 'invite-password',
    passwordHint: true,
  },
  {
    name: 'confirm',
    label: 'invite.passwordConfirm',
    type: 'password',
    autocomplete: 'new-password',
    testId: 'invite-password-confirm',
  },
];

/** `/invite/:token` from the invitation email: set a password, get signed in, go home. */
@Component({
  selector: 'pa-accept-invitation-page',
  imports: [AuthCardComponent, AuthFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-auth-card
      words="invite"
      [error]="error()"
      [unmatched]="formErrors.unmatched()"
      errorTestId="invite-accept-error"
    >
      <pa-auth-form
        words="invite"
        [fields]="fields"
        [group]="form"
        [submission]="submission"
        testId="invite-accept"
        (send)="submit()"
      />
    </pa-auth-card>
  `,
})
export class AcceptInvitationPage {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly welcome = welcomeHome();

  /** Route parameter. */
  readonly token = input.required<string>();

  protected readonly fields = INVITATION_FIELDS;
  protected readonly form = inject(NonNullableFormBuilder).group({ password: '', confirm: '' });
  protected readonly submission = new AuthForm(
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
  protected readonly error = this.submission.error;

  protected submit(): void {
    this.submission.submit(
      () => this.auth.acceptInvitation(this.token(), this.form.getRawValue().password),
      this.welcome,
    );
  }
}
