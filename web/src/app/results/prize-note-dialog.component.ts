import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorsComponent } from '../core/forms/field-errors.component';
import { RequiredText } from '../core/forms/required-text';
import { TranslatePipe } from '../core/i18n/t.pipe';
import type { NoteRequest } from './prize-note';
import { ResultsTranslatePipe } from './results-i18n';

export interface PrizeNoteDialogData extends NoteRequest {
  entryCode: string;
  note?: string | null;
}

/** The API's `SetPrizeDto.note` limit. */
export const PRIZE_NOTE_MAX = 2000;

/** Asks why a tier goes over its planned count; resolves to the note, or null when cancelled. */
@Component({
  selector: 'pa-prize-note-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ResultsTranslatePipe,
    FieldErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title data-testid="note-title">
      {{ 'note.title' | rt: { tier: data.tierLabel } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate data-testid="note-dialog">
      <mat-dialog-content>
        <p class="pa-muted">{{ 'note.code' | rt: { code: data.entryCode } }}</p>
        <p>
          {{ 'note.text' | rt: { tier: data.tierLabel, after: data.after, target: data.target } }}
        </p>
        <p class="pa-note-count" data-testid="note-count">
          {{ data.tierLabel }}: {{ data.after }}/{{ data.target }}
        </p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="pa-full">
          <mat-label>{{ 'note.label' | rt }}</mat-label>
          <textarea
            matInput
            rows="3"
            formControlName="note"
            [maxlength]="max"
            [errorStateMatcher]="formErrors.matcher('note')"
            data-testid="note-input"
            cdkFocusInitial
          ></textarea>
          <pa-field-errors ngProjectAs="mat-error" [form]="formErrors" path="note" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="null" data-testid="note-cancel">
          {{ 'common.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" data-testid="note-confirm">
          {{ 'note.confirm' | rt }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .pa-note-count {
      font-size: 20px;
      font-weight: 700;
      color: var(--pa-error);
    }
  `,
})
export class PrizeNoteDialogComponent {
  protected readonly data = inject<PrizeNoteDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<PrizeNoteDialogComponent, string | null>>(MatDialogRef);

  protected readonly max = PRIZE_NOTE_MAX;
  private readonly text = new RequiredText('note', { initial: this.data.note ?? '' });
  protected readonly formErrors = this.text.formErrors;
  // A form directive, so Enter and the submit button raise ngSubmit instead of a native page submit.
  protected readonly form = new FormGroup({ note: this.text.control });

  protected confirm(): void {
    const note = this.text.submit();
    if (note !== null) this.dialogRef.close(note);
  }
}
