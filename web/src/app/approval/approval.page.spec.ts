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
  MeResponse,
  PrizeApprovalsResponse,
  PrizesResponse,
} from '@press-award/contracts';
import { AuthService } from '../core/auth/auth.service';
import { ApprovalPage } from './approval.page';

const AWARD_ID = 'a25';
const award = (status: AwardStatus) =>
  ({
    id: AWARD_ID,
    name: 'Giải báo chí về xây dựng Đảng tỉnh Gia Lai',
    edition: 10,
    year: 2025,
    level: 'provincial',
    status,
    organizerName: 'Ban Tổ chức Tỉnh ủy Gia Lai',
    prizeTiers: [
      { code: 'A', label: 'Giải A', targetCount: 1 },
      { code: 'B', label: 'Giải B', targetCount: 2 },
    ],
    topicPrizes: [],
  }) as unknown as AwardResponse;
const PRIZES: PrizesResponse = {
  prizes: [
    {
      entryId: 'e2',
      entryCode: 'IN-0002',
      title: 'Chi bộ trên đồi chè',
      categoryId: 'c',
      tierCode: 'B',
      topicPrizes: [],
      note: null,
      standing: 'awarded',
    },
    {
      entryId: 'e1',
      entryCode: 'IN-0007',
      title: 'Người giữ lửa',
      categoryId: 'c',
      tierCode: 'A',
      topicPrizes: [],
      note: null,
      standing: 'awarded',
    },
    {
      entryId: 'e3',
      entryCode: 'IN-0001',
      title: 'Không đoạt giải',
      categoryId: 'c',
      tierCode: null,
      topicPrizes: [],
      note: null,
      standing: 'awarded',
    },
  ],
  tiers: [],
} as unknown as PrizesResponse;
const approvals = (mine: boolean): PrizeApprovalsResponse => ({
  listHash: 'ab'.repeat(32),
  steeringMembers: 2,
  collectivePrizes: [],
  approvals: mine
    ? [
        {
          id: 'p1',
          userId: 'u1',
          fullName: 'Đặng Văn Thịnh',
          title: null,
          approvedAt: '2025-10-25T02:00:00.000Z',
          note: 'Đồng ý',
          current: true,
        },
      ]
    : [],
});

const byTestId = (fixture: ComponentFixture<unknown>, id: string) =>
  (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe(ApprovalPage.name, () => {
  let http: HttpTestingController;

  async function open(role: AwardRole, status: AwardStatus) {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ApprovalPage],
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
      email: 'bcd.gialai@demo.vn',
      fullName: 'Đặng Văn Thịnh',
      roles: ['reporter'],
      memberships: [{ awardId: AWARD_ID, role }],
    } as unknown as MeResponse);
    await signedIn;
    const fixture = TestBed.createComponent(ApprovalPage);
    (fixture.componentRef as ComponentRef<ApprovalPage>).setInput('awardId', AWARD_ID);
    await fixture.whenStable();
    http.expectOne(`/api/v1/awards/${AWARD_ID}`).flush(award(status));
    http.expectOne(`/api/v1/awards/${AWARD_ID}/prizes`).flush(PRIZES);
    http.expectOne(`/api/v1/awards/${AWARD_ID}/prize-approvals`).flush(approvals(false));
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => http.verify());

  it('should list the awarded works in tier order, leave out works without a prize, and let a steering member approve with a note', async () => {
    const fixture = await open('steering', 'decided');
    const codes = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="approval-work"]'),
    ].map((row) => row.textContent ?? '');
    expect(codes).toHaveLength(2);
    expect(codes[0]).toContain('IN-0007');
    expect(codes[1]).toContain('IN-0002');
    const note = byTestId(fixture, 'approval-note') as HTMLTextAreaElement;
    note.value = '  Đồng ý  ';
    note.dispatchEvent(new Event('input'));
    byTestId(fixture, 'approval-submit')?.click();
    const request = http.expectOne(`/api/v1/awards/${AWARD_ID}/prize-approvals`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ note: 'Đồng ý' });
    request.flush(approvals(true).approvals[0]);
    http.expectOne(`/api/v1/awards/${AWARD_ID}/prize-approvals`).flush(approvals(true));
    await fixture.whenStable();
    expect(byTestId(fixture, 'approval-mine')).not.toBeNull();
    expect(byTestId(fixture, 'approval-form')).toBeNull();
  });

  it('should offer no approval to someone outside the committee, nor once the award is published', async () => {
    const organizer = await open('organizer', 'decided');
    expect(byTestId(organizer, 'approval-not-steering')).not.toBeNull();
    expect(byTestId(organizer, 'approval-form')).toBeNull();
    TestBed.resetTestingModule();
    const published = await open('steering', 'published');
    expect(byTestId(published, 'approval-closed')).not.toBeNull();
    expect(byTestId(published, 'approval-form')).toBeNull();
  });
});
