import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const base = { JWT_SECRET: 'x'.repeat(40) };

describe(loadConfig.name, () => {
  it('should work with defaults', () => {
    const config = loadConfig(base);
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('should name every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({
        ...base,
        PORT: 'abc',
        DATABASE_URL: 'mysql://nope',
        SMTP_URL: 'http://x',
        LOGIN_MAX_FAILURES: '0',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('SMTP_URL');
    expect(message).toContain('LOGIN_MAX_FAILURES');
    expect(message).toContain('"abc"');
    // Secrets are never echoed back.
    expect(message).not.toContain('mysql://nope');
  });

  it('should send HSTS only behind HTTPS or when set, 0 turning it off', () => {
    expect(loadConfig(base).hstsMaxAgeSeconds).toBe(0);
    expect(loadConfig({ ...base, COOKIE_SECURE: 'true' }).hstsMaxAgeSeconds).toBe(180 * 24 * 3600);
    expect(
      loadConfig({ ...base, COOKIE_SECURE: 'true', HSTS_MAX_AGE_SECONDS: '0' }).hstsMaxAgeSeconds,
    ).toBe(0);
    expect(loadConfig({ ...base, HSTS_MAX_AGE_SECONDS: '3600' }).hstsMaxAgeSeconds).toBe(3600);
    expect(() => loadConfig({ ...base, HSTS_MAX_AGE_SECONDS: '-1' })).toThrow(
      /HSTS_MAX_AGE_SECONDS/,
    );
  });

  it('should require a real JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET must be at least 32 characters/,
    );
  });

  it('should keep a generated development secret beside the database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-spec-'));
    const first = loadConfig({ PG_DATA_DIR: join(dir, 'postgres') });
    const second = loadConfig({ PG_DATA_DIR: join(dir, 'postgres') });
    expect(first.jwtSecret).toHaveLength(64);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first.jwtSecret);
  });
});
