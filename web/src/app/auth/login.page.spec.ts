import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentRef } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { LoginResponse } from '@press-award/contracts';
import { AuthService } from '../core/auth/auth.service';
import { LoginPage } from './login.page';

function byTestId<T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
): T | null {
  return (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
}

function type(fixture: ComponentFixture<unknown>, id: string, value: string): void {
  const input = byTestId<HTMLInputElement>(fixture, id);
  if (!input) throw new Error(`no ${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

const LOGIN_RESPONSE: LoginResponse = {
  accessToken: 'token',
  expiresAt: '2030-01-01T00:00:00Z',
  user: {
    id: 'u1',
    email: 'bientap@baodang.vn',
    fullName: 'Nguyễn Văn A',
    penName: null,
    phone: null,
    organizationName: null,
    roles: ['reporter'],
    memberships: [],
  },
};

describe(LoginPage.name, () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(LoginPage);
    (fixture.componentRef as ComponentRef<LoginPage>).setInput('returnUrl', '/manage');
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('should show field errors and send nothing when the form is empty', async () => {
    byTestId(fixture, 'login-submit')?.click();
    await fixture.whenStable();

    expect(byTestId(fixture, 'field-error-email')?.textContent).toContain(
      'Trường này là bắt buộc.',
    );
    expect(byTestId(fixture, 'field-error-password')).not.toBeNull();
    http.expectNone('/api/v1/auth/login');
  });

  it('should show the server message when the credentials are wrong', async () => {
    type(fixture, 'login-email', 'bientap@baodang.vn');
    type(fixture, 'login-password', 'sai-mat-khau');
    byTestId(fixture, 'login-submit')?.click();

    const request = http.expectOne('/api/v1/auth/login');
    expect(request.request.body).toEqual({ email: 'bientap@baodang.vn', password: 'sai-mat-khau' });
    request.flush(
      {
        statusCode: 401,
        code: 'AUTH_INVALID_CREDENTIALS',
        message: 'Email hoặc mật khẩu không đúng.',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();

    expect(byTestId(fixture, 'login-error')?.textContent).toContain(
      'Email hoặc mật khẩu không đúng.',
    );
    expect(TestBed.inject(AuthService).user()).toBeNull();
  });

  it('should sign in and go back to the page that asked for it', async () => {
    const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    type(fixture, 'login-email', '  bientap@baodang.vn ');
    type(fixture, 'login-password', 'dung-mat-khau');
    byTestId(fixture, 'login-submit')?.click();

    http.expectOne('/api/v1/auth/login').flush(LOGIN_RESPONSE);
    await fixture.whenStable();

    expect(TestBed.inject(AuthService).user()?.email).toBe('bientap@baodang.vn');
    expect(navigate).toHaveBeenCalledWith('/manage');
  });

  it('should take a judge who was going nowhere in particular to the score sheets', async () => {
    (fixture.componentRef as ComponentRef<LoginPage>).setInput('returnUrl', undefined);
    const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    type(fixture, 'login-email', 'giamkhao@baodang.vn');
    type(fixture, 'login-password', 'dung-mat-khau');
    byTestId(fixture, 'login-submit')?.click();

    http.expectOne('/api/v1/auth/login').flush({
      ...LOGIN_RESPONSE,
      user: { ...LOGIN_RESPONSE.user, memberships: [{ awardId: 'a1', role: 'judge' }] },
    });
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith('/judging');
  });

  it('should keep the page that asked for the sign-in on the way to registering', async () => {
    (fixture.componentRef as ComponentRef<LoginPage>).setInput(
      'returnUrl',
      '/awards/x/entries/new',
    );
    await fixture.whenStable();
    expect(byTestId<HTMLAnchorElement>(fixture, 'login-register-link')?.getAttribute('href')).toBe(
      '/register?returnUrl=%2Fawards%2Fx%2Fentries%2Fnew',
    );
  });
});
