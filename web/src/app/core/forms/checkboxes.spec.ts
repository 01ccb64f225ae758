import { FormControl } from '@angular/forms';
import { isChecked, toggleId, toggleInList } from './checkboxes';

describe('checkbox helpers', () => {
  it('reads a change event', () => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    expect(isChecked({ target: box } as unknown as Event)).toBe(true);
    box.checked = false;
    expect(isChecked({ target: box } as unknown as Event)).toBe(false);
    expect(isChecked({ target: null } as unknown as Event)).toBe(false);
  });

  it('toggles an id in a new set, leaving the old one as it was', () => {
    const before: ReadonlySet<string> = new Set(['a']);
    const added = toggleId(before, 'b', true);
    expect([...added]).toEqual(['a', 'b']);
    expect([...toggleId(added, 'a', false)]).toEqual(['b']);
    expect([...before]).toEqual(['a']);
  });

  it('ticks an item into a control list once, and out again, marking it dirty', () => {
    const control = new FormControl<string[]>(['vi'], { nonNullable: true });
    toggleInList(control, 'en', true);
    toggleInList(control, 'en', true);
    expect(control.value).toEqual(['vi', 'en']);
    toggleInList(control, 'vi', false);
    expect(control.value).toEqual(['en']);
    expect(control.dirty).toBe(true);
  });
});
