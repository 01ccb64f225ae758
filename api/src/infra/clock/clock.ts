import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { currentRequest } from '../observability/request-context';

/** A replayed moment: the time `now()` reads, and when (on the monotonic clock) the replay began. */
interface Replay {
  at: number;
  startedAt: number;
}

const replays = new AsyncLocalStorage<Replay>();

/**
 * Injectable time, so tests can move past a deadline without sleeping, and the demo can replay a
 * past edition through the real services (each rule judged at the moment it happened).
 */
export abstract class Clock {
  /** The current moment; inside {@link Clock.replayAt}, the replayed moment (time flows on from it). */
  now(): Date {
    const replay = replays.getStore();
    return replay ? new Date(replay.at + (performance.now() - replay.startedAt)) : this.current();
  }

  /**
   * The moment the request being served arrived, on this clock (`now()` outside a request or inside
   * a replay). Deadlines are judged at arrival: on deadline night a request may wait for a database
   * connection, a row or another submission, and that wait must not decide whether it was on time.
   */
  arrival(): Date {
    const request = currentRequest();
    const now = this.now();
    if (!request || replays.getStore()) return now;
    return new Date(now.getTime() - (performance.now() - request.arrivedAt));
  }

  /**
   * Runs `work` as if it happened at `moment`, for this async call chain only: requests served
   * meanwhile keep the real time. Used by the demo to publish and forward a 2020 edition before its
   * 2020 deadline with the services' own checks, instead of writing rows around them.
   */
  static replayAt<T>(moment: Date | string, work: () => Promise<T>): Promise<T> {
    return replays.run({ at: new Date(moment).getTime(), startedAt: performance.now() }, work);
  }

  protected abstract current(): Date;
}

export class SystemClock extends Clock {
  protected current(): Date {
    return new Date();
  }
}
