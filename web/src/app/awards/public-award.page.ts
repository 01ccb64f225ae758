import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import {
  MEDIA_TYPES,
  type FileRule,
  type MediaType,
  type PublicAwardResponse,
} from '@press-award/contracts';
import { ApiClient } from '../core/api/api';
import { loadOnInput } from '../core/api/load-on-input';
import { AuthService } from '../core/auth/auth.service';
import {
  PaBytesPipe,
  PaDatePipe,
  PaDateTimePipe,
  PaMoneyPipe,
  PaNumberPipe,
} from '../core/format/format.pipes';
import { formatList, languageKey, levelKey, mediaKey } from '../core/i18n/labels';
import { EditionPipe, TranslatePipe } from '../core/i18n/t.pipe';
import { acceptsEntries } from '../entries/entry-form.model';
import { ErrorBannerComponent } from '../shared/error-banner.component';
import { EmptyComponent, LoadingComponent } from '../shared/states.component';
import { StatusChipComponent } from '../shared/status-chip.component';

interface FileRow {
  mediaType: MediaType;
  rule: FileRule;
  formats: string;
}

@Component({
  selector: 'pa-public-award-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    TranslatePipe,
    EditionPipe,
    PaDatePipe,
    PaDateTimePipe,
    PaMoneyPipe,
    PaNumberPipe,
    PaBytesPipe,
    ErrorBannerComponent,
    LoadingComponent,
    EmptyComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-award.page.html',
  styles: `
    .pa-award-head {
      margin-bottom: 24px;
      .pa-award-head__meta {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 16px;
        align-items: center;
        margin-bottom: 8px;
      }
      .pa-award-head__edition {
        color: var(--pa-red-dark);
        font-size: 18px;
        font-weight: 500;
        margin: 0 0 8px;
      }
      .pa-award-head__description {
        white-space: pre-line;
        max-width: 820px;
      }
    }
    .pa-languages {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      list-style: none;
      padding: 0;
      margin: 0;
      li {
        background: #f5eeee;
        border-radius: 10px;
        padding: 2px 10px;
        font-weight: 400;
      }
    }
  `,
})
export class PublicAwardPage {
  private readonly api = inject(ApiClient);
  protected readonly auth = inject(AuthService);

  /** Bound from the route (`/awards/:awardId`). */
  readonly awardId = input.required<string>();

  protected readonly award = signal<PublicAwardResponse | null>(null);
  private readonly page = loadOnInput({
    params: () => this.awardId(),
    request: (awardId: string) => this.api.publicAward(awardId),
    loaded: (award) => this.award.set(award),
  });
  protected readonly loading = this.page.loading;
  protected readonly error = this.page.error;

  protected readonly levelKey = levelKey;
  protected readonly mediaKey = mediaKey;
  protected readonly languageKey = languageKey;

  protected readonly fileRows = computed<FileRow[]>(() => {
    const files = this.award()?.rules.files ?? {};
    return MEDIA_TYPES.flatMap((mediaType) => {
      const rule = files[mediaType];
      return rule ? [{ mediaType, rule, formats: formatList(rule.types) }] : [];
    });
  });

  /** "Nộp tác phẩm" shows while the award is open and before its deadline (sign-in comes after the click). */
  protected readonly acceptsEntries = computed(() => {
    const award = this.award();
    return !!award && acceptsEntries(award.status, award.rules);
  });

  protected readonly canManage = computed(() => {
    this.auth.user();
    return this.auth.canManage(this.awardId());
  });

  protected load(): void {
    this.page.reload();
  }
}
