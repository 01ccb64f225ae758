import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import type { AwardRules, FieldError } from '@press-award/contracts';
import { provideDatepicker } from '../core/forms/datepicker.providers';
import { FormErrors, controlPaths } from '../core/forms/form-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { createEntryForm } from './entry-form.model';
import { EntryPartsSectionComponent } from './entry-parts-section.component';

const RULES = {
  maxSeriesParts: 3,
  publicationFrom: '2025-01-01',
  publicationTo: '2025-10-31',
} as AwardRules;

/** The page's part: it owns the form and its messages, the section edits the parts. */
@Component({
  selector: 'pa-parts-host',
  imports: [EntryPartsSectionComponent],
  providers: [provideDatepicker()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-entry-parts-section
      [parts]="form.controls.parts"
      [value]="value()"
      [formErrors]="formErrors"
      [rules]="rules"
      [editable]="true"
    />
  `,
})
class PartsHostComponent {
  readonly form = createEntryForm(inject(NonNullableFormBuilder));
  readonly rules = RULES;
  readonly value = signal(this.form.getRawValue().parts);
  readonly client = signal<readonly FieldError[]>([]);
  readonly formErrors = new FormErrors(
    this.client,
    computed(() => controlPaths(this.form)),
  );

  constructor() {
    this.form.valueChanges.subscribe(() => this.value.set(this.form.getRawValue().parts));
  }
}

function byTestId(fixture: ComponentFixture<unknown>, id: string): HTMLElement | null {
  return (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);
}

describe(EntryPartsSectionComponent.name, () => {
  async function render(): Promise<ComponentFixture<PartsHostComponent>> {
    TestBed.inject(I18nService).setLanguage('en');
    const fixture = TestBed.createComponent(PartsHostComponent);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => TestBed.resetTestingModule());

  it('should add, move and remove parts in the page’s form', async () => {
    const fixture = await render();
    const parts = fixture.componentInstance.form.controls.parts;
    expect((byTestId(fixture, 'part-remove-0') as HTMLButtonElement).disabled).toBe(true);

    byTestId(fixture, 'part-add')?.click();
    await fixture.whenStable();
    expect(parts.length).toBe(2);
    expect(byTestId(fixture, 'entry-parts-count')?.textContent).toContain('2');

    parts.at(0).controls.title.setValue('First');
    byTestId(fixture, 'part-down-0')?.click();
    await fixture.whenStable();
    expect(parts.getRawValue().map((part) => part.title)).toEqual(['', 'First']);
    expect((byTestId(fixture, 'part-title-1') as HTMLInputElement).value).toBe('First');

    byTestId(fixture, 'part-remove-0')?.click();
    await fixture.whenStable();
    expect(parts.getRawValue().map((part) => part.title)).toEqual(['First']);
  });

  it('should mark a field when the page’s messages name it, though nothing in the section changed', async () => {
    const fixture = await render();
    const host = fixture.componentInstance;
    host.client.set([{ field: 'parts.0.title', code: 'REQUIRED', message: 'Enter the title' }]);
    await fixture.whenStable();
    expect(byTestId(fixture, 'field-error-parts.0.title')).toBeNull();

    host.formErrors.attempt();
    await fixture.whenStable();
    expect(byTestId(fixture, 'field-error-parts.0.title')?.textContent).toContain(
      'Enter the title',
    );
    const field = byTestId(fixture, 'part-title-0')?.closest('mat-form-field');
    expect(field?.classList).toContain('mat-form-field-invalid');
  });
});
