import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AwardStatus } from '@press-award/contracts';
import { statusKey } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';

@Component({
  selector: 'pa-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span
    class="pa-chip"
    [class]="'pa-chip pa-chip--' + status()"
    data-testid="status-chip"
    [attr.data-status]="status()"
    >{{ key() | t }}</span
  >`,
})
export class StatusChipComponent {
  readonly status = input.required<AwardStatus>();
  protected readonly key = computed(() => statusKey(this.status()));
}
