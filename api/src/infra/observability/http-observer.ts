import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Metrics } from './metrics';

/**
 * The label of a request: the matched route's pattern (`/api/v1/awards/:awardId`), never its URL,
 * so ids do not multiply the series; requests that no route took are grouped.
 */
function routeOf(request: Request): string {
  const route = (request as Request & { route?: { path?: unknown } }).route?.path;
  if (typeof route === 'string') return `${request.baseUrl}${route}`;
  return request.path.startsWith('/api/') ? '(unmatched)' : '(web app)';
}

/**
 * Times every request into the latency histogram and, when an access log is wanted, writes one
 * line per request (method, route pattern, path without its query, status, milliseconds). The
 * query string is never logged: it may carry a confirmation token.
 */
export function httpObserver(metrics: Metrics, accessLog: LoggerService | null): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(request);
      metrics.requestDuration.observe(
        { method: request.method, route, status: `${Math.floor(response.statusCode / 100)}xx` },
        seconds,
      );
      accessLog?.log(
        {
          method: request.method,
          route,
          path: request.path,
          status: response.statusCode,
          ms: Math.round(seconds * 10_000) / 10,
        },
        'Http',
      );
    });
    next();
  };
}
