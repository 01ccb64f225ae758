import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import type { Metrics } from '../observability/metrics';

/** An answer the front door gives by itself: everything it needs is already in memory. */
export interface FrontDoorAnswer {
  readonly status: number;
  readonly headers: OutgoingHttpHeaders;
  readonly body?: Buffer;
  /** The metrics label, as `http_request_duration_seconds` names routes. */
  readonly route: string;
}

/** Answers from memory, or null to let the request go on into Express and Nest. */
export type FrontDoorHandler = (request: IncomingMessage, path: string) => FrontDoorAnswer | null;

const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The publication evening's hot reads — cached public JSON, the app's page and code — answered
 * before Express: no router, no middleware chain, no Nest. Each answer still carries what every
 * answer carries (the security headers computed once from the same helmet policy, a request id)
 * and is timed and logged like the others. Anything a handler does not take goes on unchanged.
 */
export function installFrontDoor(
  server: Server,
  handlers: readonly FrontDoorHandler[],
  context: {
    securityHeaders: Record<string, string>;
    metrics: Metrics;
    accessLog: LoggerService | null;
  },
): void {
  const inner = server.listeners('request') as ((
    request: IncomingMessage,
    response: ServerResponse,
  ) => void)[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const answer = request.method === 'GET' || request.method === 'HEAD' ? take(request) : null;
    if (!answer) {
      for (const listener of inner) listener.call(server, request, response);
      return;
    }
    const started = process.hrtime.bigint();
    const given = request.headers['x-request-id'];
    const requestId = typeof given === 'string' && ACCEPTED_ID.test(given) ? given : randomUUID();
    response.writeHead(answer.status, {
      ...context.securityHeaders,
      'x-request-id': requestId,
      ...answer.headers,
    });
    response.end(request.method === 'HEAD' ? undefined : answer.body);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    context.metrics.requestDuration.observe(
      {
        method: request.method,
        route: answer.route,
        status: `${Math.floor(answer.status / 100)}xx`,
      },
      seconds,
    );
    context.accessLog?.log(
      {
        method: request.method,
        route: answer.route,
        path: pathOf(request),
        status: answer.status,
        ms: Math.round(seconds * 10_000) / 10,
        requestId,
      },
      'Http',
    );
  });

  function take(request: IncomingMessage): FrontDoorAnswer | null {
    const path = pathOf(request);
    for (const handler of handlers) {
      const answer = handler(request, path);
      if (answer) return answer;
    }
    return null;
  }
}

function pathOf(request: IncomingMessage): string {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}
