import { Injectable, effect, inject, type Provider } from '@angular/core';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_NATIVE_DATE_FORMATS,
  NativeDateAdapter,
} from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import type { UiLanguage } from '@press-award/contracts';
import { I18nService } from '../i18n/i18n.service';

const CALENDAR_LOCALES: Readonly<Record<UiLanguage, string>> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * The calendar of the date pickers: month and day names in the UI language, weeks from Monday as
 * in Vietnam. Only the calendar uses it; what a date field shows and reads is dd/MM/yyyy in both
 * languages (`DateInputDirective`), never the adapter's locale format.
 */
@Injectable()
export class UiDateAdapter extends NativeDateAdapter {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => this.setLocale(CALENDAR_LOCALES[this.i18n.lang()]));
  }

  override getFirstDayOfWeek(): number {
    return 1;
  }
}

/** The date picker's own words (buttons, calendar navigation) in the UI language. */
@Injectable()
export class UiDatepickerIntl extends MatDatepickerIntl {
  private readonly i18n = inject(I18nService);

  constructor() {
    super();
    effect(() => {
      const t = this.i18n.t.bind(this.i18n);
      this.calendarLabel = t('datepicker.calendar');
      this.openCalendarLabel = t('datepicker.open');
      this.closeCalendarLabel = t('datepicker.close');
      this.prevMonthLabel = t('datepicker.prevMonth');
      this.nextMonthLabel = t('datepicker.nextMonth');
      this.prevYearLabel = t('datepicker.prevYear');
      this.nextYearLabel = t('datepicker.nextYear');
      this.prevMultiYearLabel = t('datepicker.prevYears');
      this.nextMultiYearLabel = t('datepicker.nextYears');
      this.switchToMonthViewLabel = t('datepicker.chooseDate');
      this.switchToMultiYearViewLabel = t('datepicker.chooseMonthYear');
      this.changes.next();
    });
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return this.i18n.t('datepicker.yearRange', { start, end });
  }
}

/**
 * What the date fields' pickers need. Provided by each component that has date fields (a dialog
 * too: it does not see its opener's providers), so the picker stays out of the initial bundle.
 */
export function provideDatepicker(): Provider[] {
  return [
    { provide: DateAdapter, useClass: UiDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: UiDatepickerIntl },
  ];
}
