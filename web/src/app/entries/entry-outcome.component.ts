import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { EntryOutcome } from '@press-award/contracts';
import { I18nService } from '../core/i18n/i18n.service';
import { CertificateButtonComponent } from './certificate-button.component';
import { outcomeView } from './entry-outcome.model';

/**
 * The prize of an entry once its award is published: a chip with the tier ("Giải A"), or "Thu hồi
 * giải" / "Đã rút" after a complaint, and the certificate download while the prize stands. Shows
 * nothing for `null`, which is all the API sends before publication.
 */
@Component({
  selector: 'pa-entry-outcome',
  imports: [CertificateButtonComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view(); as prize) {
      <span
        class="pa-outcome"
        data-testid="entry-outcome"
        [attr.data-standing]="prize.standing"
        [attr.data-tier]="outcome()?.tierCode ?? ''"
      >
        <span [class]="'pa-chip pa-chip--prize-' + prize.standing" data-testid="entry-prize">{{
          prize.chip
        }}</span>
        @if (prize.detail) {
          <span
            class="pa-outcome__detail"
            [class.pa-outcome__detail--lost]="prize.standing !== 'awarded'"
            data-testid="entry-prize-detail"
            >{{ prize.detail }}</span
          >
        }
        @if (prize.certificate) {
          <pa-certificate-button [entryId]="entryId()" />
        }
      </span>
    }
  `,
  styles: `
    .pa-outcome {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 8px;
    }
    .pa-chip--prize-awarded {
      background: #fff4cc;
      color: #6b4a00;
      border: 1px solid var(--pa-gold);
    }
    .pa-chip--prize-revoked,
    .pa-chip--prize-withdrawn {
      background: #ececec;
      color: #444;
    }
    .pa-outcome__detail {
      font-size: 13px;
      color: var(--pa-muted);
    }
    .pa-outcome__detail--lost {
      text-decoration: line-through;
    }
  `,
})
export class EntryOutcomeComponent {
  private readonly i18n = inject(I18nService);

  readonly entryId = input.required<string>();
  readonly outcome = input<EntryOutcome | null | undefined>(null);

  /** Re-reads the language too: `i18n.t` tracks it. */
  protected readonly view = computed(() => outcomeView(this.outcome(), this.i18n));
}
