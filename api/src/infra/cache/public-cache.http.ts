import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import { tap, type Observable } from 'rxjs';
import { etagMatches } from '../http/conditional';
import { chooseEncoding } from '../http/web-assets';
import type { FrontDoorHandler } from '../http/front-door';
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

/** The public cache's place in the front door (`infra/http/front-door.ts`). */
type MissMarked = IncomingMessage & { [MISS]?: number };

/**
 * Answers public reads from the cache at the front door, before Express and Nest: no guard, pipe,
 * handler or query runs for a hit, and the stored copies are already compressed. A miss goes on,
 * marked with the generation it started in, so the interceptor below can store its answer.
 */
export function publicCacheDoor(cache: PublicCache): FrontDoorHandler {
  const route = `${PUBLIC_API_PREFIX}* (cached)`;
  return (request: IncomingMessage, path: string) => {
    if (!path.startsWith(PUBLIC_API_PREFIX)) return null;
    const hit = cache.get(request.url ?? path);
    if (!hit) {
      (request as MissMarked)[MISS] = cache.generation();
      return null;
    }
    const headers = { 'cache-control': 'no-cache', etag: hit.etag, vary: 'Accept-Encoding' };
    if (etagMatches(request.headers['if-none-match'], hit.etag))
      return { status: 304, headers, route };
    const encoding = chooseEncoding(request.headers['accept-encoding'], ['br', 'gzip']);
    const body = encoding === 'br' ? hit.br : encoding === 'gzip' ? hit.gzip : hit.identity;
    return {
      status: 200,
      headers: {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': body.length,
        ...(encoding ? { 'content-encoding': encoding } : {}),
      },
      body,
      route,
    };
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
    if (request.method === 'GET' || request.method === 'HEAD') {
      const generation = (request as unknown as MissMarked)[MISS];
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
