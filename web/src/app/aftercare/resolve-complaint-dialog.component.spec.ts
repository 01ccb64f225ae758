import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { ComplaintResponse } from '@press-award/contracts';
import {
  ResolveComplaintDialogComponent,
  type ResolveComplaintData,
} from './resolve-complaint-dialog.component';

const COMPLAINT: ComplaintResponse = {
  id: 'c1',
  awardId: 'a1',
  entryId: 'e1',
  entryTitle: 'Đảng bộ xã vùng cao',
  entryCode: 'IN-0001',
  tierCode: 'A',
  complainant: 'Báo Thanh Niên',
  reason: 'Tác phẩm đã đoạt Giải Báo chí quốc gia.',
  status: 'open',
  resolutionNote: null,
  filedAt: '2021-01-20T03:00:00Z',
  resolvedAt: null,
};
const URL = '/api/v1/awards/a1/complaints/c1/resolve';

function byTestId<T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
): T | null {
  return (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
}

describe(ResolveComplaintDialogComponent.name, () => {
  let http: HttpTestingController;
  let close: jest.Mock;

  async function open(
    lost: ResolveComplaintData['lost'] = null,
  ): Promise<ComponentFixture<ResolveComplaintDialogComponent>> {
    localStorage.clear();
    close = jest.fn();
    TestBed.configureTestingModule({
      imports: [ResolveComplaintDialogComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: MAT_DIALOG_DATA,
          useValue: { awardId: 'a1', complaint: COMPLAINT, lost } satisfies ResolveComplaintData,
        },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ResolveComplaintDialogComponent);
    await fixture.whenStable();
    return fixture;
  }

  function choose(fixture: ComponentFixture<unknown>, outcome: string): void {
    byTestId(fixture, `resolve-outcome-${outcome}`)
      ?.querySelector<HTMLInputElement>('input')
      ?.click();
  }

  function writeNote(fixture: ComponentFixture<unknown>, note: string): void {
    const textarea = byTestId<HTMLTextAreaElement>(fixture, 'resolve-note');
    if (!textarea) throw new Error('no note');
    textarea.value = note;
    textarea.dispatchEvent(new Event('input'));
  }

  afterEach(() => http.verify());

  it('should spell out each consequence and preselect no outcome', async () => {
    const fixture = await open();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Không có gì thay đổi');
    expect(text).toContain('mất giải');
    expect(text).toContain('bị thu hồi');
    expect(
      (fixture.nativeElement as HTMLElement).querySelectorAll('input[type="radio"]:checked'),
    ).toHaveLength(0);
  });

  it('should require an outcome and a note and send nothing without them', async () => {
    const fixture = await open();
    byTestId(fixture, 'resolve-submit')?.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'field-error-outcome')).not.toBeNull();
    expect(byTestId(fixture, 'field-error-note')).not.toBeNull();

    choose(fixture, 'dismissed');
    writeNote(fixture, '   ');
    byTestId(fixture, 'resolve-submit')?.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'field-error-outcome')).toBeNull();
    expect(byTestId(fixture, 'field-error-note')).not.toBeNull();
    http.expectNone(URL);
    expect(close).not.toHaveBeenCalled();
  });

  it('should send the decision with the trimmed note and close with the resolved complaint', async () => {
    const fixture = await open();
    choose(fixture, 'withdrawn');
    writeNote(fixture, '  Tác phẩm trùng với tác phẩm đã đoạt giải quốc gia.  ');
    byTestId(fixture, 'resolve-submit')?.click();

    const request = http.expectOne(URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      outcome: 'withdrawn',
      note: 'Tác phẩm trùng với tác phẩm đã đoạt giải quốc gia.',
    });
    const resolved: ComplaintResponse = {
      ...COMPLAINT,
      status: 'withdrawn',
      resolutionNote: 'ok',
      resolvedAt: '2021-01-25T03:00:00Z',
    };
    request.flush(resolved);
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(resolved);
  });

  it('should keep the dialog open with the reason when the API refuses', async () => {
    const fixture = await open();
    choose(fixture, 'revoked');
    writeNote(fixture, 'Thu hồi');
    byTestId(fixture, 'resolve-submit')?.click();
    http.expectOne(URL).flush(
      {
        statusCode: 409,
        code: 'COMPLAINT_ALREADY_RESOLVED',
        message: 'Khiếu nại này đã được giải quyết.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(byTestId(fixture, 'resolve-error')?.textContent).toContain(
      'Khiếu nại này đã được giải quyết.',
    );
    expect(close).not.toHaveBeenCalled();
    expect(byTestId<HTMLButtonElement>(fixture, 'resolve-submit')?.disabled).toBe(false);
  });

  it('should not offer to revoke a prize a complaint already revoked', async () => {
    const fixture = await open('revoked');
    const revoke = byTestId(fixture, 'resolve-outcome-revoked')?.querySelector<HTMLInputElement>(
      'input',
    );
    expect(revoke?.disabled).toBe(true);
    expect(
      byTestId(fixture, 'resolve-outcome-withdrawn')?.querySelector<HTMLInputElement>('input')
        ?.disabled,
    ).toBe(false);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'Không áp dụng: giải đã bị thu hồi.',
    );
  });
});
