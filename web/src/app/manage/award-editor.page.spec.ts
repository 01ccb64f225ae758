import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AwardEditorPage } from './award-editor.page';

function byTestId<T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
): T {
  const element = (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no ${id}`);
  return element;
}

function type(fixture: ComponentFixture<unknown>, id: string, value: string): void {
  const input = byTestId<HTMLInputElement>(fixture, id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** Whether Material shows the field holding this control in its error state. */
function invalid(fixture: ComponentFixture<unknown>, id: string): boolean {
  return (
    byTestId(fixture, id).closest('mat-form-field')?.classList.contains('mat-form-field-invalid') ??
    false
  );
}

describe(AwardEditorPage.name, () => {
  let fixture: ComponentFixture<AwardEditorPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AwardEditorPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AwardEditorPage);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('should mark the fields of every section after a submit attempt, and send nothing', async () => {
    byTestId(fixture, 'tier-add').click();
    byTestId(fixture, 'topic-add').click();
    type(fixture, 'rules-max-entries', '');
    await fixture.whenStable();
    expect(invalid(fixture, 'tier-code-0')).toBe(false);

    byTestId(fixture, 'award-form').dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    for (const id of ['award-name', 'rules-max-entries', 'tier-code-0', 'topic-code-0'])
      expect([id, invalid(fixture, id)]).toEqual([id, true]);
    expect(byTestId(fixture, 'field-error-prizeTiers.0.code').tagName).toBe('MAT-ERROR');
    expect(byTestId(fixture, 'field-error-topicPrizes.0.label').tagName).toBe('MAT-ERROR');
    expect(byTestId(fixture, 'field-error-rules.maxEntriesPerAuthor').tagName).toBe('MAT-ERROR');
    http.expectNone('/api/v1/awards');
  });

  it('should fill the 2020 prize tiers and remove a row', async () => {
    byTestId(fixture, 'tier-template').click();
    await fixture.whenStable();
    expect(byTestId<HTMLInputElement>(fixture, 'tier-code-0').value).toBe('DB');
    byTestId(fixture, 'tier-remove-0').click();
    await fixture.whenStable();
    expect(byTestId<HTMLInputElement>(fixture, 'tier-code-0').value).toBe('A');
  });

  it('should give a newly chosen age condition its usual age', async () => {
    byTestId(fixture, 'topic-add').click();
    await fixture.whenStable();
    const select = byTestId<HTMLSelectElement>(fixture, 'topic-condition-0');
    select.value = 'authorAgeAtLeast';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(byTestId<HTMLInputElement>(fixture, 'topic-condition-years-0').value).toBe('70');
  });
});
