import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslatePipe } from '../core/i18n/t.pipe';

@Component({
  selector: 'pa-loading',
  imports: [MatProgressSpinnerModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="pa-state" role="status" aria-live="polite" data-testid="loading">
      <mat-progress-spinner mode="indeterminate" diameter="32" />
      <span>{{ 'common.loading' | t }}</span>
    </div>
  `,
})
export class LoadingComponent {}

@Component({
  selector: 'pa-empty',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="pa-state pa-state--empty" [attr.data-testid]="testId()">
      <span class="pa-state__mark" aria-hidden="true"></span>
      <div><ng-content /></div>
    </div>
  `,
})
export class EmptyComponent {
  readonly testId = input('empty-state');
}
