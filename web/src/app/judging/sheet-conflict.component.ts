import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { JudgingTranslatePipe } from './judging-i18n';

/**
 * The sheet changed elsewhere since this page loaded it (a 409 on autosave): the judge chooses
 * between the server's latest (`resolve(false)`) and what they typed here (`resolve(true)`).
 */
@Component({
  selector: 'pa-sheet-conflict',
  imports: [MatButtonModule, JudgingTranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="pa-banner pa-banner--error" role="alert" data-testid="sheet-conflict">
      <div>
        <strong>{{ 'conflict.title' | jt }}</strong>
        <p>{{ 'conflict.text' | jt }}</p>
        <div class="pa-actions">
          <button
            mat-flat-button
            type="button"
            (click)="resolve.emit(false)"
            [disabled]="resolving()"
            data-testid="conflict-load-latest"
          >
            {{ 'conflict.loadLatest' | jt }}
          </button>
          <button
            mat-stroked-button
            type="button"
            (click)="resolve.emit(true)"
            [disabled]="resolving()"
            data-testid="conflict-keep-mine"
          >
            {{ 'conflict.keepMine' | jt }}
          </button>
        </div>
      </div>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class SheetConflictComponent {
  /** A choice is being applied: both buttons wait. */
  readonly resolving = input.required<boolean>();
  /** `true` keeps what the judge typed here, `false` loads the server's latest. */
  readonly resolve = output<boolean>();
}
