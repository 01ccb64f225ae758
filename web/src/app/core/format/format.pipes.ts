import { Pipe, type PipeTransform } from '@angular/core';
import { formatBytes, formatDate, formatDateTime, formatDuration, formatMoney, formatNumber } from './format';

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

@Pipe({ name: 'paMoney' })
export class PaMoneyPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return formatMoney(value);
  }
}

@Pipe({ name: 'paNumber' })
export class PaNumberPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return formatNumber(value);
  }
}

@Pipe({ name: 'paBytes' })
export class PaBytesPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return formatBytes(value);
  }
}

@Pipe({ name: 'paDuration' })
export class PaDurationPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return formatDuration(value);
  }
}
