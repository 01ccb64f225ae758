import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** What a screen reader says for each button of a row (already translated). */
export interface RowActionLabels {
  readonly up: string;
  readonly down: string;
  readonly remove: string;
}

/**
 * The buttons of a reorderable row: ↑ and ↓ move it one place, the third removes it. Test ids are
 * `<prefix>-up-<index>`, `<prefix>-down-<index>` and `<prefix>-remove-<index>`. The host adds no box
 * of its own, so the buttons sit in the row's layout as if written there.
 */
@Component({
  selector: 'pa-row-actions',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <span class="pa-actions">
      <button
        mat-button
        type="button"
        (click)="moved.emit(-1)"
        [disabled]="disabled() || first()"
        [attr.aria-label]="labels().up"
        [attr.data-testid]="testIdPrefix() + '-up-' + index()"
      >
        ↑
      </button>
      <button
        mat-button
        type="button"
        (click)="moved.emit(1)"
        [disabled]="disabled() || last()"
        [attr.aria-label]="labels().down"
        [attr.data-testid]="testIdPrefix() + '-down-' + index()"
      >
        ↓
      </button>
      <button
        mat-button
        type="button"
        class="pa-danger"
        (click)="removed.emit()"
        [disabled]="disabled() || removeDisabled()"
        [attr.aria-label]="labels().remove"
        [attr.data-testid]="testIdPrefix() + '-remove-' + index()"
      >
        {{ 'common.delete' | t }}
      </button>
    </span>
  `,
})
export class RowActionsComponent {
  /** The row's place in its list, from 0. */
  readonly index = input.required<number>();
  /** The first row cannot move up, the last cannot move down. */
  readonly first = input(false);
  readonly last = input(false);
  /** Disables all three buttons. */
  readonly disabled = input(false);
  /** Disables only the removal (a list that must keep one row). */
  readonly removeDisabled = input(false);
  /** `part` gives `part-up-0`, `part-down-0`, `part-remove-0`. */
  readonly testIdPrefix = input.required<string>();
  readonly labels = input.required<RowActionLabels>();

  readonly moved = output<-1 | 1>();
  readonly removed = output();
}
