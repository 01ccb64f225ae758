import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import type { TranslationKey } from '../core/i18n/dictionary.vi';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** A page that only says why there is nothing here (`<words>.title`, `<words>.text`) and leads home. */
@Component({
  selector: 'pa-status-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pa-card pa-narrow pa-center" [attr.data-testid]="testId()">
      <p class="pa-code" aria-hidden="true">{{ code() }}</p>
      <h1>{{ title() | t }}</h1>
      <p class="pa-muted">{{ text() | t }}</p>
      <a mat-flat-button routerLink="/">{{ 'common.backHome' | t }}</a>
    </section>
  `,
  styles: `
    .pa-center {
      text-align: center;
    }
    .pa-code {
      font-size: 64px;
      font-weight: 700;
      color: var(--pa-red);
      margin: 0;
    }
  `,
})
export class StatusPageComponent {
  readonly code = input.required<number>();
  readonly words = input.required<'notFound' | 'forbidden'>();
  readonly testId = input.required<string>();

  protected readonly title = computed((): TranslationKey => `${this.words()}.title`);
  protected readonly text = computed((): TranslationKey => `${this.words()}.text`);
}

@Component({
  selector: 'pa-not-found-page',
  imports: [StatusPageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pa-status-page [code]="404" words="notFound" testId="not-found" />`,
})
export class NotFoundPage {}

@Component({
  selector: 'pa-forbidden-page',
  imports: [StatusPageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pa-status-page [code]="403" words="forbidden" testId="forbidden" />`,
})
export class ForbiddenPage {}
