import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import type { UiError } from '../core/api/api-error';
import { UiErrors } from '../core/api/ui-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { LoadingComponent } from '../shared/states.component';
import { parseMarkdown, type Block } from './markdown';

/** Where the build puts docs/guide-<lang>.md and its pictures (web/project.json assets). */
const GUIDE_BASE = '/guide/';

/**
 * `/help`: the user guide for every role (docs/guide-vi.md, docs/guide-en.md) in the interface
 * language, with the screenshots the browser suite takes from the demo. The same text the README
 * links to, so the guide in the app and in the repository cannot differ.
 */
@Component({
  selector: 'pa-help-page',
  imports: [NgTemplateOutlet, RouterLink, ErrorBannerComponent, LoadingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-error-banner [error]="error()" [retryable]="true" (retry)="load()" testId="help-error" />
    @if (loading()) {
      <pa-loading />
    } @else {
      <article class="pa-card pa-guide" data-testid="help-guide">
        @for (block of blocks(); track $index) {
          @switch (block.kind) {
            @case ('heading') {
              @switch (block.level) {
                @case (1) {
                  <h1 [id]="block.id">
                    <ng-container
                      *ngTemplateOutlet="inline; context: { $implicit: block.content }"
                    />
                  </h1>
                }
                @case (2) {
                  <h2 [id]="block.id">
                    <ng-container
                      *ngTemplateOutlet="inline; context: { $implicit: block.content }"
                    />
                  </h2>
                }
                @default {
                  <h3 [id]="block.id">
                    <ng-container
                      *ngTemplateOutlet="inline; context: { $implicit: block.content }"
                    />
                  </h3>
                }
              }
            }
            @case ('paragraph') {
              <p>
                <ng-container *ngTemplateOutlet="inline; context: { $implicit: block.content }" />
              </p>
            }
            @case ('list') {
              <ul>
                @for (item of block.items; track $index) {
                  <li>
                    <ng-container *ngTemplateOutlet="inline; context: { $implicit: item }" />
                  </li>
                }
              </ul>
            }
            @case ('image') {
              <figure>
                <img [src]="block.src" [alt]="block.alt" loading="lazy" />
                <figcaption>{{ block.alt }}</figcaption>
              </figure>
            }
          }
        }
      </article>
    }

    <ng-template #inline let-parts>
      @for (part of parts; track $index) {
        @switch (part.kind) {
          @case ('strong') {
            <strong>{{ part.text }}</strong>
          }
          @case ('code') {
            <code>{{ part.text }}</code>
          }
          @case ('link') {
            @if (part.external) {
              <a [href]="part.href" rel="noopener" target="_blank">{{ part.text }}</a>
            } @else {
              <a [routerLink]="part.href">{{ part.text }}</a>
            }
          }
          @default {
            {{ part.text }}
          }
        }
      }
    </ng-template>
  `,
  styles: `
    .pa-guide {
      max-width: 860px;
      margin: 0 auto;
      line-height: 1.6;
    }
    .pa-guide img {
      display: block;
      max-width: 100%;
      height: auto;
      border: 1px solid var(--pa-line);
      border-radius: 8px;
    }
    .pa-guide figure {
      margin: 12px 0 20px;
    }
    .pa-guide figcaption {
      font-size: 13px;
      color: var(--pa-muted);
    }
  `,
})
export class HelpPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18nService);
  private readonly uiErrors = inject(UiErrors);

  protected readonly blocks = signal<Block[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<UiError | null>(null);

  constructor() {
    // The guide follows the interface language.
    effect(() => this.load(this.i18n.lang()));
  }

  load(lang = this.i18n.lang()): void {
    this.loading.set(true);
    this.error.set(null);
    this.http.get(`${GUIDE_BASE}guide-${lang}.md`, { responseType: 'text' }).subscribe({
      next: (text) => {
        this.blocks.set(parseMarkdown(text, `${GUIDE_BASE}img/`));
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.error.set(this.uiErrors.from(failure));
        this.loading.set(false);
      },
    });
  }
}
