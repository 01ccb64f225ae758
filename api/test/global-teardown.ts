import { rm } from 'node:fs/promises';
import type { RunningPostgres } from '../src/infra/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)['__PRESS_AWARD_PG__'] as
    | { pg: RunningPostgres; dir: string }
    | undefined;
  if (!state) return;
  await state.pg.stop();
  await rm(state.dir, { recursive: true, force: true });
}
