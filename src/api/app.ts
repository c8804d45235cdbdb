/**
 * The HTTP app: the JSON API over a Catalog and the built dashboard, in one Hono app that tests
 * call in process (`app.request('/api/events?type=Riots')`) and `eventwire serve` mounts on Node.
 *   GET  /api/events?country=KZ&minKilled=1   a page of events
 *   GET  /api/articles/1d09212b4fa977b2      the text and its extraction with offsets
 *   POST /api/articles                        submit an article (Bearer token; off without one)
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Article } from '../core/article.js';
import { EventwireError } from '../core/errors.js';
import type { Extraction } from '../core/schema.js';
import { EXTRACTOR_VERSION } from '../core/pipeline.js';
import { articleFromRecord } from '../input/read.js';
import type { Catalog } from './catalog.js';
import { ApiError, API_ERRORS, type ApiErrorCode } from './errors.js';
import { acledCsv, geoJson } from './exports.js';
import { openApiDocument } from './openapi.js';
import { encodePoints } from './points-binary.js';
import {
  ArticleInputSchema, FilterQuerySchema, IdSchema, ListQuerySchema, SearchQuerySchema, filterOf, issuesOf, pageOf, parseQuery,
} from './query.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { AnswerCache, bodyOf, jsonBody, send, type Body } from './respond.js';
import { StaticFiles } from './static-files.js';

export interface AppOptions {
  catalog: Catalog;
  /** runs the pipeline on a submitted article; without it, POST /api/articles is disabled */
  extract?: ((article: Article) => Extraction) | null;
  /** POST /api/articles needs `Authorization: Bearer <token>`; without a token it is disabled */
  token?: string | null;
  /** origins allowed cross-origin; none by default (CORS off) */
  corsOrigins?: string[] | null;
  /** the built dashboard (dist/web); null serves the API only */
  webRoot?: string | null;
  /** per client address; null turns limiting off */
  rateLimit?: RateLimitOptions | null;
  submitRateLimit?: RateLimitOptions | null;
  maxBodyBytes?: number;
  maxUrlLength?: number;
  /** the address of the peer, for rate limiting (the Node adapter passes the socket's) */
  clientAddress?: (c: Context) => string;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perMinute: 3000, burst: 300 };
export const DEFAULT_SUBMIT_RATE_LIMIT: RateLimitOptions = { perMinute: 30, burst: 10 };
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
  + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function tokenMatches(given: string, expected: string): boolean {
  // digests first: equal lengths for timingSafeEqual, and no early exit on the token's length
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function errorResponse(e: ApiError, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(e.toJSON()), {
    status: e.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
  });
}

function apiErrorOf(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof EventwireError) {
    const code = (err.code in API_ERRORS ? err.code : 'bad-field') as ApiErrorCode;
    return new ApiError(code, err.message);
  }
  return new ApiError('internal', 'internal error');
}

/** The dashboard's first requests: answered (and gzipped) ahead so that a first visit hits the cache. */
export const DASHBOARD_DEFAULT_QUERIES = ['/api/incidents?limit=25&offset=0', '/api/events?limit=25&offset=0', '/api/facets', '/api/points.bin', '/api/events'];

/** Computes the default answers now; call after loading and after each change of the catalog. */
export async function warmUp(app: Hono): Promise<void> {
  for (const path of DASHBOARD_DEFAULT_QUERIES) {
    const res = await app.request(path, { headers: { 'accept-encoding': 'gzip' } });
    await res.arrayBuffer();
  }
}

export function createApp(options: AppOptions): Hono {
  const { catalog } = options;
  const app = new Hono();
  const cache = new AnswerCache();
  const limiter = options.rateLimit === null ? null : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const submitLimiter = options.submitRateLimit === null ? null : new RateLimiter(options.submitRateLimit ?? DEFAULT_SUBMIT_RATE_LIMIT);
  const maxUrl = options.maxUrlLength ?? 4096;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const web = options.webRoot ? new StaticFiles(options.webRoot) : null;
  const openapi = jsonBody(openApiDocument(EXTRACTOR_VERSION));
  const addressOf = options.clientAddress ?? (() => 'local');

  app.onError((err) => {
    const e = apiErrorOf(err);
    if (e.code === 'internal') process.stderr.write(`eventwire serve: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return errorResponse(e);
  });
  app.notFound((c) => errorResponse(new ApiError('not-found', `no route for ${c.req.method} ${c.req.path}`)));

  app.use('*', async (c, next) => {
    if (c.req.url.length > maxUrl) return errorResponse(new ApiError('url-too-long', `expected a URL of at most ${maxUrl} characters, found ${c.req.url.length}`));
    if (limiter) {
      const wait = limiter.take(addressOf(c));
      if (wait > 0) return errorResponse(new ApiError('rate-limited', `too many requests: retry in ${wait} s`), { 'retry-after': String(wait) });
    }
    await next();
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('referrer-policy', 'no-referrer');
    c.res.headers.set('x-frame-options', 'DENY');
    c.res.headers.set('content-security-policy', CSP);
  });

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use('/api/*', cors({ origin: options.corsOrigins, allowMethods: ['GET', 'POST'], allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'], exposeHeaders: ['ETag'] }));
  }

  /** a GET answer cached per URL and catalog version; only valid queries reach the cache */
  const cached = (c: Context, produce: () => Body): Response => {
    const u = new URL(c.req.url);
    return send(cache.get(`${u.pathname}?${u.searchParams.toString()}`, catalog.version, produce), c.req);
  };
  const noQuery = (c: Context): void => {
    parseQuery(FilterQuerySchema.pick({}), c.req.url);
  };

  app.get('/api/health', (c) => c.json({ ok: true, version: catalog.version, extractor: EXTRACTOR_VERSION }));
  app.get('/api/openapi.json', (c) => send(openapi, c.req));

  app.get('/api/events', (c) => cached(c, () => {
    const q = parseQuery(ListQuerySchema, c.req.url);
    return jsonBody(catalog.events(filterOf(q), pageOf(q)));
  }));
  app.get('/api/events/:id', (c) => cached(c, () => {
    noQuery(c);
    const id = parseId(c.req.param('id'));
    const [articleId, eventId] = id.split(':') as [string, string | undefined];
    const a = eventId ? catalog.article(articleId) : null;
    const event = a?.extraction.events.find((e) => e.id === eventId);
    const row = event ? catalog.allEvents({}).find((r) => r.id === id) : undefined;
    if (!event || !row) throw new ApiError('not-found', `no event "${id}" (expected articleId:eventId)`);
    return jsonBody({ row, event });
  }));
  app.get('/api/incidents', (c) => cached(c, () => {
    const q = parseQuery(ListQuerySchema, c.req.url);
    return jsonBody(catalog.incidents(filterOf(q), pageOf(q)));
  }));
  app.get('/api/incidents/:id', (c) => cached(c, () => {
    noQuery(c);
    const id = parseId(c.req.param('id'));
    const detail = catalog.incident(id);
    if (!detail) throw new ApiError('not-found', `no incident "${id}"`);
    return jsonBody(detail);
  }));
  app.get('/api/articles/:id', (c) => cached(c, () => {
    noQuery(c);
    const id = parseId(c.req.param('id'));
    const detail = catalog.article(id);
    if (!detail) throw new ApiError('not-found', `no article "${id}"`);
    return jsonBody(detail);
  }));
  app.get('/api/facets', (c) => cached(c, () => jsonBody(catalog.facets(filterOf(parseQuery(FilterQuerySchema, c.req.url))))));
  app.get('/api/points', (c) => cached(c, () => jsonBody(catalog.points(filterOf(parseQuery(FilterQuerySchema, c.req.url))))));
  app.get('/api/points.bin', (c) => cached(c, () => bodyOf(Buffer.from(encodePoints(catalog.points(filterOf(parseQuery(FilterQuerySchema, c.req.url))))), 'application/octet-stream')));
  app.get('/api/search', (c) => cached(c, () => {
    const q = parseQuery(SearchQuerySchema, c.req.url);
    return jsonBody(catalog.search(q.q, q.limit, q.offset));
  }));
  app.get('/api/export/acled.csv', (c) => {
    const res = cached(c, () => bodyOf(Buffer.from(acledCsv(catalog.allEvents(filterOf(parseQuery(FilterQuerySchema, c.req.url))))), 'text/csv; charset=utf-8'));
    res.headers.set('content-disposition', 'attachment; filename="eventwire-acled.csv"');
    return res;
  });
  app.get('/api/export/events.geojson', (c) => {
    const res = cached(c, () => bodyOf(Buffer.from(JSON.stringify(geoJson(catalog.allEvents(filterOf(parseQuery(FilterQuerySchema, c.req.url)))))), 'application/geo+json'));
    res.headers.set('content-disposition', 'attachment; filename="eventwire-events.geojson"');
    return res;
  });

  app.post(
    '/api/articles',
    async (c, next) => {
      if (!options.token || !options.extract) throw new ApiError('submission-disabled', 'submitting articles is disabled: start the server with a token (--token or EVENTWIRE_TOKEN)');
      const auth = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(auth);
      if (!m || !tokenMatches(m[1]!.trim(), options.token)) throw new ApiError('unauthorized', 'expected Authorization: Bearer <token> with the server\'s token');
      if (submitLimiter) {
        const wait = submitLimiter.take(addressOf(c));
        if (wait > 0) return errorResponse(new ApiError('rate-limited', `too many submissions: retry in ${wait} s`), { 'retry-after': String(wait) });
      }
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\b/i.test(type)) throw new ApiError('unsupported-media-type', `expected Content-Type application/json, found "${type.slice(0, 60)}"`);
      await next();
    },
    bodyLimit({ maxSize: maxBody, onError: () => errorResponse(new ApiError('payload-too-large', `expected a body of at most ${maxBody} bytes`)) }),
    async (c) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await c.req.text());
      } catch {
        throw new ApiError('bad-json', 'expected a JSON object {text, date?, title?, url?, source?, lang?}, found text that is not JSON');
      }
      const parsed = ArticleInputSchema.safeParse(raw);
      if (!parsed.success) {
        const issues = issuesOf(parsed.error);
        throw new ApiError('bad-field', issues.map((i) => (i.message.startsWith('unknown') ? i.message : `${i.path}: ${i.message}`)).join('; '), issues);
      }
      const article = articleFromRecord(parsed.data, 'request body');
      const extraction = options.extract!(article);
      catalog.add(article, extraction);
      setImmediate(() => void warmUp(app).catch(() => {}));
      return c.json({ id: extraction.doc.id, events: extraction.events.length, extraction }, 201);
    },
  );

  app.all('/api/*', (c) => {
    const known = ['/api/events', '/api/incidents', '/api/articles', '/api/facets', '/api/points', '/api/search', '/api/export/', '/api/health', '/api/openapi.json'];
    if (c.req.method !== 'GET' && known.some((k) => c.req.path.startsWith(k))) throw new ApiError('method-not-allowed', `${c.req.method} is not allowed on ${c.req.path}`);
    throw new ApiError('not-found', `no route for ${c.req.method} ${c.req.path}`);
  });

  app.get('*', (c) => {
    if (!web) return c.text('eventwire: the dashboard is not built; run `npm run build:web` (the API is at /api/)', 404);
    const file = web.lookup(c.req.path);
    if (!file) throw new ApiError('not-found', `no file ${c.req.path.slice(0, 200)}`);
    return send(file, c.req);
  });

  return app;
}

function parseId(raw: string): string {
  const r = IdSchema.safeParse(raw);
  if (!r.success) throw new ApiError('bad-parameter', `id: expected letters, digits and ._:- (at most 80), found "${raw.slice(0, 40)}"`);
  return r.data;
}
