import { describe, expect, it } from '@jest/globals';
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
