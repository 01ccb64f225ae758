import { describe, expect, it } from '@jest/globals';
import type { Request, Response } from 'express';
import { requestContext } from '../observability/request-context';
import { SystemClock } from './clock';

describe('Clock.replayAt', () => {
  const clock = new SystemClock();

  it('should read the replayed moment inside the replay, and flow on from it', async () => {
    const seen = await SystemClock.replayAt('2020-11-02T09:00:00+07:00', async () => {
      const first = clock.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
      return [first, clock.now()] as const;
    });
    expect(seen[0].toISOString()).toMatch(/^2020-11-02T02:00:00\.\d{3}Z$/);
    expect(seen[1].getTime() - seen[0].getTime()).toBeGreaterThanOrEqual(15);
    expect(seen[1].getTime() - seen[0].getTime()).toBeLessThan(5_000);
  });

  it('should leave the real time to work running beside the replay', async () => {
    const replay = SystemClock.replayAt(
      '2020-11-02T09:00:00+07:00',
      () => new Promise<void>((resolve) => setTimeout(resolve, 20)),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    const outside = clock.now();
    await replay;
    expect(Math.abs(outside.getTime() - Date.now())).toBeLessThan(1_000);
    expect(clock.now().getFullYear()).toBeGreaterThanOrEqual(2026);
  });
});

describe('Clock.arrival', () => {
  const clock = new SystemClock();

  /** Runs `work` as the request-context middleware runs the rest of a request. */
  function inRequest<T>(work: () => Promise<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      const response = { setHeader: () => undefined } as unknown as Response;
      requestContext()({ headers: {} } as Request, response, () => {
        work().then(resolve, reject);
      });
    });
  }

  it('should read the moment the request arrived, however long it has waited since', async () => {
    const [arrival, now] = await inRequest(async () => {
      await new Promise((resolve) => setTimeout(resolve, 120));
      return [clock.arrival(), clock.now()] as const;
    });
    expect(now.getTime() - arrival.getTime()).toBeGreaterThanOrEqual(110);
    expect(now.getTime() - arrival.getTime()).toBeLessThan(2_000);
  });

  it('should be now outside a request and inside a replay', async () => {
    expect(Math.abs(clock.arrival().getTime() - Date.now())).toBeLessThan(50);
    const replayed = await inRequest(async () => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      return SystemClock.replayAt('2020-11-02T09:00:00+07:00', async () => clock.arrival());
    });
    expect(replayed.toISOString()).toMatch(/^2020-11-02T02:00:00\.\d{3}Z$/);
  });
});
