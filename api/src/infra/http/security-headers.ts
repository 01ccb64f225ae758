import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/** Where the Swagger UI lives: the one page allowed inline script and style (see below). */
export const API_DOCS_PATH = '/api/docs';

type Directives = NonNullable<
  Exclude<HelmetOptions['contentSecurityPolicy'], boolean | undefined>['directives']
>;

/**
 * The policy of the web app and every API answer. Scripts only from our origin (the production build
 * has no inline script or handler: `inlineCritical` is off in web/project.json). Styles allow
 * 'unsafe-inline': Angular inserts each component's styles as <style> elements at run time and
 * Material/CDK and chart.js set style attributes; a nonce would cover the elements only, and inline
 * CSS cannot run script. Frames and media from our origin and blob: — the judge's viewer shows a work
 * (PDF, video) in a frame of its own origin; nobody may frame us (the judge's file answers relax
 * frame-ancestors to 'self' themselves).
 */
export const APP_CSP: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'media-src': ["'self'", 'blob:'],
  'frame-src': ["'self'", 'blob:'],
  'child-src': ["'self'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The Swagger UI page writes inline script and style; it gets them, and nothing else changes. */
export const API_DOCS_CSP: Directives = {
  ...APP_CSP,
  'script-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
};

function options(directives: Directives, hstsMaxAgeSeconds: number): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives },
    // Only behind HTTPS: a browser that saw HSTS on plain http://localhost would refuse it afterwards.
    strictTransportSecurity:
      hstsMaxAgeSeconds > 0 ? { maxAge: hstsMaxAgeSeconds, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    // Same-origin everything: the web app, its API and the judge's frame share one origin.
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  };
}

/**
 * Security headers for every answer, from helmet: a real Content-Security-Policy, nosniff,
 * Referrer-Policy same-origin, X-Frame-Options DENY, HSTS when configured; X-Powered-By removed.
 */
export function securityHeaders({
  hstsMaxAgeSeconds,
}: {
  hstsMaxAgeSeconds: number;
}): RequestHandler {
  const app = helmet(options(APP_CSP, hstsMaxAgeSeconds));
  const docs = helmet(options(API_DOCS_CSP, hstsMaxAgeSeconds));
  return (request: Request, response: Response, next: NextFunction) => {
    const forDocs = request.path === API_DOCS_PATH || request.path.startsWith(`${API_DOCS_PATH}/`);
    (forDocs ? docs : app)(request, response, next);
  };
}

/**
 * The headers `securityHeaders` sets on the app's answers, computed once: for the front door
 * (`front-door.ts`), which answers the hottest reads without Express.
 */
export function appSecurityHeaders(hstsMaxAgeSeconds: number): Record<string, string> {
  const collected: Record<string, string> = {};
  const fake = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      collected[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => delete collected[name.toLowerCase()],
    getHeader: (name: string) => collected[name.toLowerCase()],
  };
  helmet(options(APP_CSP, hstsMaxAgeSeconds))(
    { headers: {} } as unknown as Request,
    fake as unknown as Response,
    () => undefined,
  );
  return collected;
}
