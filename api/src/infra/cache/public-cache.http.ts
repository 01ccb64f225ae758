import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { tap, type Observable } from 'rxjs';
import { etagMatches } from '../http/conditional';
import { chooseEncoding } from '../http/web-assets';
import { METRICS_ROUTE } from '../observability/http-observer';
import { PublicCache } from './public-cache';

/** The public read API: the only answers the cache holds. */
export const PUBLIC_API_PREFIX = '/api/v1/public/';
/**
 * Writes that never touch what public pages show (sign-in, uploads, judges' sheets): they need not
 * empty the cache. Leaving one out here is safe either way: the tables' NOTIFY empties it too,
 * a moment later.
 */
const WRITES_OUTSIDE_PUBLIC_PAGES = ['/api/v1/auth/', '/api/v1/uploads/', '/api/v1/judging/'];
/** Set on a cache miss: the generation the read started in (see PublicCache.store). */
const MISS = 'publicCacheGeneration';

/**
 * Answers public reads from the cache before Nest's pipeline: no guard, pipe, handler or query
 * runs for a hit. Mounted before the `compression` middleware: the stored copies are already
 * compressed.
 */
export function publicCacheMiddleware(cache: PublicCache): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (!request.path.startsWith(PUBLIC_API_PREFIX)) return next();
    const hit = cache.get(request.originalUrl);
    if (!hit) {
      response.locals[MISS] = cache.generation();
      return next();
    }
    response.locals[METRICS_ROUTE] = `${PUBLIC_API_PREFIX}* (cached)`;
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('ETag', hit.etag);
    response.setHeader('Vary', 'Accept-Encoding');
    if (etagMatches(request.headers['if-none-match'], hit.etag)) {
      response.status(304).end();
      return;
    }
    const encoding = chooseEncoding(request.headers['accept-encoding'], ['br', 'gzip']);
    const body = encoding === 'br' ? hit.br : encoding === 'gzip' ? hit.gzip : hit.identity;
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (encoding) response.setHeader('Content-Encoding', encoding);
    response.setHeader('Content-Length', body.length);
    response.status(200).end(request.method === 'HEAD' ? undefined : body);
  };
}

/**
 * The other half: a public read that missed stores what its handler answered; a write that
 * succeeded forgets everything before its answer leaves, so its author reads the change at once
 * (other instances hear of it from PostgreSQL).
 */
@Injectable()
export class PublicCacheInterceptor implements NestInterceptor {
  constructor(private readonly cache: PublicCache) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (request.method === 'GET' || request.method === 'HEAD') {
      const generation = response.locals?.[MISS] as number | undefined;
      if (generation === undefined) return next.handle();
      return next
        .handle()
        .pipe(tap((value) => this.cache.store(request.originalUrl, generation, value)));
    }
    if (WRITES_OUTSIDE_PUBLIC_PAGES.some((prefix) => request.path.startsWith(prefix)))
      return next.handle();
    return next.handle().pipe(tap(() => this.cache.clear()));
  }
}
