import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { etagMatches, strongEtag } from './conditional';

/** Content encodings we keep a precompressed copy for (`tools/precompress.mjs`), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type EncodingName = (typeof ENCODINGS)[number]['name'];

/** Angular's build names what may change with a content hash (`main-2KXU4QZB.js`): cached for a year. */
const HASHED_NAME = /-[A-Z0-9]{8,}\.[a-z0-9]+$/;
/** A request for a missing file of these kinds is a 404, not the app's index page. */
const FILE_EXTENSIONS = new Set([
  '.js',
  '.mjs',
  '.css',
  '.map',
  '.json',
  '.txt',
  '.xml',
  '.webmanifest',
  '.ico',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.svg',
  '.woff',
  '.woff2',
  '.ttf',
]);

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Files up to this size are held in memory with their ETag: the app's code, styles, page. */
const IN_MEMORY_MAX_BYTES = 1024 * 1024;

/** One stored representation of a file: as built, or one of its precompressed copies. */
interface Variant {
  readonly file: string;
  /** Held in memory (with its ETag) when small; larger files are streamed from disk. */
  readonly bytes: Buffer | null;
  readonly etag: string | null;
}

interface WebAsset {
  readonly file: string;
  readonly hashed: boolean;
  readonly identity: Variant;
  readonly encoded: Partial<Record<EncodingName, Variant>>;
}

function variant(file: string): Variant {
  if (statSync(file).size > IN_MEMORY_MAX_BYTES) return { file, bytes: null, etag: null };
  const bytes = readFileSync(file);
  return { file, bytes, etag: strongEtag(bytes) };
}

/**
 * The web build as it is on disk at start-up (a build never changes under a running server), so a
 * request costs a map lookup and not a `stat`, and no URL can name a file outside the build.
 */
export function readWebBuild(webDist: string): Map<string, WebAsset> {
  const assets = new Map<string, WebAsset>();
  const all = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) all.add(path);
    }
  };
  walk(webDist);
  for (const file of all) {
    if (ENCODINGS.some((encoding) => file.endsWith(encoding.suffix) && all.has(file.slice(0, -3))))
      continue;
    const encoded: Partial<Record<EncodingName, Variant>> = {};
    for (const encoding of ENCODINGS)
      if (all.has(file + encoding.suffix)) encoded[encoding.name] = variant(file + encoding.suffix);
    const url = '/' + relative(webDist, file).split(sep).join('/');
    assets.set(url, { file, hashed: HASHED_NAME.test(file), identity: variant(file), encoded });
  }
  return assets;
}

/** The best encoding both the client accepts (RFC 9110 §12.5.3, q-values) and we have a copy in. */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly EncodingName[],
): EncodingName | null {
  if (!acceptEncoding || !available.length) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(token, Number.isFinite(weight) ? weight : 0);
  }
  let best: EncodingName | null = null;
  let bestWeight = 0;
  for (const name of available) {
    const weight = weights.get(name) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = name;
      bestWeight = weight;
    }
  }
  return best;
}

function send(
  request: Request,
  response: Response,
  next: NextFunction,
  asset: WebAsset,
  cacheControl: string,
): void {
  const available = ENCODINGS.map((encoding) => encoding.name).filter(
    (name) => asset.encoded[name],
  );
  const encoding = chooseEncoding(request.headers['accept-encoding'], available);
  const chosen = (encoding && asset.encoded[encoding]) || asset.identity;
  if (available.length) response.vary('Accept-Encoding');
  response.type(extname(asset.file));
  response.setHeader('Cache-Control', cacheControl);
  if (chosen !== asset.identity && encoding) response.setHeader('Content-Encoding', encoding);
  if (chosen.bytes && chosen.etag) {
    // From memory: no stat, no stream; the ETag was computed once at start-up.
    response.setHeader('ETag', chosen.etag);
    if (etagMatches(request.headers['if-none-match'], chosen.etag)) {
      response.status(304).end();
      return;
    }
    response.setHeader('Content-Length', chosen.bytes.length);
    response.status(200).end(request.method === 'HEAD' ? undefined : chosen.bytes);
    return;
  }
  // `send` keeps the type already set, and answers ranges and conditional requests itself.
  response.sendFile(
    chosen.file,
    { cacheControl: false, etag: true, lastModified: true, dotfiles: 'allow' },
    (error?: Error) => {
      if (error && !response.headersSent) next(error);
    },
  );
}

/**
 * Serves the built Angular app: hashed files for a year (`immutable`), everything else and every
 * deep link (`/awards/…`, answered by index.html) revalidated each time by its ETag; each in the
 * precompressed copy the client accepts. API paths pass straight through, untouched by the disk.
 */
export function webAppHandler(webDist: string): RequestHandler | null {
  if (!existsSync(join(webDist, 'index.html'))) return null;
  const assets = readWebBuild(webDist);
  const index = assets.get('/index.html');
  if (!index) return null;
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.path.startsWith('/api/')) return next();
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(request.path);
    } catch {
      return next();
    }
    const asset = assets.get(path);
    if (asset && asset !== index)
      return send(request, response, next, asset, asset.hashed ? IMMUTABLE : REVALIDATE);
    if (FILE_EXTENSIONS.has(extname(path).toLowerCase())) return next();
    send(request, response, next, index, REVALIDATE);
  };
}
