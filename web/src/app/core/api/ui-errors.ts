import { Injectable, inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import { toUiError, type UiError } from './api-error';

/** `toUiError` bound to the current UI language. */
@Injectable({ providedIn: 'root' })
export class UiErrors {
  private readonly i18n = inject(I18nService);

  from(error: unknown): UiError {
    return toUiError(error, this.i18n.lang(), this.i18n.t('error.network'));
  }
}
