import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentRef } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type {
  AwardResponse,
  GeneratedDocumentResponse,
  MeResponse,
  RoundResponse,
} from '@press-award/contracts';
import { AuthService } from '../core/auth/auth.service';
import { DocumentsPage } from './documents.page';

const AWARD_ID = 'a1';
const AWARD = {
  id: AWARD_ID,
  name: 'Giải báo chí về xây dựng Đảng tỉnh Bình Định',
  edition: 5,
  year: 2020,
  level: 'provincial',
  status: 'published',
  organizerName: 'Ban Tổ chức Tỉnh ủy Bình Định',
  institution: null,
  prizeTiers: [],
} as unknown as AwardResponse;
const ROUNDS = [
  { id: 'r2', name: 'Chung khảo', order: 2 },
  { id: 'r1', name: 'Sơ khảo', order: 1 },
] as RoundResponse[];
const DOCUMENT: GeneratedDocumentResponse = {
  id: 'd1',
  type: 'prize_decision',
  number: 4,
  reference: '4-QĐ/BTCTU',
  title: 'Quyết định tặng giải',
  issuedOn: '2021-01-13',
  roundId: null,
  batchId: null,
  formats: ['pdf', 'docx'],
  sha256: 'ab'.repeat(32),
  snapshotHash: null,
  createdBy: 'u1',
  createdAt: '2021-01-13T03:00:00.000Z',
};

const byTestId = <T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
) => (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);

function choose(fixture: ComponentFixture<unknown>, id: string, value: string, event = 'change') {
  const control = byTestId<HTMLInputElement | HTMLSelectElement>(fixture, id);
  if (!control) throw new Error(`no ${id}`);
  control.value = value;
  control.dispatchEvent(new Event(event));
}

describe(DocumentsPage.name, () => {
  let http: HttpTestingController;

  async function open(documents: GeneratedDocumentResponse[] = []) {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [DocumentsPage],
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
      email: 'btc@example.vn',
      fullName: 'Ban Tổ chức',
      roles: ['reporter'],
      memberships: [{ awardId: AWARD_ID, role: 'organizer' }],
    } as unknown as MeResponse);
    await signedIn;
    const fixture = TestBed.createComponent(DocumentsPage);
    (fixture.componentRef as ComponentRef<DocumentsPage>).setInput('awardId', AWARD_ID);
    await fixture.whenStable();
    http.expectOne(`/api/v1/awards/${AWARD_ID}`).flush(AWARD);
    http.expectOne(`/api/v1/awards/${AWARD_ID}/rounds`).flush(ROUNDS);
    http.expectOne(`/api/v1/awards/${AWARD_ID}/documents`).flush(documents);
    http.expectOne(`/api/v1/awards/${AWARD_ID}/batches`).flush([]);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => http.verify());

  it('should name the issuing body the award implies and list the documents with their formats', async () => {
    const fixture = await open([DOCUMENT]);
    expect(byTestId(fixture, 'documents-issuer')?.textContent).toContain(
      'TỈNH ỦY BÌNH ĐỊNH – BAN TỔ CHỨC',
    );
    expect(byTestId(fixture, 'documents-issuer')?.textContent).toContain('BTCTU');
    expect(byTestId(fixture, 'document-reference')?.textContent).toBe('4-QĐ/BTCTU');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('13/01/2021');
    expect(byTestId(fixture, 'document-download-pdf')).not.toBeNull();
    expect(byTestId(fixture, 'document-download-docx')).not.toBeNull();
    expect(byTestId(fixture, 'document-download-xlsx')).toBeNull();
  });

  it('should ask for the round of a council decision and refuse a date that does not exist, sending nothing', async () => {
    const fixture = await open();
    expect(byTestId(fixture, 'documents-empty')).not.toBeNull();
    choose(fixture, 'documents-issued-on', '31/02/2021', 'input');
    byTestId(fixture, 'documents-submit')?.click();
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Hãy chọn vòng chấm.');
    expect(text).toContain('Không phải ngày hợp lệ');
    http.expectNone(`/api/v1/awards/${AWARD_ID}/documents`);
  });

  it('should generate the minutes of the chosen round on the given date and list the new number first', async () => {
    const fixture = await open([DOCUMENT]);
    choose(fixture, 'documents-type', 'round_minutes');
    await fixture.whenStable();
    const options = [...(byTestId<HTMLSelectElement>(fixture, 'documents-round')?.options ?? [])];
    expect(options.map((option) => option.textContent?.trim())).toEqual([
      '— Chọn vòng —',
      'Sơ khảo',
      'Chung khảo',
    ]);
    choose(fixture, 'documents-round', 'r1');
    choose(fixture, 'documents-issued-on', '06/01/2021', 'input');
    byTestId(fixture, 'documents-submit')?.click();
    const request = http.expectOne(`/api/v1/awards/${AWARD_ID}/documents`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      type: 'round_minutes',
      roundId: 'r1',
      issuedOn: '2021-01-06',
    });
    request.flush({ ...DOCUMENT, id: 'd2', type: 'round_minutes', reference: '5-BB/BTCTU' });
    await fixture.whenStable();
    const references = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll(
        '[data-testid="document-reference"]',
      ),
    ].map((cell) => cell.textContent);
    expect(references).toEqual(['5-BB/BTCTU', '4-QĐ/BTCTU']);
  });
});

describe('DocumentsPage institution form', () => {
  it('should prefill what the organizer’s name implies and save the award’s own setting', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [DocumentsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const signedIn = TestBed.inject(AuthService).refresh();
    http.expectOne('/api/v1/me').flush({
      id: 'u1',
      email: 'btc@example.vn',
      fullName: 'Ban Tổ chức',
      roles: ['reporter'],
      memberships: [{ awardId: AWARD_ID, role: 'organizer' }],
    } as unknown as MeResponse);
    await signedIn;
    const fixture = TestBed.createComponent(DocumentsPage);
    (fixture.componentRef as ComponentRef<DocumentsPage>).setInput('awardId', AWARD_ID);
    await fixture.whenStable();
    http.expectOne(`/api/v1/awards/${AWARD_ID}`).flush(AWARD);
    http.expectOne(`/api/v1/awards/${AWARD_ID}/rounds`).flush([]);
    http.expectOne(`/api/v1/awards/${AWARD_ID}/documents`).flush([]);
    http.expectOne(`/api/v1/awards/${AWARD_ID}/batches`).flush([]);
    await fixture.whenStable();
    expect(byTestId<HTMLInputElement>(fixture, 'institution-parentBody')?.value).toBe(
      'TỈNH ỦY BÌNH ĐỊNH',
    );
    expect(byTestId<HTMLInputElement>(fixture, 'institution-symbol')?.value).toBe('BTCTU');
    choose(fixture, 'institution-symbol', 'btc tu', 'input');
    byTestId(fixture, 'institution-save')?.click();
    await fixture.whenStable();
    http.expectNone(`/api/v1/awards/${AWARD_ID}`);
    choose(fixture, 'institution-symbol', 'BTCTU', 'input');
    choose(fixture, 'institution-signerName', 'Nguyễn Văn Ký', 'input');
    byTestId(fixture, 'institution-save')?.click();
    const request = http.expectOne(`/api/v1/awards/${AWARD_ID}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      institution: {
        parentBody: 'TỈNH ỦY BÌNH ĐỊNH',
        issuingBody: 'BAN TỔ CHỨC',
        symbol: 'BTCTU',
        signerTitle: 'TRƯỞNG BAN',
        signerName: 'Nguyễn Văn Ký',
        prizeSplit: 'equal',
      },
    });
    request.flush(AWARD);
    http.verify();
  });
});
