import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { EntryProvenance } from '@press-award/contracts';
import { I18nService } from '../core/i18n/i18n.service';
import { provenanceDetail, provenanceText } from './entry-outcome.model';

/**
 * "Được chuyển từ {award} – {tier}" on a work a provincial committee forwarded to this award; with
 * `detailed`, also the receipt number at the source award and the forwarding date. Nothing otherwise.
 */
@Component({
  selector: 'pa-entry-provenance',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (text(); as line) {
      <span
        class="pa-provenance"
        data-testid="entry-provenance"
        [attr.data-source-award]="provenance()?.awardId"
        >{{ line }}</span
      >
      @if (detailed() && detail(); as more) {
        <span class="pa-provenance__detail" data-testid="entry-provenance-detail">{{ more }}</span>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .pa-provenance {
      font-size: 13px;
      font-weight: 500;
      color: var(--pa-red-dark);
    }
    .pa-provenance__detail {
      display: block;
      font-size: 12px;
      color: var(--pa-muted);
    }
  `,
})
export class EntryProvenanceComponent {
  private readonly i18n = inject(I18nService);

  readonly provenance = input<EntryProvenance | null | undefined>(null);
  readonly detailed = input(false);

  protected readonly text = computed(() => provenanceText(this.provenance(), this.i18n));
  protected readonly detail = computed(() => provenanceDetail(this.provenance(), this.i18n));
}
