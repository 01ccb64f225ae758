import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the built application exactly as `npm start` runs it (API serving the
 * web app, embedded PostgreSQL, demo data), on a fresh database each run. Browser tests use Debian's
 * Chromium: Playwright's own browser download cannot work on these machines.
 */
const port = Number(process.env['E2E_PORT'] ?? 4310);
process.env['PA_E2E_DIR'] ??= mkdtempSync(join(tmpdir(), 'press-award-e2e-'));
const dataDir = process.env['PA_E2E_DIR'];
// The embedded PostgreSQL runs as `postgres` when we are root: it must be able to enter the folder.
chmodSync(dataDir, 0o755);
const chromium = [
  process.env['CHROMIUM_PATH'],
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
].find((candidate): candidate is string => !!candidate && existsSync(candidate));

export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  outputDir: join(dataDir, 'test-results'),
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'api', testMatch: /api\/.*\.spec\.ts/ },
    {
      name: 'browser',
      testMatch: /browser\/.*\.spec\.ts/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node dist/api/main.js',
    cwd: join(__dirname, '..'),
    url: `${baseURL}/api/v1/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      PG_DATA_DIR: join(dataDir, 'postgres'),
      PG_PORT: String(port + 10000),
      STORAGE_ROOT: join(dataDir, 'uploads'),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      JWT_SECRET: 'e2e-secret-that-is-long-enough-for-the-config-check',
    },
  },
});
