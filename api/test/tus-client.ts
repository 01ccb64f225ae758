import { request as httpRequest, type ClientRequest } from 'node:http';
import type { TestApp } from './test-app';

export const TUS_ENDPOINT = '/api/v1/uploads/tus';

const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

/** The tus `Upload-Metadata` header: `key base64(value)` pairs. */
export const tusMetadata = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([key, value]) => `${key} ${b64(value)}`)
    .join(',');

/** A minimal tus 1.0 client for the tests: each call can add or override headers. */
export function tusClient(app: Pick<TestApp, 'baseUrl'>, token: string) {
  const headersFor = (bearer: string, extra: Record<string, string>) => ({
    authorization: `Bearer ${bearer}`,
    'tus-resumable': '1.0.0',
    ...extra,
  });
  return {
    create: (
      size: number,
      fields: Record<string, string>,
      { bearer = token, headers = {} }: { bearer?: string; headers?: Record<string, string> } = {},
    ) =>
      fetch(`${app.baseUrl}${TUS_ENDPOINT}`, {
        method: 'POST',
        headers: headersFor(bearer, {
          'upload-length': String(size),
          'upload-metadata': tusMetadata(fields),
          ...headers,
        }),
      }),
    patch: (
      location: string,
      offset: number,
      body: Buffer,
      { bearer = token, headers = {} }: { bearer?: string; headers?: Record<string, string> } = {},
    ) =>
      fetch(`${app.baseUrl}${location}`, {
        method: 'PATCH',
        headers: headersFor(bearer, {
          'upload-offset': String(offset),
          'content-type': 'application/offset+octet-stream',
          ...headers,
        }),
        body: new Uint8Array(body),
      }),
    head: (location: string, bearer = token) =>
      fetch(`${app.baseUrl}${location}`, { method: 'HEAD', headers: headersFor(bearer, {}) }),
  };
}

/**
 * Opens a PATCH of `length` bytes from `offset` and leaves the writing to the caller, as a client
 * whose connection may drop half-way. `outcome` is `status <code>` or `error <message>`.
 */
export function startPatch(
  url: string,
  token: string,
  offset: number,
  length: number,
): { outgoing: ClientRequest; outcome: Promise<string> } {
  const target = new URL(url);
  const outgoing = httpRequest({
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${token}`,
      'tus-resumable': '1.0.0',
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
      'content-length': String(length),
    },
  });
  const outcome = new Promise<string>((done) => {
    outgoing.on('error', (error) => done(`error ${error.message}`));
    outgoing.on('response', (response) => {
      response.resume();
      done(`status ${response.statusCode}`);
    });
  });
  return { outgoing, outcome };
}

export interface EarlyAnswer {
  status: number;
  body: string;
  /** Bytes of the body written before the answer arrived. */
  bytesSent: number;
}

/**
 * Declares a large body but sends only `firstBytes` of it, then waits for the server's answer with
 * the connection still open: proves a refusal comes after the first chunk, not after the whole body.
 * Rejects if no answer comes within `timeoutMs`.
 */
export function sendOnlyTheStart(
  url: string,
  method: string,
  headers: Record<string, string>,
  firstBytes: Buffer,
  timeoutMs = 10_000,
): Promise<EarlyAnswer> {
  return new Promise((done, fail) => {
    const target = new URL(url);
    const outgoing = httpRequest({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method,
      headers,
    });
    const timer = setTimeout(() => {
      outgoing.destroy();
      fail(new Error(`no answer within ${timeoutMs} ms after ${firstBytes.length} bytes`));
    }, timeoutMs);
    outgoing.on('error', () => undefined); // the server may close the connection once it has answered
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        clearTimeout(timer);
        outgoing.destroy();
        done({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          bytesSent: firstBytes.length,
        });
      });
    });
    outgoing.write(firstBytes);
  });
}
