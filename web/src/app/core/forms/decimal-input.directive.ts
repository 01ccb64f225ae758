import {
  Directive,
  ElementRef,
  Renderer2,
  effect,
  forwardRef,
  inject,
  input,
  untracked,
} from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import { formatDecimalInput, parseDecimal } from '../format/format';
import { I18nService } from '../i18n/i18n.service';

/** Steps are counted in integers at four decimals, the precision of scores (0.1 + 0.2 is 0.3). */
const SCALE = 10_000;

function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * What ArrowUp/ArrowDown do in a number input: the next value on the grid min + k × step in that
 * direction (a value between two steps goes to the nearer one that way), kept within min and max;
 * an empty field starts at min (or 0).
 */
export function stepDecimal(
  value: number | null,
  direction: 1 | -1,
  limits: { step?: number | null; min?: number | null; max?: number | null },
): number {
  const step = limits.step && limits.step > 0 ? Math.round(limits.step * SCALE) : SCALE;
  const base = limits.min === null || limits.min === undefined ? 0 : Math.round(limits.min * SCALE);
  let next = base;
  if (value !== null && Number.isFinite(value)) {
    const offset = Math.round(value * SCALE) - base;
    next =
      base + (direction > 0 ? Math.floor(offset / step) + 1 : Math.ceil(offset / step) - 1) * step;
  }
  if (limits.max !== null && limits.max !== undefined && next > Math.round(limits.max * SCALE)) {
    next = base + Math.floor((Math.round(limits.max * SCALE) - base) / step) * step;
  }
  if (limits.min !== null && limits.min !== undefined && next < base) next = base;
  return next / SCALE;
}

/**
 * A decimal input written the UI language's way (`<input paDecimal formControlName="score">`):
 * 3,75 in Vietnamese, 3.75 in English, whatever the browser's locale, which a native
 * `type="number"` would follow instead. The control holds a number: null when empty, NaN when the
 * text is not a number (the form's checks refuse it, as they do every other wrong value).
 * Vietnamese accepts a point as well as a comma; English only a point (see `parseDecimal`).
 * ArrowUp/ArrowDown step within min/max as a number input does; the text is rewritten in the
 * language's form when the field is left and when the language changes.
 */
@Directive({
  selector: 'input[paDecimal]',
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => DecimalInputDirective),
      multi: true,
    },
  ],
  host: {
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    '(input)': 'typed()',
    '(blur)': 'left()',
    '(keydown.arrowup)': 'stepBy($event, 1)',
    '(keydown.arrowdown)': 'stepBy($event, -1)',
  },
})
export class DecimalInputDirective implements ControlValueAccessor {
  private readonly element = inject<ElementRef<HTMLInputElement>>(ElementRef).nativeElement;
  private readonly renderer = inject(Renderer2);
  private readonly i18n = inject(I18nService);

  /** The same limits a number input takes; they drive the arrow keys (the form checks values). */
  readonly min = input<number | string | null>(null);
  readonly max = input<number | string | null>(null);
  readonly step = input<number | string | null>(null);

  private value: number | null = null;
  private onChange: (value: number | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  constructor() {
    effect(() => {
      this.i18n.lang();
      untracked(() => this.showValue());
    });
  }

  writeValue(value: number | null | undefined): void {
    this.value = value ?? null;
    this.showValue();
  }

  registerOnChange(onChange: (value: number | null) => void): void {
    this.onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }

  setDisabledState(disabled: boolean): void {
    this.renderer.setProperty(this.element, 'disabled', disabled);
  }

  protected typed(): void {
    this.value = parseDecimal(this.element.value, this.i18n.lang());
    this.onChange(this.value);
  }

  protected left(): void {
    this.showValue();
    this.onTouched();
  }

  protected stepBy(event: Event, direction: 1 | -1): void {
    if (this.element.readOnly || this.element.disabled) return;
    event.preventDefault();
    const limits = {
      step: toNumber(this.step()),
      min: toNumber(this.min()),
      max: toNumber(this.max()),
    };
    this.value = stepDecimal(this.value, direction, limits);
    this.showValue();
    this.onChange(this.value);
  }

  /** Rewrites a number in the language's form; text that is not a number stays as typed. */
  private showValue(): void {
    if (this.value !== null && Number.isNaN(this.value)) return;
    this.renderer.setProperty(
      this.element,
      'value',
      formatDecimalInput(this.value, this.i18n.lang()),
    );
  }
}
