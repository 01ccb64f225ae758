import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { EntryStatus } from '@press-award/contracts';
import { entryStatusKey } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** Bản nháp / Đã nộp / Đã rút. */
@Component({
  selector: 'pa-entry-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span
    [class]="'pa-chip pa-chip--entry-' + status()"
    data-testid="entry-status-chip"
    [attr.data-status]="status()"
    >{{ key() | t }}</span
  >`,
})
export class EntryStatusChipComponent {
  readonly status = input.required<EntryStatus>();
  protected readonly key = computed(() => entryStatusKey(this.status()));
}
