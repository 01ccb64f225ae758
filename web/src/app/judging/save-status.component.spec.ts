import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { INITIAL_AUTOSAVE, type AutosaveState } from './autosave';
import { SaveStatusComponent } from './save-status.component';
import { SheetConflictComponent } from './sheet-conflict.component';

function byTestId(fixture: ComponentFixture<unknown>, id: string): HTMLElement | null {
  return (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);
}

/** The save status says the autosave's phase and offers a retry only when a save failed. */
describe(SaveStatusComponent.name, () => {
  async function render(
    state: Partial<AutosaveState>,
  ): Promise<ComponentFixture<SaveStatusComponent>> {
    TestBed.inject(I18nService).setLanguage('en');
    const fixture = TestBed.createComponent(SaveStatusComponent);
    fixture.componentRef.setInput('state', { ...INITIAL_AUTOSAVE, ...state });
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => TestBed.resetTestingModule());

  it('should show the phase without a retry while all is well', async () => {
    const fixture = await render({ phase: 'saving' });
    expect(byTestId(fixture, 'save-status')?.dataset['phase']).toBe('saving');
    expect(byTestId(fixture, 'save-retry')).toBeNull();
  });

  it('should offer a retry when offline, and ask for it on a click', async () => {
    const fixture = await render({ phase: 'offline' });
    const retried = jest.fn();
    fixture.componentInstance.retry.subscribe(retried);
    byTestId(fixture, 'save-retry')?.click();
    expect(retried).toHaveBeenCalledTimes(1);
  });
});

describe(SheetConflictComponent.name, () => {
  afterEach(() => TestBed.resetTestingModule());

  it('should ask to keep the judge’s scores or to load the latest, and wait while resolving', async () => {
    const fixture = TestBed.createComponent(SheetConflictComponent);
    fixture.componentRef.setInput('resolving', false);
    await fixture.whenStable();
    const choices: boolean[] = [];
    fixture.componentInstance.resolve.subscribe((keepMine) => choices.push(keepMine));
    byTestId(fixture, 'conflict-keep-mine')?.click();
    byTestId(fixture, 'conflict-load-latest')?.click();
    expect(choices).toEqual([true, false]);

    fixture.componentRef.setInput('resolving', true);
    await fixture.whenStable();
    expect((byTestId(fixture, 'conflict-keep-mine') as HTMLButtonElement).disabled).toBe(true);
  });
});
