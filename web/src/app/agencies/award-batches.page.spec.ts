import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentRef } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type {
  AwardResponse,
  BatchEntryResponse,
  BatchResponse,
  BatchSummary,
  MeResponse,
} from '@press-award/contracts';
import { AuthService } from '../core/auth/auth.service';
import { I18nService } from '../core/i18n/i18n.service';
import { AwardBatchesPage } from './award-batches.page';

const AWARD_ID = 'a1';
const AWARD = {
  id: AWARD_ID,
  name: 'Giải báo chí về xây dựng Đảng tỉnh Gia Lai 2026',
  status: 'open',
} as unknown as AwardResponse;

function summary(overrides: Partial<BatchSummary> = {}): BatchSummary {
  return {
    id: 'b1',
    awardId: AWARD_ID,
    awardName: AWARD.name,
    title: 'Đợt 1',
    organizationName: 'Báo và Phát thanh, Truyền hình Gia Lai',
    owner: { id: 'u9', fullName: 'Nguyễn Văn A', email: 'coquan@example.vn' },
    coveringLetter: {
      number: '112/CV-BPTTH',
      issuedOn: '2026-03-02',
      originalName: 'cong-van.pdf',
      size: 1024,
      sha256: 'ab'.repeat(32),
      pageCount: 1,
      uploadedAt: '2026-03-02T03:00:00.000Z',
    },
    entryCount: 2,
    submittedCount: 1,
    createdAt: '2026-03-01T03:00:00.000Z',
    ...overrides,
  };
}

function entry(overrides: Partial<BatchEntryResponse> = {}): BatchEntryResponse {
  return {
    id: 'e1',
    title: 'Chi bộ bản làng giữ rừng',
    status: 'submitted',
    categoryName: 'Báo in',
    mediaType: 'print',
    authors: [{ fullName: 'Rơ Châm H’Luyn', penName: 'H’Luyn' }],
    receiptNumber: 'GL2026-0001',
    submittedAt: '2026-03-03T03:00:00.000Z',
    ...overrides,
  };
}

const byTestId = <T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
) => (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
const allByTestId = (fixture: ComponentFixture<unknown>, id: string) => [
  ...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
];

describe(AwardBatchesPage.name, () => {
  let http: HttpTestingController;

  async function open(role: 'organizer' | 'secretary' = 'secretary') {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [AwardBatchesPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signedIn = TestBed.inject(AuthService).refresh();
    http.expectOne('/api/v1/me').flush({
      id: 'u1',
      email: 'thuky@example.vn',
      fullName: 'Thư ký',
      roles: ['reporter'],
      memberships: [{ awardId: AWARD_ID, role }],
    } as unknown as MeResponse);
    await signedIn;
    const fixture = TestBed.createComponent(AwardBatchesPage);
    (fixture.componentRef as ComponentRef<AwardBatchesPage>).setInput('awardId', AWARD_ID);
    await fixture.whenStable();
    http.expectOne(`/api/v1/awards/${AWARD_ID}`).flush(AWARD);
    return fixture;
  }

  afterEach(() => http.verify());

  it('should list each batch with its organization, letter and submitted count', async () => {
    const fixture = await open();
    expect(byTestId(fixture, 'loading')).not.toBeNull();
    http
      .expectOne(`/api/v1/awards/${AWARD_ID}/batches`)
      .flush([
        summary(),
        summary({ id: 'b2', title: 'Hồ sơ bổ sung', coveringLetter: null, submittedCount: 0 }),
      ]);
    await fixture.whenStable();

    const rows = allByTestId(fixture, 'award-batch-row');
    expect(rows.map((row) => row.dataset['batchId'])).toEqual(['b1', 'b2']);
    expect(byTestId(fixture, 'award-batch-organization')?.textContent?.trim()).toBe(
      'Báo và Phát thanh, Truyền hình Gia Lai',
    );
    const letters = allByTestId(fixture, 'award-batch-letter').map((cell) =>
      cell.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(letters[0]).toContain('Số 112/CV-BPTTH ngày 02/03/2026');
    expect(letters[1]).toBe('Chưa có công văn');
    // Only a batch with a letter offers it, named after its number for a screen reader.
    const downloads = allByTestId(fixture, 'award-batch-letter-download');
    expect(downloads).toHaveLength(1);
    expect(downloads[0].getAttribute('aria-label')).toBe(
      'Tải công văn số 112/CV-BPTTH của hồ sơ Đợt 1',
    );
    expect(
      allByTestId(fixture, 'award-batch-progress').map((cell) => cell.textContent?.trim()),
    ).toEqual(['Đã nộp 1/2', 'Đã nộp 0/2']);
    // Cards on a phone: every cell after the first names itself.
    expect(byTestId(fixture, 'award-batches')?.classList).toContain('pa-table--cards');
    expect(byTestId(fixture, 'award-batch-title')?.getAttribute('data-label')).toBe('Hồ sơ');
  });

  it('should open a batch to show its entries with status and receipt, then close it', async () => {
    const fixture = await open('organizer');
    http.expectOne(`/api/v1/awards/${AWARD_ID}/batches`).flush([summary()]);
    await fixture.whenStable();
    expect(byTestId(fixture, 'award-batch-detail')).toBeNull();

    const button = byTestId<HTMLButtonElement>(fixture, 'award-batch-open');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    button?.click();
    await fixture.whenStable();
    const detail: BatchResponse = {
      ...summary(),
      entries: [
        entry(),
        entry({
          id: 'e2',
          title: 'Đảng viên trẻ nơi biên giới',
          status: 'draft',
          receiptNumber: null,
        }),
      ],
    };
    http.expectOne('/api/v1/batches/b1').flush(detail);
    await fixture.whenStable();

    expect(button?.getAttribute('aria-expanded')).toBe('true');
    expect(
      allByTestId(fixture, 'batch-entry-title').map((cell) => cell.textContent?.trim()),
    ).toEqual(['Chi bộ bản làng giữ rừng', 'Đảng viên trẻ nơi biên giới']);
    expect(
      allByTestId(fixture, 'batch-entry-receipt').map((cell) => cell.textContent?.trim()),
    ).toEqual(['GL2026-0001', 'Chưa nộp']);
    expect(allByTestId(fixture, 'entry-status-chip').map((chip) => chip.dataset['status'])).toEqual(
      ['submitted', 'draft'],
    );
    expect(document.activeElement?.id).toBe('award-batch-detail-heading');
    expect(byTestId(fixture, 'award-batch-list-download')).not.toBeNull();

    byTestId<HTMLButtonElement>(fixture, 'award-batch-close')?.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'award-batch-detail')).toBeNull();
  });

  it('should download the open batch’s list through the API', async () => {
    const fixture = await open();
    http.expectOne(`/api/v1/awards/${AWARD_ID}/batches`).flush([summary()]);
    await fixture.whenStable();
    byTestId<HTMLButtonElement>(fixture, 'award-batch-open')?.click();
    await fixture.whenStable();
    http.expectOne('/api/v1/batches/b1').flush({ ...summary(), entries: [entry()] });
    await fixture.whenStable();
    Object.assign(window.URL, {
      createObjectURL: jest.fn(() => 'blob:list'),
      revokeObjectURL: jest.fn(),
    });
    const saved: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    byTestId<HTMLButtonElement>(fixture, 'award-batch-list-download')?.click();
    const request = http.expectOne((candidate) => candidate.url === '/api/v1/batches/b1/list');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF-1.7']), {
      headers: { 'Content-Disposition': 'attachment; filename="danh-sach.pdf"' },
    });
    await fixture.whenStable();
    click.mockRestore();
    expect(saved).toEqual(['danh-sach.pdf']);
  });

  it('should say when no agency has filed a batch, in English too', async () => {
    const fixture = await open();
    TestBed.inject(I18nService).setLanguage('en');
    http.expectOne(`/api/v1/awards/${AWARD_ID}/batches`).flush([]);
    await fixture.whenStable();
    expect(byTestId(fixture, 'award-batches-empty')?.textContent).toContain(
      'No agency has filed a batch for this award yet.',
    );
    expect(byTestId(fixture, 'award-batches')).toBeNull();
  });

  it('should show a load failure with a retry that loads again', async () => {
    const fixture = await open();
    http
      .expectOne(`/api/v1/awards/${AWARD_ID}/batches`)
      .flush(null, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(byTestId(fixture, 'award-batches-load-error')).not.toBeNull();

    const retry = byTestId(fixture, 'award-batches-load-error')?.querySelector('button');
    retry?.click();
    await fixture.whenStable();
    http.expectOne(`/api/v1/awards/${AWARD_ID}`).flush(AWARD);
    http.expectOne(`/api/v1/awards/${AWARD_ID}/batches`).flush([summary()]);
    await fixture.whenStable();
    expect(allByTestId(fixture, 'award-batch-row')).toHaveLength(1);
  });
});
