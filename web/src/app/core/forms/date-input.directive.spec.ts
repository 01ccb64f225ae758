import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDatepicker, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/t.pipe';
import { DateInputDirective, DateTimeInputDirective } from './date-input.directive';
import { provideDatepicker } from './datepicker.providers';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatDatepicker,
    MatDatepickerToggle,
    DateInputDirective,
    DateTimeInputDirective,
    TranslatePipe,
  ],
  template: `
    <mat-form-field>
      <mat-label>Ngày đăng</mat-label>
      <input
        matInput
        paDate
        [paDatePicker]="datePicker"
        [formControl]="date"
        [minDate]="min()"
        data-testid="date"
      />
      <mat-datepicker-toggle matIconSuffix [for]="datePicker" data-testid="date-toggle" />
      <mat-datepicker #datePicker />
      <mat-hint data-testid="date-hint">{{ 'date.hint' | t }}</mat-hint>
    </mat-form-field>
    <mat-form-field>
      <mat-label>Hạn nộp</mat-label>
      <input
        matInput
        paDateTime
        [paDatePicker]="momentPicker"
        [formControl]="moment"
        data-testid="moment"
      />
      <mat-datepicker-toggle matIconSuffix [for]="momentPicker" />
      <mat-datepicker #momentPicker />
    </mat-form-field>
  `,
})
class DateFieldsHost {
  readonly date = new FormControl('2020-05-19', { nonNullable: true });
  readonly moment = new FormControl('2020-11-10T17:00', { nonNullable: true });
  readonly min = signal<string | null>(null);
}

function field(fixture: ComponentFixture<DateFieldsHost>, id: string): HTMLInputElement {
  const element = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
    `[data-testid="${id}"]`,
  );
  if (!element) throw new Error(`no ${id}`);
  return element;
}

async function type(
  fixture: ComponentFixture<DateFieldsHost>,
  id: string,
  text: string,
): Promise<void> {
  const input = field(fixture, id);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
  await fixture.whenStable();
}

describe(DateInputDirective.name, () => {
  let fixture: ComponentFixture<DateFieldsHost>;

  async function render(language: 'vi' | 'en'): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [DateFieldsHost],
      providers: [
        provideDatepicker(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(I18nService).setLanguage(language);
    fixture = TestBed.createComponent(DateFieldsHost);
    await fixture.whenStable();
  }

  afterEach(() => TestBed.resetTestingModule());

  it('should show the ISO date the API gave as dd/MM/yyyy, a text field with a format hint it is described by', async () => {
    await render('vi');
    const input = field(fixture, 'date');
    expect(input.type).toBe('text');
    expect(input.inputMode).toBe('numeric');
    expect(input.value).toBe('19/05/2020');
    const hint = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="date-hint"]');
    expect(hint?.textContent).toContain('dd/mm/yyyy');
    expect(input.getAttribute('aria-describedby')).toContain(hint?.id ?? 'no hint id');
  });

  it('should keep day before month in English too', async () => {
    await render('en');
    expect(field(fixture, 'date').value).toBe('19/05/2020');
    expect(field(fixture, 'moment').value).toBe('10/11/2020 17:00');
  });

  it('should read dd/MM/yyyy into the calendar date and rewrite what it read on leaving', async () => {
    await render('vi');
    await type(fixture, 'date', '1/6/2021');
    expect(fixture.componentInstance.date.value).toBe('2021-06-01');
    expect(field(fixture, 'date').value).toBe('01/06/2021');
    await type(fixture, 'date', '');
    expect(fixture.componentInstance.date.value).toBe('');
  });

  it('should keep text that is not a date in the control, so the form refuses it', async () => {
    await render('vi');
    await type(fixture, 'date', '31/02/2021');
    expect(fixture.componentInstance.date.value).toBe('31/02/2021');
    expect(field(fixture, 'date').value).toBe('31/02/2021');
  });

  it('should read dd/MM/yyyy HH:mm into a Vietnam wall-clock value', async () => {
    await render('vi');
    await type(fixture, 'moment', '20/11/2020 8:30');
    expect(fixture.componentInstance.moment.value).toBe('2020-11-20T08:30');
    expect(field(fixture, 'moment').value).toBe('20/11/2020 08:30');
  });

  it('should show a value set by the form', async () => {
    await render('vi');
    fixture.componentInstance.date.setValue('2024-02-29');
    await fixture.whenStable();
    expect(field(fixture, 'date').value).toBe('29/02/2024');
  });

  it('should open a calendar on the typed day, labelled in the UI language, and fill the field with a picked day', async () => {
    await render('vi');
    const toggle = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      '[data-testid="date-toggle"] button',
    );
    expect(toggle?.getAttribute('aria-label')).toBe('Mở lịch');
    toggle?.click();
    await fixture.whenStable();
    const active = document.querySelector<HTMLElement>('.mat-calendar-body-active');
    expect(active?.textContent?.trim()).toBe('19');
    const day = [...document.querySelectorAll<HTMLElement>('.mat-calendar-body-cell')].find(
      (cell) => cell.textContent?.trim() === '21',
    );
    day?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.date.value).toBe('2020-05-21');
    expect(field(fixture, 'date').value).toBe('21/05/2020');
  });

  it('should keep the typed time when a day is picked for a deadline', async () => {
    await render('en');
    const toggles = (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>(
      'mat-datepicker-toggle button',
    );
    toggles[1]?.click();
    await fixture.whenStable();
    const day = [...document.querySelectorAll<HTMLElement>('.mat-calendar-body-cell')].find(
      (cell) => cell.textContent?.trim() === '12',
    );
    day?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.moment.value).toBe('2020-11-12T17:00');
    expect(field(fixture, 'moment').value).toBe('12/11/2020 17:00');
  });
});
