import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ReactiveFormsModule, type FormGroup } from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MIN_LENGTH } from '@press-award/contracts';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import type { TranslationKey } from '../core/i18n/dictionary.vi';
import { TranslatePipe } from '../core/i18n/t.pipe';
import type { AuthWords } from './auth-card.component';
import type { AuthForm } from './auth-form';

/** One text field of a sign-in, registration or invitation form. */
export interface AuthField<Name extends string = string> {
  readonly name: Name;
  readonly label: TranslationKey;
  readonly type: 'text' | 'email' | 'password' | 'tel';
  readonly autocomplete: string;
  readonly testId: string;
  /** Says "(optional)" after the label. */
  readonly optional?: boolean;
  /** Says the password rule under the field. */
  readonly passwordHint?: boolean;
}

/**
 * The form of an account page: its text fields, each with its label, its messages and its red
 * state from the form's `FormErrors`, and its submit button (`<words>.submit`, `<words>.submitting`
 * while the request is out). Says `send` when submitted; the page checks and sends.
 */
@Component({
  selector: 'pa-auth-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      [formGroup]="group()"
      (ngSubmit)="send.emit()"
      novalidate
      [attr.data-testid]="testId() + '-form'"
    >
      @for (field of fields(); track field.name) {
        @let invalid = formErrors().has(field.name);
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-full">
          <mat-label>
            {{ field.label | t }}
            @if (field.optional) {
              <span class="pa-muted">({{ 'common.optional' | t }})</span>
            }
          </mat-label>
          <input
            matInput
            [type]="field.type"
            [formControlName]="field.name"
            [attr.autocomplete]="field.autocomplete"
            [errorStateMatcher]="invalid ? redMatcher : plainMatcher"
            [attr.data-testid]="field.testId"
          />
          @if (field.passwordHint) {
            <mat-hint>{{ 'register.passwordHint' | t: { min: passwordMin } }}</mat-hint>
          }
          <pa-field-errors ngProjectAs="mat-error" [form]="formErrors()" [path]="field.name" />
        </mat-form-field>
      }
      <button
        mat-flat-button
        class="pa-full"
        type="submit"
        [disabled]="submitting()"
        [attr.data-testid]="testId() + '-submit'"
      >
        {{ submitLabel() | t }}
      </button>
    </form>
  `,
})
export class AuthFormComponent {
  readonly words = input.required<Exclude<AuthWords, 'registerConfirm'>>();
  readonly fields = input.required<readonly AuthField[]>();
  readonly group = input.required<FormGroup>();
  /** Its messages and whether its request is out. */
  readonly submission = input.required<AuthForm<FormGroup>>();
  /** The form is marked `<testId>-form`, its button `<testId>-submit`. */
  readonly testId = input.required<string>();
  readonly send = output();

  protected readonly formErrors = computed(() => this.submission().formErrors);
  protected readonly submitting = computed(() => this.submission().submitting());
  protected readonly submitLabel = computed(
    (): TranslationKey =>
      this.submitting() ? `${this.words()}.submitting` : `${this.words()}.submit`,
  );

  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  /**
   * Material asks a field's matcher only when this view is checked; the template reads the
   * messages (a signal) to choose one, so the view is checked again whenever they change.
   */
  protected readonly redMatcher: ErrorStateMatcher = { isErrorState: () => true };
  protected readonly plainMatcher: ErrorStateMatcher = { isErrorState: () => false };
}
