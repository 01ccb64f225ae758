import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MembersPanelComponent } from './members-panel.component';

const MEMBERS_URL = '/api/v1/awards/a1/members';

function byTestId<T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
): T | null {
  return (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
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
});
