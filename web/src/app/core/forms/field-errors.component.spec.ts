import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { FieldError } from '@press-award/contracts';
import { FieldErrorsComponent } from './field-errors.component';
import { FormErrors } from './form-errors';

/** The markup the component replaced sits beside it, so the two can be compared. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldErrorsComponent],
  template: `
    <mat-form-field data-testid="old-field">
      <input matInput [formControl]="name" [errorStateMatcher]="formErrors.matcher('name')" />
      <mat-hint>Hint</mat-hint>
      @for (message of formErrors.errors('name'); track message) {
        <mat-error data-testid="field-error-name">{{ message }}</mat-error>
      }
    </mat-form-field>
    <mat-form-field data-testid="new-field">
      <input matInput [formControl]="name" [errorStateMatcher]="formErrors.matcher('name')" />
      <mat-hint>Hint</mat-hint>
      <pa-field-errors
        ngProjectAs="mat-error"
        [form]="formErrors"
        path="name"
        testId="new-error-name"
      />
    </mat-form-field>
    <div data-testid="old-group">
      @for (message of formErrors.errors('parts'); track message) {
        <div
          class="pa-field-error pa-extra"
          role="alert"
          [id]="'error-parts'"
          data-testid="field-error-parts"
        >
          {{ message }}
        </div>
      }
    </div>
    <div data-testid="new-group">
      <pa-field-errors
        [form]="formErrors"
        path="parts"
        errorId="error-parts"
        errorClass="pa-extra"
      />
    </div>
  `,
})
class FieldErrorsHost {
  readonly name = new FormControl('', { nonNullable: true });
  readonly client = signal<readonly FieldError[]>([]);
  readonly formErrors = new FormErrors(this.client, signal(['name', 'parts']));
}

function within(fixture: ComponentFixture<FieldErrorsHost>, testId: string): HTMLElement {
  const element = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(
    `[data-testid="${testId}"]`,
  );
  if (!element) throw new Error(`no ${testId}`);
  return element;
}

/** The rendered messages of a field, without the auto-generated ids and the test id. */
function messages(container: HTMLElement, selector: string): string[] {
  return [...container.querySelectorAll<HTMLElement>(selector)].map((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    if (copy.id.startsWith('mat-mdc-error-')) copy.removeAttribute('id');
    copy.removeAttribute('data-testid');
    return copy.outerHTML.replace(/ _ngcontent-[\w-]+=""/g, '');
  });
}

function describedBy(fixture: ComponentFixture<FieldErrorsHost>, field: string): string {
  const input = within(fixture, field).querySelector('input');
  const ids = (input?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? `missing ${id}`)
    .join(' | ');
}

describe(FieldErrorsComponent.name, () => {
  let fixture: ComponentFixture<FieldErrorsHost>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(FieldErrorsHost);
    document.body.appendChild(fixture.nativeElement as HTMLElement);
    await fixture.whenStable();
  });

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  async function showErrors(errors: FieldError[]): Promise<void> {
    fixture.componentInstance.client.set(errors);
    fixture.componentInstance.formErrors.attempt();
    await fixture.whenStable();
  }

  it('should render nothing and leave the hint in place while the field has no message', () => {
    expect(within(fixture, 'new-field').querySelector('[data-testid="new-error-name"]')).toBeNull();
    expect(within(fixture, 'new-field').querySelector('mat-hint')).not.toBeNull();
    expect(within(fixture, 'new-group').querySelector('.pa-field-error')).toBeNull();
    expect(describedBy(fixture, 'new-field')).toBe('Hint');
  });

  it('should render the messages of a form field as the mat-errors the @for block rendered', async () => {
    await showErrors([
      { field: 'name', code: 'REQUIRED', message: 'Required.' },
      { field: 'name', code: 'REQUIRED', message: 'Too short.' },
    ]);

    const expected = messages(within(fixture, 'old-field'), '[data-testid="field-error-name"]');
    expect(expected).toHaveLength(2);
    expect(messages(within(fixture, 'new-field'), '[data-testid="new-error-name"]')).toEqual(
      expected,
    );
    // In the error slot of the subscript, in place of the hint.
    const errors = within(fixture, 'new-field').querySelectorAll(
      '.mat-mdc-form-field-error-wrapper mat-error',
    );
    expect(errors).toHaveLength(2);
    expect(within(fixture, 'new-field').querySelector('mat-hint')).toBeNull();
  });

  it('should describe the control with the messages, as the mat-errors did', async () => {
    await showErrors([{ field: 'name', code: 'REQUIRED', message: 'Required.' }]);

    expect(describedBy(fixture, 'old-field')).toBe('Required.');
    expect(describedBy(fixture, 'new-field')).toBe('Required.');
  });

  it('should render messages outside a form field as alert divs with the given id and classes', async () => {
    await showErrors([{ field: 'parts', code: 'REQUIRED', message: 'At least one part.' }]);

    const expected = messages(within(fixture, 'old-group'), '.pa-field-error');
    expect(expected).toHaveLength(1);
    expect(messages(within(fixture, 'new-group'), '.pa-field-error')).toEqual(expected);
    expect(
      within(fixture, 'new-group').querySelector('[data-testid="field-error-parts"]'),
    ).not.toBeNull();
  });
});
