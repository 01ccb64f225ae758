import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { contentType } from 'mime-types';
import type { FrontDoorHandler } from './front-door';
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
  readonly contentType: string;
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
    assets.set(url, {
      file,
      contentType: contentType(extname(file)) || 'application/octet-stream',
      hashed: HASHED_NAME.test(file),
      identity: variant(file),
      encoded,
    });
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

/** Loaded once at start-up: the build's files, and its page. */
export interface WebBuild {
  readonly assets: Map<string, WebAsset>;
  readonly index: WebAsset;
}

export function loadWebBuild(webDist: string): WebBuild | null {
  if (!existsSync(join(webDist, 'index.html'))) return null;
  const assets = readWebBuild(webDist);
  const index = assets.get('/index.html');
  return index ? { assets, index } : null;
}

/**
 * Which file a path asks for, and how long it may be cached: a file of the build (hashed ones for a
 * year), or — for any other path that does not name a file — the page, which the app routes
 * itself (`/awards/…`). Null: not ours (the API), or a missing file (a 404, not the page).
 */
function lookup(
  build: WebBuild,
  rawPath: string,
): { asset: WebAsset; cacheControl: string } | null {
  if (rawPath.startsWith('/api/')) return null;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const asset = build.assets.get(path);
  if (asset && asset !== build.index)
    return { asset, cacheControl: asset.hashed ? IMMUTABLE : REVALIDATE };
  if (FILE_EXTENSIONS.has(extname(path).toLowerCase())) return null;
  return { asset: build.index, cacheControl: REVALIDATE };
}

function chooseVariant(
  acceptEncoding: string | undefined,
  asset: WebAsset,
): { variant: Variant; encoding: EncodingName | null; varies: boolean } {
  const available = ENCODINGS.map((encoding) => encoding.name).filter(
    (name) => asset.encoded[name],
  );
  const encoding = chooseEncoding(acceptEncoding, available);
  const variant = (encoding && asset.encoded[encoding]) || asset.identity;
  return {
    variant,
    encoding: variant === asset.identity ? null : encoding,
    varies: available.length > 0,
  };
}

/**
 * The build's small files (its page, code and styles), answered at the front door from memory
 * with the ETag computed at start-up: no Express, no stat, no stream.
 */
export function webAppDoor(build: WebBuild): FrontDoorHandler {
  return (request: IncomingMessage, path: string) => {
    const found = lookup(build, path);
    if (!found) return null;
    const { asset, cacheControl } = found;
    const { variant, encoding, varies } = chooseVariant(request.headers['accept-encoding'], asset);
    if (!variant.bytes || !variant.etag) return null;
    const headers: OutgoingHttpHeaders = {
      'content-type': asset.contentType,
      'cache-control': cacheControl,
      etag: variant.etag,
      ...(varies ? { vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    };
    const route = asset === build.index ? '(web app page)' : '(web app files)';
    if (etagMatches(request.headers['if-none-match'], variant.etag))
      return { status: 304, headers, route };
    return {
      status: 200,
      headers: { ...headers, 'content-length': variant.bytes.length },
      body: variant.bytes,
      route,
    };
  };
}

/**
 * What the front door leaves to Express: the build's large files, streamed from disk by `send`
 * (ranges, conditional requests), with the same caching and encodings.
 */
export function webAppHandler(build: WebBuild): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const found = lookup(build, request.path);
    if (!found) return next();
    const { asset, cacheControl } = found;
    const { variant, encoding, varies } = chooseVariant(request.headers['accept-encoding'], asset);
    if (varies) response.vary('Accept-Encoding');
    response.setHeader('Content-Type', asset.contentType);
    response.setHeader('Cache-Control', cacheControl);
    if (encoding) response.setHeader('Content-Encoding', encoding);
    response.sendFile(
      variant.file,
      { cacheControl: false, etag: true, lastModified: true, dotfiles: 'allow' },
      (error?: Error) => {
        if (error && !response.headersSent) next(error);
      },
    );
  };
}
