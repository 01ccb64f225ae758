import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { I18nService } from '../core/i18n/i18n.service';
import { BulkDecisionDialogComponent } from './bulk-decision-dialog.component';

function byTestId<T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
): T {
  const element = (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no ${id}`);
  return element;
}

async function fill(fixture: ComponentFixture<unknown>, id: string, value: string): Promise<void> {
  const input = byTestId<HTMLInputElement | HTMLTextAreaElement>(fixture, id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
  await fixture.whenStable();
}

/**
 * The revision deadline is typed and shown as dd/MM/yyyy HH:mm in Vietnam time in either language,
 * whatever the browser's locale (a native datetime-local input showed mm/dd/yyyy to a Vietnamese page).
 */
describe(BulkDecisionDialogComponent.name, () => {
  let fixture: ComponentFixture<BulkDecisionDialogComponent>;
  let close: jest.Mock;

  async function open(language: 'vi' | 'en'): Promise<void> {
    localStorage.clear();
    close = jest.fn();
    jest.useFakeTimers({
      now: new Date('2020-11-15T03:00:00Z'),
      doNotFake: ['setTimeout', 'setInterval', 'queueMicrotask', 'requestAnimationFrame'],
    });
    TestBed.configureTestingModule({
      imports: [BulkDecisionDialogComponent],
      providers: [
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MAT_DIALOG_DATA, useValue: { decision: 'needs_revision', count: 2 } },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    TestBed.inject(I18nService).setLanguage(language);
    fixture = TestBed.createComponent(BulkDecisionDialogComponent);
    await fixture.whenStable();
  }

  afterEach(() => {
    jest.useRealTimers();
    TestBed.resetTestingModule();
  });

  it('should propose the default deadline as dd/MM/yyyy HH:mm in Vietnam time', async () => {
    await open('vi');
    // 10:00 in Vietnam on 15/11/2020, plus seven days.
    expect(byTestId<HTMLInputElement>(fixture, 'bulk-deadline').value).toBe('22/11/2020 10:00');
    expect(byTestId<HTMLInputElement>(fixture, 'bulk-deadline').type).toBe('text');
  });

  it('should send a deadline typed day first, in English too, with the +07:00 offset', async () => {
    await open('en');
    await fill(fixture, 'bulk-reason', 'Missing translation');
    await fill(fixture, 'bulk-deadline', '05/12/2020 17:00');
    await fill(fixture, 'bulk-count', '2');
    (fixture.nativeElement as HTMLElement)
      .querySelector('form')
      ?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith({
      decision: 'needs_revision',
      reason: 'Missing translation',
      revisionDeadline: '2020-12-05T17:00:00+07:00',
      confirmCount: 2,
    });
  });

  it('should refuse a deadline that is not a date and time, saying how to write it', async () => {
    await open('vi');
    await fill(fixture, 'bulk-reason', 'Thiếu bản dịch');
    await fill(fixture, 'bulk-deadline', '05/12/2020');
    await fill(fixture, 'bulk-count', '2');
    (fixture.nativeElement as HTMLElement)
      .querySelector('form')
      ?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(close).not.toHaveBeenCalled();
    expect(byTestId(fixture, 'field-error-revisionDeadline').textContent).toContain(
      'dd/mm/yyyy hh:mm',
    );
  });
});
