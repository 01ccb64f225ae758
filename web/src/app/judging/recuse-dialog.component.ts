import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule, Validators } from '@angular/forms';
import {
  MAT_DIALOG_DATA,
  type MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { filter, type Observable } from 'rxjs';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { RequiredText } from '../core/forms/required-text';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { JudgingTranslatePipe } from './judging-i18n';

export interface RecuseDialogData {
  code: string;
}

export const RECUSE_REASON_MAX = 1000;

/** Asks for the reason of a recusal (required, as the API's `RecuseDto`); resolves to the reason. */
@Component({
  selector: 'pa-recuse-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    JudgingTranslatePipe,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title data-testid="recuse-title">
      {{ 'recuse.title' | jt: { code: data.code } }}
    </h2>
    <!-- A plain form: without [formGroup] Angular emits no ngSubmit, so stop the native submission here. -->
    <form (submit)="$event.preventDefault(); confirm()" novalidate data-testid="recuse-dialog">
      <mat-dialog-content>
        <p>{{ 'recuse.text' | jt }}</p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-full">
          <mat-label>{{ 'recuse.reason' | jt }}</mat-label>
          <textarea
            matInput
            rows="3"
            [formControl]="reason"
            [maxlength]="max"
            [errorStateMatcher]="formErrors.matcher('reason')"
            data-testid="recuse-reason"
            cdkFocusInitial
          ></textarea>
          <mat-hint>{{ 'recuse.reasonHint' | jt }}</mat-hint>
          <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="reason" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="null" data-testid="recuse-cancel">
          {{ 'common.cancel' | t }}
        </button>
        <button mat-flat-button class="pa-danger" type="submit" data-testid="recuse-confirm">
          {{ 'recuse.confirm' | jt }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class RecuseDialogComponent {
  protected readonly data = inject<RecuseDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<RecuseDialogComponent, string | null>>(MatDialogRef);

  protected readonly max = RECUSE_REASON_MAX;
  private readonly text = new RequiredText('reason', { validators: [Validators.required] });
  protected readonly reason = this.text.control;
  protected readonly formErrors = this.text.formErrors;

  protected confirm(): void {
    const reason = this.text.submit();
    if (reason !== null) this.dialogRef.close(reason);
  }
}

/** Opens the recusal dialog for the entry `code`: emits the reason once given, nothing if cancelled. */
export function askRecuseReason(dialog: MatDialog, code: string): Observable<string> {
  return dialog
    .open<RecuseDialogComponent, RecuseDialogData, string | null>(RecuseDialogComponent, {
      data: { code },
      width: '520px',
    })
    .afterClosed()
    .pipe(filter((reason): reason is string => !!reason));
}
