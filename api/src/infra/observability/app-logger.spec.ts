import { describe, expect, it, jest } from '@jest/globals';
import type { Request, Response } from 'express';
import { AppLogger } from './app-logger';
import { requestContext } from './request-context';

/** The lines the logger writes to stdout while `work` runs. */
function captured(work: () => void): string[] {
  const lines: string[] = [];
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      lines.push(chunk.toString());
      return true;
    });
  try {
    work();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

function inRequest(requestId: string | undefined, work: () => void): void {
  const request = { headers: requestId ? { 'x-request-id': requestId } : {} } as Request;
  const response = { setHeader: () => response } as unknown as Response;
  requestContext()(request, response, work);
}

describe('AppLogger', () => {
  it('writes one JSON object a line, with the id of the request it belongs to', () => {
    const logger = new AppLogger(['log', 'warn', 'error'], 'json');
    const lines = captured(() =>
      inRequest('proxy-42', () => logger.log('Saved the sheet', 'Judging')),
    );
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 'log',
      message: 'Saved the sheet',
      context: 'Judging',
      requestId: 'proxy-42',
    });
  });

  it('leaves the request id out where no request is served (start-up, jobs)', () => {
    const logger = new AppLogger(['log'], 'json');
    const [line] = captured(() => logger.log('Started', 'Start'));
    expect(JSON.parse(line!)).not.toHaveProperty('requestId');
  });

  it('writes readable lines in text format, and respects the levels', () => {
    const logger = new AppLogger(['warn'], 'text');
    const lines = captured(() => {
      logger.log('not shown');
      logger.warn('shown', 'Mail');
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('shown');
    expect(() => JSON.parse(lines[0]!)).toThrow();
  });
});
