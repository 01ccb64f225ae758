import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../core/i18n/t.pipe';

@Component({
  selector: 'pa-not-found-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pa-card pa-narrow pa-center" data-testid="not-found">
      <p class="pa-code" aria-hidden="true">404</p>
      <h1>{{ 'notFound.title' | t }}</h1>
      <p class="pa-muted">{{ 'notFound.text' | t }}</p>
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
export class NotFoundPage {}

@Component({
  selector: 'pa-forbidden-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pa-card pa-narrow pa-center" data-testid="forbidden">
      <p class="pa-code" aria-hidden="true">403</p>
      <h1>{{ 'forbidden.title' | t }}</h1>
      <p class="pa-muted">{{ 'forbidden.text' | t }}</p>
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
export class ForbiddenPage {}
