import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { OutboxMessageResponse } from '@press-award/contracts';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { PaDateTimePipe } from '../core/format/format.pipes';
import { mailStatusKey } from '../core/i18n/labels';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';

const PAGE_SIZE = 20;

@Component({
  selector: 'pa-outbox-page',
  imports: [
    MatButtonModule,
    TranslatePipe,
    PaDateTimePipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="pa-page-head">
      <div>
        <h1>{{ 'outbox.title' | t }}</h1>
        <p class="pa-muted">{{ 'outbox.subtitle' | t }}</p>
      </div>
    </header>
    <pa-error-banner [error]="error()" [retryable]="true" (retry)="load(page())" />

    @if (loading() && messages().length === 0) {
      <pa-loading />
    } @else if (!error()) {
      @if (messages().length === 0) {
        <pa-empty testId="outbox-empty">{{ 'outbox.empty' | t }}</pa-empty>
      } @else {
        <div class="pa-outbox">
          <div class="pa-card pa-outbox__list">
            <!-- A list of buttons, the open one marked current: every row is a plain control. -->
            <ul [attr.aria-label]="'outbox.title' | t">
              @for (message of messages(); track message.id) {
                <li>
                  <button
                    type="button"
                    class="pa-outbox__item"
                    [class.pa-outbox__item--selected]="message.id === selectedId()"
                    [attr.aria-current]="message.id === selectedId() ? 'true' : null"
                    (click)="selectedId.set(message.id)"
                    data-testid="outbox-item"
                  >
                    <span class="pa-outbox__subject">{{ message.subject }}</span>
                    <span class="pa-muted">{{ message.to }}</span>
                    <span class="pa-outbox__meta">
                      <span class="pa-muted">{{ message.createdAt | paDateTime }}</span>
                      <span class="pa-mail-status" [attr.data-status]="message.status">{{
                        mailStatusKey(message.status) | t
                      }}</span>
                    </span>
                  </button>
                </li>
              }
            </ul>
            @if (pages() > 1) {
              <div class="pa-actions pa-outbox__pager">
                <button
                  mat-button
                  type="button"
                  [disabled]="page() <= 1 || loading()"
                  (click)="load(page() - 1)"
                  data-testid="outbox-prev"
                >
                  ← {{ 'outbox.previous' | t }}
                </button>
                <span>{{ 'outbox.page' | t: { page: page(), pages: pages() } }}</span>
                <button
                  mat-button
                  type="button"
                  [disabled]="page() >= pages() || loading()"
                  (click)="load(page() + 1)"
                  data-testid="outbox-next"
                >
                  {{ 'outbox.next' | t }} →
                </button>
              </div>
            }
          </div>

          <div class="pa-card pa-outbox__reader" aria-live="polite">
            @if (selected(); as message) {
              <article data-testid="outbox-message">
                <h2>{{ message.subject }}</h2>
                <dl class="pa-facts">
                  <dt>{{ 'outbox.to' | t }}</dt>
                  <dd>{{ message.to }}</dd>
                  <dt>{{ 'outbox.createdAt' | t }}</dt>
                  <dd>{{ message.createdAt | paDateTime }}</dd>
                  <dt>{{ 'outbox.mailStatus' | t }}</dt>
                  <dd>{{ mailStatusKey(message.status) | t }}</dd>
                  @if (message.sentAt) {
                    <dt>{{ 'outbox.sentAt' | t }}</dt>
                    <dd>{{ message.sentAt | paDateTime }}</dd>
                  }
                  @if (message.error) {
                    <dt>{{ 'outbox.error' | t }}</dt>
                    <dd class="pa-warning">{{ message.error }}</dd>
                  }
                </dl>
                <pre class="pa-outbox__text" data-testid="outbox-message-text">{{
                  message.text
                }}</pre>
              </article>
            } @else {
              <p class="pa-muted">{{ 'outbox.select' | t }}</p>
            }
          </div>
        </div>
      }
    }
  `,
  styles: `
    .pa-outbox {
      display: grid;
      grid-template-columns: minmax(260px, 2fr) 3fr;
      gap: 16px;
      align-items: start;
    }
    .pa-outbox__list {
      padding: 8px;
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
    }
    .pa-outbox__item {
      display: flex;
      flex-direction: column;
      gap: 2px;
      width: 100%;
      text-align: left;
      background: none;
      border: 0;
      border-radius: 8px;
      padding: 10px 12px;
      font: inherit;
      color: inherit;
      cursor: pointer;
      &:hover {
        background: #f7efef;
      }
      &--selected {
        background: #fde8e8;
      }
    }
    .pa-outbox__subject {
      font-weight: 600;
    }
    .pa-outbox__meta {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      font-size: 13px;
    }
    .pa-mail-status {
      font-size: 12px;
      font-weight: 600;
    }
    .pa-outbox__text {
      white-space: pre-wrap;
      word-break: break-word;
      font-family: inherit;
      background: #faf7f7;
      border-radius: 8px;
      padding: 12px;
      margin-top: 16px;
    }
    .pa-outbox__pager {
      justify-content: space-between;
      padding: 8px 4px 0;
    }
    @media (max-width: 800px) {
      .pa-outbox {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class OutboxPage {
  private readonly api = inject(ApiClient);

  protected readonly messages = signal<OutboxMessageResponse[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  /** The page asked for; the one shown (`page`) is the server's answer. */
  private readonly requestedPage = signal(1);
  private readonly outbox = loadOnInput({
    params: () => this.requestedPage(),
    request: (page: number) => this.api.outbox(page, PAGE_SIZE),
    loaded: (result) => {
      this.messages.set(result.items);
      this.total.set(result.total);
      this.page.set(result.page);
    },
  });
  protected readonly loading = this.outbox.loading;
  protected readonly error = this.outbox.error;
  protected readonly selectedId = signal<string | null>(null);
  protected readonly mailStatusKey = mailStatusKey;

  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));
  protected readonly selected = computed(
    () => this.messages().find((message) => message.id === this.selectedId()) ?? null,
  );

  protected load(page: number): void {
    if (page === this.requestedPage()) this.outbox.reload();
    else this.requestedPage.set(page);
  }
}
