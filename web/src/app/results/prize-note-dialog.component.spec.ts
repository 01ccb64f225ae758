import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PrizeNoteDialogComponent, type PrizeNoteDialogData } from './prize-note-dialog.component';

function byTestId<T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
): T | null {
  return (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
}

describe(PrizeNoteDialogComponent.name, () => {
  let fixture: ComponentFixture<PrizeNoteDialogComponent>;
  let close: jest.Mock;

  async function open(data: PrizeNoteDialogData): Promise<void> {
    localStorage.clear();
    close = jest.fn();
    TestBed.configureTestingModule({
      imports: [PrizeNoteDialogComponent],
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    fixture = TestBed.createComponent(PrizeNoteDialogComponent);
    await fixture.whenStable();
  }

  it('should show the tier with the "after/target" count', async () => {
    await open({ entryCode: 'IN-0042', tierLabel: 'Giải C', after: 16, target: 15 });
    expect(byTestId(fixture, 'note-count')?.textContent?.trim()).toBe('Giải C: 16/15');
    expect(byTestId(fixture, 'note-title')?.textContent).toContain(
      'Vượt số lượng dự kiến của Giải C',
    );
  });

  it('should refuse an empty note and close with the trimmed note through the form submit', async () => {
    await open({ entryCode: 'IN-0042', tierLabel: 'Giải C', after: 16, target: 15 });
    byTestId(fixture, 'note-confirm')?.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'field-error-note')?.textContent).toContain('Trường này là bắt buộc.');
    expect(close).not.toHaveBeenCalled();

    const input = byTestId<HTMLTextAreaElement>(fixture, 'note-input');
    if (!input) throw new Error('no note input');
    input.value = '  Hội đồng thống nhất nâng giải.  ';
    input.dispatchEvent(new Event('input'));
    byTestId(fixture, 'note-confirm')?.click();
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith('Hội đồng thống nhất nâng giải.');
  });

  it('should start from the reason given before', async () => {
    await open({
      entryCode: 'IN-0042',
      tierLabel: 'Giải C',
      after: 16,
      target: 15,
      note: 'Lý do cũ',
    });
    expect(byTestId<HTMLTextAreaElement>(fixture, 'note-input')?.value).toBe('Lý do cũ');
    byTestId(fixture, 'note-confirm')?.click();
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith('Lý do cũ');
  });
});
