import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NAME_MAX_LENGTH, type MemberResponse } from '@press-award/contracts';
import { MembersPanelComponent } from './members-panel.component';

const MEMBERS_URL = '/api/v1/awards/a1/members';

function byTestId<T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
): T | null {
  return (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
}

const JUDGE = {
  id: 'm1',
  userId: 'u1',
  email: 'giamkhao@example.vn',
  fullName: 'Nguyễn Thị Lan',
  role: 'judge',
  organizationName: 'Báo Nhân Dân',
  title: 'Phó Tổng Biên tập',
  activated: true,
} as unknown as MemberResponse;

function typeInto(fixture: ComponentFixture<unknown>, id: string, value: string): void {
  const input = byTestId<HTMLInputElement>(fixture, id);
  if (!input) throw new Error(`no ${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe(MembersPanelComponent.name, () => {
  let fixture: ComponentFixture<MembersPanelComponent>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MembersPanelComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MembersPanelComponent);
    fixture.componentRef.setInput('awardId', 'a1');
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('should load the members, then offer a retry when the load fails', async () => {
    http
      .expectOne((request) => request.url === MEMBERS_URL)
      .flush({ items: [], total: 0, page: 1, pageSize: 200 });
    await fixture.whenStable();
    expect(byTestId(fixture, 'members-empty')).not.toBeNull();

    fixture.componentRef.setInput('awardId', 'a2');
    await fixture.whenStable();
    http
      .expectOne((request) => request.url === '/api/v1/awards/a2/members')
      .flush(null, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(byTestId(fixture, 'members-load-error')).not.toBeNull();
  });

  it('should mark the empty invite fields and send nothing', async () => {
    http
      .expectOne((request) => request.url === MEMBERS_URL)
      .flush({ items: [], total: 0, page: 1, pageSize: 200 });
    byTestId(fixture, 'invite-form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    const email = byTestId(fixture, 'invite-email');
    expect(email?.closest('mat-form-field')?.classList).toContain('mat-form-field-invalid');
    expect(byTestId(fixture, 'field-error-invite-email')?.tagName).toBe('MAT-ERROR');
    expect(byTestId(fixture, 'field-error-invite-full-name')).not.toBeNull();
    http.expectNone((request) => request.method === 'POST');
  });

  describe('the title (chức vụ) edited in place', () => {
    async function withJudge() {
      http
        .expectOne((request) => request.url === MEMBERS_URL)
        .flush({ items: [JUDGE], total: 1, page: 1, pageSize: 200 });
      await fixture.whenStable();
      const edit = byTestId<HTMLButtonElement>(fixture, 'member-title-edit');
      expect(edit?.getAttribute('aria-label')).toBe('Sửa chức vụ của Nguyễn Thị Lan');
      edit?.click();
      await fixture.whenStable();
    }

    it('should open with the current title focused and save the trimmed new one', async () => {
      await withJudge();
      const input = byTestId<HTMLInputElement>(fixture, 'member-title-input');
      expect(input?.value).toBe('Phó Tổng Biên tập');
      expect(document.activeElement).toBe(input);

      typeInto(fixture, 'member-title-input', '  Tổng Biên tập Báo Nhân Dân  ');
      byTestId(fixture, 'member-title-form')?.dispatchEvent(new Event('submit'));
      const request = http.expectOne(`${MEMBERS_URL}/m1`);
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toEqual({ title: 'Tổng Biên tập Báo Nhân Dân' });
      request.flush({ ...JUDGE, title: 'Tổng Biên tập Báo Nhân Dân' });
      await fixture.whenStable();

      expect(byTestId(fixture, 'member-title-form')).toBeNull();
      expect(byTestId(fixture, 'member-title')?.textContent?.trim()).toBe(
        'Tổng Biên tập Báo Nhân Dân',
      );
      expect(document.activeElement).toBe(byTestId(fixture, 'member-title-edit'));
    });

    it('should clear the title when emptied', async () => {
      await withJudge();
      typeInto(fixture, 'member-title-input', '   ');
      byTestId(fixture, 'member-title-form')?.dispatchEvent(new Event('submit'));
      const request = http.expectOne(`${MEMBERS_URL}/m1`);
      expect(request.request.body).toEqual({ title: '' });
      request.flush({ ...JUDGE, title: null });
      await fixture.whenStable();
      expect(byTestId(fixture, 'member-title')).toBeNull();
    });

    it('should refuse a title longer than the invite form allows, sending nothing', async () => {
      await withJudge();
      typeInto(fixture, 'member-title-input', 'x'.repeat(NAME_MAX_LENGTH + 1));
      byTestId(fixture, 'member-title-form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
      expect(byTestId(fixture, 'field-error-member-title')?.tagName).toBe('MAT-ERROR');
      expect(
        byTestId(fixture, 'member-title-input')?.closest('mat-form-field')?.classList,
      ).toContain('mat-form-field-invalid');
      http.expectNone((request) => request.method === 'PATCH');
    });

    it('should show the refusal of the API beside the field and keep the edit open', async () => {
      await withJudge();
      typeInto(fixture, 'member-title-input', 'Trưởng ban');
      byTestId(fixture, 'member-title-form')?.dispatchEvent(new Event('submit'));
      http.expectOne(`${MEMBERS_URL}/m1`).flush(
        {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'Dữ liệu không hợp lệ.',
          details: [{ field: 'title', code: 'MAX_LENGTH', message: 'Chức vụ quá dài.' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await fixture.whenStable();
      expect(byTestId(fixture, 'member-title-form')).not.toBeNull();
      expect(byTestId(fixture, 'field-error-member-title')?.textContent).toContain(
        'Chức vụ quá dài.',
      );
    });

    it('should cancel with Escape, keep the old title and return the focus', async () => {
      await withJudge();
      typeInto(fixture, 'member-title-input', 'Khác');
      byTestId(fixture, 'member-title-input')?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
      await fixture.whenStable();
      expect(byTestId(fixture, 'member-title-form')).toBeNull();
      expect(byTestId(fixture, 'member-title')?.textContent?.trim()).toBe('Phó Tổng Biên tập');
      expect(document.activeElement).toBe(byTestId(fixture, 'member-title-edit'));
      http.expectNone((request) => request.method === 'PATCH');
    });
  });
});
