import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatNumber,
} from './format';

@Pipe({ name: 'paDate' })
export class PaDatePipe implements PipeTransform {
  transform(value: string | Date | null | undefined): string {
    return formatDate(value);
  }
}

@Pipe({ name: 'paDateTime' })
export class PaDateTimePipe implements PipeTransform {
  transform(value: string | Date | null | undefined): string {
    return formatDateTime(value);
  }
}

/** Impure: the result depends on the language signal, like `t`. */
@Pipe({ name: 'paMoney', pure: false })
export class PaMoneyPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined): string {
    return formatMoney(value, this.i18n.lang());
  }
}

/** Impure: the result depends on the language signal, like `t`. */
@Pipe({ name: 'paNumber', pure: false })
export class PaNumberPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined): string {
    return formatNumber(value, this.i18n.lang());
  }
}

/** Impure: the result depends on the language signal, like `t`. */
@Pipe({ name: 'paBytes', pure: false })
export class PaBytesPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined): string {
    return formatBytes(value, this.i18n.lang());
  }
}

@Pipe({ name: 'paDuration' })
export class PaDurationPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return formatDuration(value);
  }
}
