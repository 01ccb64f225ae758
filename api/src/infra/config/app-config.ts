import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = () =>
  Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)));
const toBool = () =>
  Transform(({ value }) => {
    if (value === undefined || value === '') return undefined;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    return value;
  });

/**
 * The only place that reads `process.env`. Every variable is optional with a working default for
 * `npm start`, except where production demands a real value (JWT_SECRET).
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @toInt()
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** External PostgreSQL; when absent an embedded PostgreSQL is started. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must look like postgres://user:pass@host:5432/db' })
  DATABASE_URL?: string;

  @IsString()
  PG_DATA_DIR = '.data/postgres';

  @toInt()
  @IsInt()
  @Min(1024)
  @Max(65535)
  PG_PORT = 54329;

  @toInt()
  @IsInt()
  @Min(1)
  @Max(100)
  DB_POOL_SIZE = 10;

  @IsString()
  STORAGE_ROOT = 'uploads';

  /** Where entry files are kept: local disk under STORAGE_ROOT, or S3-compatible object storage. */
  @IsIn(['local', 's3'])
  STORAGE_DRIVER: 'local' | 's3' = 'local';

  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  S3_ENDPOINT?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @IsString()
  S3_BUCKET = 'press-award';

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @toBool()
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;

  /** Scripts, translations and confirmations, whatever the media type (bytes). */
  @toInt()
  @IsInt()
  @Min(1024)
  DOCUMENT_MAX_BYTES = 50 * 1024 * 1024;

  /** ffprobe reads audio/video durations; when it is missing the facts are reported as unavailable. */
  @IsString()
  FFPROBE_PATH = 'ffprobe';

  /** ffmpeg strips container metadata from the copies judges receive; without it they are flagged. */
  @IsString()
  FFMPEG_PATH = 'ffmpeg';

  /** Ghostscript redraws PDFs into the copies judges receive; without it PDF copies are flagged. */
  @IsString()
  GHOSTSCRIPT_PATH = 'gs';

  /**
   * The most pixels an image may have (width × height): larger ones are refused at upload, before
   * anything decodes them. 200 megapixels is a 16,000 × 12,500 scan of a broadsheet.
   */
  @toInt()
  @IsInt()
  @Min(1_000_000)
  @Max(1_000_000_000)
  IMAGE_MAX_PIXELS = 200_000_000;

  /** Generated once into .data/ when missing outside production. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @toInt()
  @IsInt()
  @Min(60)
  @Max(30 * 24 * 3600)
  SESSION_TTL_SECONDS = 12 * 3600;

  @toBool()
  @IsBoolean()
  COOKIE_SECURE = false;

  /** Strict-Transport-Security max-age; 0 = not sent. Unset: 180 days with COOKIE_SECURE (HTTPS), else off. */
  @IsOptional()
  @toInt()
  @IsInt()
  @Min(0)
  @Max(2 * 365 * 24 * 3600)
  HSTS_MAX_AGE_SECONDS?: number;

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'must look like smtp://user:pass@host:587' })
  SMTP_URL?: string;

  @IsString()
  @MaxLength(300)
  MAIL_FROM = 'Giải báo chí Búa liềm vàng <no-reply@localhost>';

  /** The address people open, used in links sent by email. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  PUBLIC_URL?: string;

  /** Hard ceiling for any upload, whatever an award allows (bytes). */
  @toInt()
  @IsInt()
  @Min(1024)
  UPLOAD_MAX_BYTES = 8 * 1024 * 1024 * 1024;

  @toInt()
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  JSON_BODY_MAX_BYTES = 1024 * 1024;

  @toInt()
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_MAX_FAILURES = 5;

  @toInt()
  @IsInt()
  @Min(1)
  @Max(86400)
  LOGIN_LOCK_SECONDS = 300;

  @toInt()
  @IsInt()
  @Min(0)
  @Max(10000)
  LOGIN_BASE_DELAY_MS = 250;

  /** Failures one client address may make across every email in a window before it waits. */
  @toInt()
  @IsInt()
  @Min(1)
  @Max(10000)
  LOGIN_ADDRESS_MAX_FAILURES = 30;

  /** Failure counters older than this start again from zero. */
  @toInt()
  @IsInt()
  @Min(60)
  @Max(86400)
  LOGIN_WINDOW_SECONDS = 900;

  /** How long the link that confirms a registration works. */
  @toInt()
  @IsInt()
  @Min(600)
  @Max(14 * 24 * 3600)
  REGISTRATION_TTL_SECONDS = 2 * 24 * 3600;

  @toInt()
  @IsInt()
  @Min(3600)
  @Max(60 * 24 * 3600)
  INVITATION_TTL_SECONDS = 14 * 24 * 3600;

  /** The built Angular app served at `/`; absent folder = API only. */
  @IsString()
  WEB_DIST = 'dist/web/browser';

  @toBool()
  @IsBoolean()
  SEED_DEMO = false;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /**
   * `json`: one JSON object a line, each with the request id, and an access line per request (for
   * a log collector); `text`: Nest's coloured lines for a person. Default: json in production.
   */
  @IsOptional()
  @IsIn(['text', 'json'])
  LOG_FORMAT?: 'text' | 'json';

  /**
   * Whether this instance takes background jobs (mails, judges' copies). Every instance does by
   * default; `false` makes a web-only instance that still queues jobs for the others. pg-boss 10
   * has no worker heartbeat: a job held by an instance killed with SIGKILL waits for its expiry.
   */
  @toBool()
  @IsBoolean()
  JOB_WORKERS = true;

  /** Prometheus metrics on their own port, bound to 127.0.0.1 (0 = only the admin's route). */
  @toInt()
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT = 0;

  get logFormat(): 'text' | 'json' {
    return this.LOG_FORMAT ?? (this.NODE_ENV === 'production' ? 'json' : 'text');
  }

  get hstsMaxAgeSeconds(): number {
    return this.HSTS_MAX_AGE_SECONDS ?? (this.COOKIE_SECURE ? 180 * 24 * 3600 : 0);
  }

  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/$/, '');
  }

  get jwtSecret(): string {
    if (!this.JWT_SECRET) throw new Error('JWT secret not resolved');
    return this.JWT_SECRET;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Builds and validates the configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, string | undefined> = {};
  for (const key of [
    ...known,
    'DATABASE_URL',
    'JWT_SECRET',
    'SMTP_URL',
    'PUBLIC_URL',
    'S3_ENDPOINT',
    'S3_ACCESS_KEY_ID',
    'S3_SECRET_ACCESS_KEY',
  ]) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { forbidUnknownValues: false });
  const problems = errors.map((error) => {
    const shown = /SECRET|URL|KEY/.test(error.property)
      ? '(hidden)'
      : JSON.stringify(raw[error.property]);
    return `${error.property} ${Object.values(error.constraints ?? {}).join('; ')} (got ${shown})`;
  });
  if (
    config.STORAGE_DRIVER === 's3' &&
    (!config.S3_ACCESS_KEY_ID || !config.S3_SECRET_ACCESS_KEY)
  ) {
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required when STORAGE_DRIVER=s3');
  }
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    problems.push('JWT_SECRET is required when NODE_ENV=production (at least 32 characters)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  if (!config.JWT_SECRET)
    config.JWT_SECRET = localSecret(resolve(dirname(config.PG_DATA_DIR), 'jwt-secret'));
  return config;
}

/** A development secret kept beside the embedded database, so sessions survive restarts. */
function localSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
