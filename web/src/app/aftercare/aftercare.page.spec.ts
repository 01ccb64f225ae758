import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentRef } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type {
  AwardResponse,
  AwardRole,
  AwardStatus,
  ComplaintResponse,
  MeResponse,
  PrizesResponse,
  PublicAwardResponse,
} from '@press-award/contracts';
import { AuthService } from '../core/auth/auth.service';
import { AftercarePage } from './aftercare.page';

const AWARD_ID = 'a1';

function award(status: AwardStatus): AwardResponse {
  return {
    id: AWARD_ID,
    name: 'Giải báo chí tỉnh Bình Định 2020',
    edition: 5,
    year: 2020,
    level: 'provincial',
    status,
    organizerName: null,
    prizeTiers: [
      { code: 'A', label: 'Giải A', targetCount: 1 },
      { code: 'B', label: 'Giải B', targetCount: 2 },
      { code: 'C', label: 'Giải C', targetCount: 3 },
    ],
  } as AwardResponse;
}

const PRIZES: PrizesResponse = {
  prizes: [
    {
      entryId: 'e1',
      entryCode: 'IN-0001',
      title: 'Đảng bộ xã vùng cao',
      categoryId: 'in',
      tierCode: 'A',
      topicPrizes: [],
      note: null,
    },
    {
      entryId: 'e2',
      entryCode: 'IN-0002',
      title: 'Người giữ lửa',
      categoryId: 'in',
      tierCode: 'B',
      topicPrizes: [],
      note: null,
    },
    {
      entryId: 'e3',
      entryCode: 'IN-0003',
      title: 'Không đoạt giải',
      categoryId: 'in',
      tierCode: null,
      topicPrizes: [],
      note: null,
    },
  ],
  tiers: [],
};

function me(role: AwardRole): MeResponse {
  return {
    id: 'u1',
    email: 'btc@example.vn',
    fullName: 'Ban Tổ chức',
    penName: null,
    roles: ['reporter'],
    memberships: [{ awardId: AWARD_ID, role }],
  } as MeResponse;
}

function byTestId<T extends HTMLElement = HTMLElement>(
  root: ComponentFixture<unknown> | HTMLElement,
  id: string,
): T | null {
  const element = root instanceof HTMLElement ? root : (root.nativeElement as HTMLElement);
  return element.querySelector<T>(`[data-testid="${id}"]`);
}

function fill(
  fixture: ComponentFixture<unknown>,
  id: string,
  value: string,
  event = 'input',
): void {
  const control = byTestId<HTMLInputElement>(fixture, id);
  if (!control) throw new Error(`no ${id}`);
  control.value = value;
  control.dispatchEvent(new Event(event));
}

describe(AftercarePage.name, () => {
  let http: HttpTestingController;

  async function open(
    role: AwardRole,
    status: AwardStatus,
    complaints: ComplaintResponse[] = [],
  ): Promise<ComponentFixture<AftercarePage>> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [AftercarePage],
      // Without animations a dialog closes at once, so its answer arrives within the test.
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signedIn = TestBed.inject(AuthService).refresh();
    http.expectOne('/api/v1/me').flush(me(role));
    await signedIn;
    const fixture = TestBed.createComponent(AftercarePage);
    (fixture.componentRef as ComponentRef<AftercarePage>).setInput('awardId', AWARD_ID);
    await fixture.whenStable();
    http.expectOne(`/api/v1/awards/${AWARD_ID}`).flush(award(status));
    if (status === 'published') {
      http.expectOne(`/api/v1/awards/${AWARD_ID}/prizes`).flush(PRIZES);
      http.expectOne(`/api/v1/awards/${AWARD_ID}/complaints`).flush(complaints);
    }
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
  });

  it('should explain before publication that complaints and forwarding open later, and load nothing else', async () => {
    const fixture = await open('organizer', 'decided');
    expect(byTestId(fixture, 'aftercare-not-published')?.textContent).toContain(
      'chỉ mở sau khi kết quả được công bố',
    );
    expect(byTestId(fixture, 'complaint-form')).toBeNull();
    expect(byTestId(fixture, 'forward')).toBeNull();
    http.expectNone(`/api/v1/awards/${AWARD_ID}/complaints`);
    http.expectNone('/api/v1/public/awards?page=1&pageSize=200');
  });

  it('should let the secretariat record a complaint against a winner, but neither resolve nor forward', async () => {
    const fixture = await open('secretary', 'published');
    const options = [
      ...(byTestId<HTMLSelectElement>(fixture, 'complaint-entry')?.options ?? []),
    ].map((option) => option.value);
    // The entry without a prize is not offered.
    expect(options).toEqual(['', 'e1', 'e2']);
    expect(byTestId(fixture, 'complaints-empty')).not.toBeNull();

    byTestId(fixture, 'complaint-submit')?.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'field-error-entryId')).not.toBeNull();
    http.expectNone(`/api/v1/awards/${AWARD_ID}/complaints`);

    fill(fixture, 'complaint-entry', 'e2', 'change');
    fill(fixture, 'complaint-complainant', ' Báo Thanh Niên ');
    fill(fixture, 'complaint-reason', 'Tác phẩm đã đoạt giải quốc gia.');
    byTestId(fixture, 'complaint-submit')?.click();
    const request = http.expectOne(
      (candidate) =>
        candidate.method === 'POST' && candidate.url === `/api/v1/awards/${AWARD_ID}/complaints`,
    );
    expect(request.request.body).toEqual({
      entryId: 'e2',
      complainant: 'Báo Thanh Niên',
      reason: 'Tác phẩm đã đoạt giải quốc gia.',
    });
    request.flush({
      id: 'c1',
      awardId: AWARD_ID,
      entryId: 'e2',
      entryTitle: 'Người giữ lửa',
      entryCode: 'IN-0002',
      tierCode: 'B',
      complainant: 'Báo Thanh Niên',
      reason: 'Tác phẩm đã đoạt giải quốc gia.',
      status: 'open',
      resolutionNote: null,
      filedAt: '2021-01-19T20:00:00Z',
      resolvedAt: null,
    } satisfies ComplaintResponse);
    await fixture.whenStable();

    const row = byTestId(fixture, 'complaint-row');
    // Filed at 20:00 UTC on the 19th is the 20th in Vietnam.
    expect(row?.textContent).toContain('20/01/2021');
    expect(byTestId(fixture, 'complaint-status')?.textContent).toContain('Đang xử lý');
    expect(byTestId(fixture, 'complaint-resolve')).toBeNull();
    expect(byTestId(fixture, 'forward-organizers-only')).not.toBeNull();
    expect(byTestId<HTMLSelectElement>(fixture, 'complaint-entry')?.value).toBe('');
  });

  it('should forward the A and B winners by default, after confirmation, and show what was skipped and why', async () => {
    const fixture = await open('organizer', 'published');
    const targets: PublicAwardResponse[] = [
      {
        id: 'n1',
        name: 'Giải Búa liềm vàng lần thứ V',
        edition: 5,
        year: 2020,
        level: 'national',
        status: 'open',
      } as PublicAwardResponse,
      {
        id: 'n0',
        name: 'Giải Búa liềm vàng lần thứ IV',
        edition: 4,
        year: 2019,
        level: 'national',
        status: 'published',
      } as PublicAwardResponse,
    ];
    http
      .expectOne('/api/v1/public/awards?page=1&pageSize=200')
      .flush({ items: targets, total: 2, page: 1, pageSize: 200 });
    await fixture.whenStable();

    expect(
      [...(byTestId<HTMLSelectElement>(fixture, 'forward-target')?.options ?? [])].map(
        (option) => option.value,
      ),
    ).toEqual(['', 'n1']);
    expect(byTestId<HTMLInputElement>(fixture, 'forward-tier-A')?.checked).toBe(true);
    expect(byTestId<HTMLInputElement>(fixture, 'forward-tier-B')?.checked).toBe(true);
    expect(byTestId<HTMLInputElement>(fixture, 'forward-tier-C')?.checked).toBe(false);
    expect(byTestId(fixture, 'forward-count')?.textContent).toContain('Sẽ chuyển 2 tác phẩm.');

    byTestId(fixture, 'forward-submit')?.click();
    await fixture.whenStable();
    expect(document.querySelector('mat-dialog-content')?.textContent).toContain(
      'Chuyển 2 tác phẩm sang "Giải Búa liềm vàng lần thứ V"',
    );
    byTestId(document.body, 'confirm-ok')?.click();
    await fixture.whenStable();

    const request = http.expectOne(`/api/v1/awards/${AWARD_ID}/forward`);
    expect(request.request.body).toEqual({ targetAwardId: 'n1', tierCodes: ['A', 'B'] });
    request.flush({
      forwarded: [
        { sourceEntryId: 'e1', entryId: 'n-e1', title: 'Đảng bộ xã vùng cao', tierCode: 'A' },
      ],
      skipped: [{ sourceEntryId: 'e2', title: 'Người giữ lửa', code: 'ENTRY_ALREADY_FORWARDED' }],
    });
    await fixture.whenStable();

    expect(byTestId(fixture, 'forward-forwarded')?.textContent).toContain(
      'Đảng bộ xã vùng cao — Giải A',
    );
    expect(byTestId(fixture, 'forward-skipped')?.textContent).toContain(
      'Tác phẩm này đã được chuyển lên giải đó.',
    );
  });

  it('should say that no national award is open only once the list has arrived', async () => {
    const fixture = await open('organizer', 'published');
    const forward = byTestId(fixture, 'forward');
    // While the list is on its way the page cannot know: it waits rather than claim there is none.
    expect(byTestId(fixture, 'forward-no-targets')).toBeNull();
    expect(forward && byTestId(forward, 'loading')).not.toBeNull();
    http.expectOne('/api/v1/public/awards?page=1&pageSize=200').flush({
      items: [
        {
          id: 'n0',
          name: 'Giải Búa liềm vàng lần thứ IV',
          edition: 4,
          year: 2019,
          level: 'national',
          status: 'published',
        },
      ],
      total: 1,
      page: 1,
      pageSize: 200,
    });
    await fixture.whenStable();
    expect(byTestId(fixture, 'forward-no-targets')?.textContent).toContain(
      'Hiện không có giải toàn quốc nào đang nhận tác phẩm.',
    );
    expect(forward && byTestId(forward, 'loading')).toBeNull();
    expect(byTestId(fixture, 'forward-target')).toBeNull();
    expect(byTestId(fixture, 'forward-submit')).toBeNull();
  });

  it('should send nothing when the forwarding is cancelled', async () => {
    const fixture = await open('organizer', 'published');
    http.expectOne('/api/v1/public/awards?page=1&pageSize=200').flush({
      items: [
        {
          id: 'n1',
          name: 'Giải toàn quốc',
          edition: 5,
          year: 2020,
          level: 'national',
          status: 'open',
        },
      ],
      total: 1,
      page: 1,
      pageSize: 200,
    });
    await fixture.whenStable();
    byTestId(fixture, 'forward-submit')?.click();
    await fixture.whenStable();
    expect(byTestId(document.body, 'confirm-cancel')).not.toBeNull();
    byTestId(document.body, 'confirm-cancel')?.click();
    await fixture.whenStable();
    http.expectNone(`/api/v1/awards/${AWARD_ID}/forward`);
  });
});
