import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { formatDateTime } from '../core/format/format';
import type { AutosaveState, SavePhase } from './autosave';
import { JudgingTranslatePipe } from './judging-i18n';
import type { JudgingKey } from './judging.vi';

const SAVE_LABELS: Record<SavePhase, JudgingKey> = {
  idle: 'save.idle',
  pending: 'save.pending',
  saving: 'save.saving',
  saved: 'save.saved',
  offline: 'save.offline',
  invalid: 'save.invalid',
  conflict: 'save.conflict',
  locked: 'save.locked',
  failed: 'save.failed',
};

/** HH:mm in Vietnam time. */
export function vietnamTime(iso: string | null): string {
  return formatDateTime(iso).slice(11);
}

/**
 * The autosave's state beside the rubric's heading ("saved at 14:05", "offline"…), with a retry
 * when the last save could not go through.
 */
@Component({
  selector: 'pa-save-status',
  imports: [JudgingTranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let label = saveLabel();
    <p
      class="pa-save pa-save--{{ state().phase }}"
      role="status"
      aria-live="polite"
      data-testid="save-status"
      [attr.data-phase]="state().phase"
    >
      {{ label.key | jt: label.params }}
      @if (state().phase === 'offline' || state().phase === 'failed') {
        <button
          type="button"
          class="pa-link-button"
          (click)="retry.emit()"
          data-testid="save-retry"
        >
          {{ 'save.retryNow' | jt }}
        </button>
      }
    </p>
  `,
  styles: `
    :host {
      // The paragraph stays the item of the sheet head's flex row.
      display: contents;
    }
    .pa-save {
      margin: 0 0 8px;
      font-size: 13px;
      font-weight: 500;
      color: var(--pa-muted);
      &--offline,
      &--invalid,
      &--failed,
      &--conflict {
        color: var(--pa-error);
      }
      &--saved {
        color: #1d5e2c;
      }
    }
    .pa-link-button {
      background: none;
      border: 0;
      padding: 0 4px;
      color: var(--pa-red-dark);
      text-decoration: underline;
      cursor: pointer;
      font: inherit;
    }
  `,
})
export class SaveStatusComponent {
  readonly state = input.required<AutosaveState>();
  /** "Retry now": save what is pending at once. */
  readonly retry = output<void>();

  private readonly savedTime = computed(() => vietnamTime(this.state().savedAt));

  protected readonly saveLabel = computed<{ key: JudgingKey; params?: Record<string, string> }>(
    () => {
      const state = this.state();
      switch (state.phase) {
        case 'saved':
          return { key: 'save.saved', params: { time: this.savedTime() } };
        case 'idle':
          return state.savedAt
            ? { key: 'save.saved', params: { time: this.savedTime() } }
            : { key: 'save.idle' };
        default:
          return { key: SAVE_LABELS[state.phase] };
      }
    },
  );
}
