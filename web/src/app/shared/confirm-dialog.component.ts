import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../core/i18n/t.pipe';

export interface ConfirmDialogData {
  title: string;
  text: string;
  warning?: string;
  confirmLabel: string;
  danger?: boolean;
}

/** A yes/no question before anything that is hard to undo. Resolves to true on confirm. */
@Component({
  selector: 'pa-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.text }}</p>
      @if (data.warning) {
        <p class="pa-warning">{{ data.warning }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" data-testid="confirm-cancel">
        {{ 'common.cancel' | t }}
      </button>
      <button
        mat-flat-button
        type="button"
        [class.pa-danger]="data.danger"
        [mat-dialog-close]="true"
        data-testid="confirm-ok"
        cdkFocusInitial
      >
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialogComponent {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}
