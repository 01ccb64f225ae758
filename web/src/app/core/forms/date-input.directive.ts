import {
  Directive,
  ElementRef,
  Renderer2,
  computed,
  effect,
  forwardRef,
  inject,
  input,
  type OnDestroy,
} from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import type { ThemePalette } from '@angular/material/core';
import type { MatDatepicker } from '@angular/material/datepicker';
import { MAT_FORM_FIELD } from '@angular/material/form-field';
import { Subject, type Subscription } from 'rxjs';
import {
  formatDateInput,
  formatDateTimeInput,
  parseDateInput,
  parseDateTimeInput,
} from '../format/format';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const WALL_CLOCK_TIME = /T(\d{2}:\d{2})$/;
/** The time a picked day gets when the field has none yet: the usual closing hour of a deadline. */
export const DEFAULT_PICKED_TIME = '17:00';

/** The local-midnight Date of the day a value starts with (YYYY-MM-DD…), which the calendar shows. */
function toCalendarDay(value: string | null | undefined): Date | null {
  const match = value ? CALENDAR_DATE.exec(value) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

function fromCalendarDay(day: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * A date typed as text in the product's one order, dd/MM/yyyy, whatever the browser's locale (a
 * native date input follows the browser and shows mm/dd/yyyy to a Vietnamese page in an American
 * Chromium). The control holds the text the API takes (parse), the field shows it back (format);
 * text that cannot be read stays in the control as typed, so the form's checks name the problem.
 * Optionally a Material date picker (`[paDatePicker]`) offers a calendar; it registers this field
 * as its input, so the calendar opens on the typed day and a picked day fills the field.
 */
@Directive()
abstract class TextDateInput implements ControlValueAccessor, OnDestroy {
  private readonly element = inject<ElementRef<HTMLInputElement>>(ElementRef).nativeElement;
  private readonly elementRef = inject<ElementRef<HTMLInputElement>>(ElementRef);
  private readonly renderer = inject(Renderer2);
  private readonly formField = inject(MAT_FORM_FIELD, { optional: true });

  /** The calendar to offer (`<mat-datepicker #picker />`), opened by its toggle or Alt+ArrowDown. */
  readonly paDatePicker = input<MatDatepicker<Date> | null>(null);
  /** Bounds for the calendar (YYYY-MM-DD…); the form's checks enforce them. */
  readonly minDate = input<string | null | undefined>(null);
  readonly maxDate = input<string | null | undefined>(null);

  private readonly minDay = computed(() => toCalendarDay(this.minDate()));
  private readonly maxDay = computed(() => toCalendarDay(this.maxDate()));

  // What a Material datepicker asks of its input (`MatDatepickerControl`).
  readonly stateChanges = new Subject<void>();
  readonly dateFilter = null;
  disabled = false;
  get min(): Date | null {
    return this.minDay();
  }
  get max(): Date | null {
    return this.maxDay();
  }

  private value = '';
  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;
  private pickerSelection: Subscription | null = null;
  private pickerModel: { updateSelection(value: Date | null, source: unknown): void } | null = null;

  protected abstract parse(text: string): string;
  protected abstract format(value: string): string;
  /** The field's value once `day` is picked in the calendar, given its current value. */
  protected abstract picked(day: string, current: string): string;

  constructor() {
    effect((onCleanup) => {
      const picker = this.paDatePicker();
      if (!picker) return;
      const model = picker.registerInput(this);
      this.pickerModel = model;
      model.updateSelection(toCalendarDay(this.value), this);
      this.pickerSelection = model.selectionChanged.subscribe((event) => {
        if (event.source === this || !event.selection) return;
        this.value = this.picked(fromCalendarDay(event.selection), this.value);
        this.show();
        this.onChange(this.value);
        this.onTouched();
      });
      onCleanup(() => {
        this.pickerSelection?.unsubscribe();
        this.pickerModel = null;
      });
    });
    effect(() => {
      this.minDay();
      this.maxDay();
      this.stateChanges.next();
    });
  }

  writeValue(value: string | null | undefined): void {
    this.value = value ?? '';
    this.show();
    this.pickerModel?.updateSelection(toCalendarDay(this.value), this);
  }

  registerOnChange(onChange: (value: string) => void): void {
    this.onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled = disabled;
    this.renderer.setProperty(this.element, 'disabled', disabled);
    this.stateChanges.next();
  }

  getStartValue(): Date | null {
    return toCalendarDay(this.value);
  }

  getThemePalette(): ThemePalette {
    return undefined;
  }

  getConnectedOverlayOrigin(): ElementRef {
    return this.formField ? this.formField.getConnectedOverlayOrigin() : this.elementRef;
  }

  getOverlayLabelId(): string | null {
    return this.formField
      ? this.formField.getLabelId()
      : this.element.getAttribute('aria-labelledby');
  }

  ngOnDestroy(): void {
    this.pickerSelection?.unsubscribe();
    this.stateChanges.complete();
  }

  protected typed(): void {
    this.value = this.parse(this.element.value);
    this.onChange(this.value);
    this.pickerModel?.updateSelection(toCalendarDay(this.value), this);
  }

  /** Leaving the field writes a readable value in the one format (19052020 → 19/05/2020). */
  protected left(): void {
    this.show();
    this.onTouched();
  }

  protected openPicker(event: Event): void {
    const picker = this.paDatePicker();
    if (!picker || this.disabled || this.element.readOnly) return;
    event.preventDefault();
    picker.open();
  }

  private show(): void {
    this.renderer.setProperty(this.element, 'value', this.format(this.value));
  }
}

const HOST = {
  type: 'text',
  inputmode: 'numeric',
  autocomplete: 'off',
  '(input)': 'typed()',
  '(blur)': 'left()',
  '(keydown.alt.arrowdown)': 'openPicker($event)',
};

/**
 * `<input matInput paDate formControlName="publishedAt" [paDatePicker]="picker" />`: dd/MM/yyyy in
 * both languages; the control holds the calendar date YYYY-MM-DD (or the unreadable text).
 */
@Directive({
  selector: 'input[paDate]',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DateInputDirective), multi: true },
  ],
  host: HOST,
})
export class DateInputDirective extends TextDateInput {
  protected parse(text: string): string {
    return parseDateInput(text);
  }

  protected format(value: string): string {
    return formatDateInput(value);
  }

  protected picked(day: string): string {
    return day;
  }
}

/**
 * `<input matInput paDateTime formControlName="submissionDeadline" [paDatePicker]="picker" />`:
 * dd/MM/yyyy HH:mm in Vietnam time; the control holds the wall-clock value YYYY-MM-DDTHH:mm that
 * `vietnamLocalToIso` sends (or the unreadable text). A day picked in the calendar keeps the typed
 * time, or gets 17:00 when there is none yet.
 */
@Directive({
  selector: 'input[paDateTime]',
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => DateTimeInputDirective),
      multi: true,
    },
  ],
  host: HOST,
})
export class DateTimeInputDirective extends TextDateInput {
  protected parse(text: string): string {
    return parseDateTimeInput(text);
  }

  protected format(value: string): string {
    return formatDateTimeInput(value);
  }

  protected picked(day: string, current: string): string {
    const time = WALL_CLOCK_TIME.exec(current)?.[1] ?? DEFAULT_PICKED_TIME;
    return `${day}T${time}`;
  }
}
