import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { FieldError } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** The failure of a whole request: the server's (localized) message and anything no field shows. */
@Component({
  selector: 'pa-error-banner',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as failure) {
      <div class="pa-banner pa-banner--error" role="alert" [attr.data-testid]="testId()">
        <div class="pa-banner__body">
          <strong class="pa-banner__title">{{ 'error.title' | t }}</strong>
          <p data-testid="error-message">{{ failure.message }}</p>
          @if (failure.retryAfter) {
            <p>{{ 'error.retryAfter' | t: { seconds: failure.retryAfter } }}</p>
          }
          @if (unmatched().length) {
            <p>{{ 'error.fieldsBelow' | t }}</p>
            <ul>
              @for (detail of unmatched(); track $index) {
                <li data-testid="error-detail">
                  @if (detail.field) {
                    <code>{{ detail.field }}</code
                    >:
                  }
                  {{ detail.message }}
                </li>
              }
            </ul>
          }
        </div>
        @if (retryable()) {
          <button
            type="button"
            class="pa-banner__action"
            (click)="retry.emit()"
            data-testid="error-retry"
          >
            {{ 'common.retry' | t }}
          </button>
        }
      </div>
    }
  `,
})
export class ErrorBannerComponent {
  readonly error = input<UiError | null>(null);
  /** Details to list in the banner; a form passes only those no input shows. */
  readonly unmatched = input<readonly FieldError[]>([]);
  readonly retryable = input(false);
  readonly testId = input('error-banner');
  readonly retry = output();
}
