import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { RowActionsComponent } from './row-actions.component';

function button(fixture: ComponentFixture<unknown>, id: string): HTMLButtonElement | null {
  return (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
    `[data-testid="${id}"]`,
  );
}

/** The ↑ ↓ delete buttons of a list row: their ids, names, disabled states and what they ask for. */
describe(RowActionsComponent.name, () => {
  async function render(
    inputs: Partial<Record<'first' | 'last' | 'disabled' | 'removeDisabled', boolean>> = {},
  ): Promise<ComponentFixture<RowActionsComponent>> {
    TestBed.inject(I18nService).setLanguage('en');
    const fixture = TestBed.createComponent(RowActionsComponent);
    fixture.componentRef.setInput('index', 2);
    fixture.componentRef.setInput('testIdPrefix', 'part');
    fixture.componentRef.setInput('labels', {
      up: 'Move up',
      down: 'Move down',
      remove: 'Remove part 3',
    });
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => TestBed.resetTestingModule());

  it('should name each button for screen readers and mark it with the prefix and index', async () => {
    const fixture = await render();
    expect(button(fixture, 'part-up-2')?.getAttribute('aria-label')).toBe('Move up');
    expect(button(fixture, 'part-up-2')?.textContent?.trim()).toBe('↑');
    expect(button(fixture, 'part-down-2')?.getAttribute('aria-label')).toBe('Move down');
    expect(button(fixture, 'part-down-2')?.textContent?.trim()).toBe('↓');
    const remove = button(fixture, 'part-remove-2');
    expect(remove?.getAttribute('aria-label')).toBe('Remove part 3');
    expect(remove?.textContent?.trim()).toBe('Delete');
    expect(remove?.classList).toContain('pa-danger');
    expect(remove?.parentElement?.classList).toContain('pa-actions');
  });

  it('should ask to move up, down and to be removed', async () => {
    const fixture = await render();
    const moves: number[] = [];
    const removed = jest.fn();
    fixture.componentInstance.moved.subscribe((delta) => moves.push(delta));
    fixture.componentInstance.removed.subscribe(removed);
    button(fixture, 'part-up-2')?.click();
    button(fixture, 'part-down-2')?.click();
    button(fixture, 'part-remove-2')?.click();
    expect(moves).toEqual([-1, 1]);
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('should not move the first row up nor the last one down', async () => {
    const fixture = await render({ first: true, last: true });
    expect(button(fixture, 'part-up-2')?.disabled).toBe(true);
    expect(button(fixture, 'part-down-2')?.disabled).toBe(true);
    expect(button(fixture, 'part-remove-2')?.disabled).toBe(false);
  });

  it('should keep the last row of a list that needs one, and disable all when told', async () => {
    const fixture = await render({ removeDisabled: true });
    expect(button(fixture, 'part-remove-2')?.disabled).toBe(true);
    expect(button(fixture, 'part-up-2')?.disabled).toBe(false);

    fixture.componentRef.setInput('disabled', true);
    await fixture.whenStable();
    for (const id of ['part-up-2', 'part-down-2', 'part-remove-2']) {
      expect(button(fixture, id)?.disabled).toBe(true);
    }
  });
});
