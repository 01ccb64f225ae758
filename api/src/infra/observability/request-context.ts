import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export interface RequestContext {
  readonly requestId: string;
  /** When the request arrived, on the monotonic clock (`performance.now()`). */
  readonly arrivedAt: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The request being served by this async call chain, if any (log lines carry its id). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** A proxy's id is kept when it is plain enough to log safely; anything else is replaced. */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Gives every request an id — the proxy's `X-Request-Id` or a new UUID — sends it back in the same
 * header, and makes it the context of everything the request runs, so each log line can name it.
 * First middleware: even a refused body gets an id.
 */
export function requestContext(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const given = request.headers['x-request-id'];
    const requestId = typeof given === 'string' && ACCEPTED_ID.test(given) ? given : randomUUID();
    response.setHeader('X-Request-Id', requestId);
    storage.run({ requestId, arrivedAt: performance.now() }, () => next());
  };
}
