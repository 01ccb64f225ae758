import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FieldError } from '@press-award/contracts';
import type { UiError } from '../core/api/api-error';
import type { TranslationKey } from '../core/i18n/dictionary.vi';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';

/** The account pages, each with its `<words>.title` and `<words>.subtitle`. */
export type AuthWords = 'login' | 'register' | 'registerConfirm' | 'invite';

/**
 * The narrow card of an account page: its title and subtitle, a notice (`paAuthNotice`), the
 * banner of a refused request, then the page's form.
 */
@Component({
  selector: 'pa-auth-card',
  imports: [TranslatePipe, ErrorBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pa-card pa-narrow">
      <h1>{{ title() | t }}</h1>
      <p class="pa-muted">{{ subtitle() | t }}</p>
      <ng-content select="[paAuthNotice]" />
      <pa-error-banner [error]="error()" [unmatched]="unmatched()" [testId]="errorTestId()" />
      <ng-content />
    </section>
  `,
})
export class AuthCardComponent {
  readonly words = input.required<AuthWords>();
  readonly error = input.required<UiError | null>();
  readonly unmatched = input<readonly FieldError[]>([]);
  readonly errorTestId = input.required<string>();

  protected readonly title = computed((): TranslationKey => `${this.words()}.title`);
  protected readonly subtitle = computed((): TranslationKey => `${this.words()}.subtitle`);
}
