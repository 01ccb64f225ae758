import type { HttpInterceptorFn } from '@angular/common/http';
import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { I18nService } from '../i18n/i18n.service';

/** Asks the API for messages in the UI language. */
export const languageInterceptor: HttpInterceptorFn = (request, next) => {
  const language = inject(I18nService).lang();
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};

const SESSION_PROBES = ['/api/v1/me', '/api/v1/auth/login', '/api/v1/auth/invitations/accept'];

/** A 401 in the middle of work means the session ended: forget the user and ask to sign in again. */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !SESSION_PROBES.includes(request.url) &&
        auth.user()
      ) {
        auth.forget();
        void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
