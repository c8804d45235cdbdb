// Every route of the API, called in process: answers on the seed, and bad input (wrong types,
// unknown filters, huge bodies, traversal) answered with a JSON 4xx and a stable code.
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import { MemoryCatalog } from '../../src/api/memory-catalog.js';
import type { ArticleDetail, EventRow, Facets, IncidentDetail, IncidentRow, PageOf, Points, SearchHit } from '../../src/api/catalog.js';
import { ExtractionSchema } from '../../src/core/schema.js';
import { fixtureApp, fixtureCatalog } from './fixture.js';

let app: Hono;

async function json<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T; res: Response }> {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as T, res };
}

async function expectError(path: string, status: number, code: string, init?: RequestInit, on: Hono = app): Promise<string> {
  const res = await on.request(path, init);
  assert.equal(res.status, status, `${path}: status`);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, code, `${path}: ${body.error.message}`);
  assert.ok(body.error.message.length > 0);
  return body.error.message;
}

before(async () => {
  ({ app } = await fixtureApp());
});

describe('GET /api/events', () => {
  test('pages of events, newest first, with the total', async () => {
    const { status, body } = await json<PageOf<EventRow>>('/api/events?limit=5');
    assert.equal(status, 200);
    assert.equal(body.items.length, 5);
    assert.ok(body.total > 20);
    const dates = body.items.map((r) => r.date ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
    const next = await json<PageOf<EventRow>>('/api/events?limit=5&offset=5');
    assert.notEqual(next.body.items[0]!.id, body.items[0]!.id);
  });

  test('filters as in eventwire query: type, country, place, dates, min killed, text', async () => {
    const kz = (await json<PageOf<EventRow>>('/api/events?country=KZ&limit=500')).body;
    assert.ok(kz.total >= 14);
    assert.ok(kz.items.every((r) => r.country === 'KZ'));
    const riots = (await json<PageOf<EventRow>>('/api/events?type=Riots&country=kz')).body;
    assert.ok(riots.items.length > 0 && riots.items.every((r) => r.type === 'Riots'));
    const almaty = (await json<PageOf<EventRow>>('/api/events?place=almaty&limit=500')).body;
    assert.ok(almaty.items.length >= 6 && almaty.items.every((r) => r.place === 'Almaty'));
    const killed = (await json<PageOf<EventRow>>('/api/events?minKilled=100')).body;
    assert.ok(killed.items.length >= 1 && killed.items.every((r) => r.killed >= 100));
    const jan = (await json<PageOf<EventRow>>('/api/events?from=2022-01-01&to=2022-01-31&limit=500')).body;
    assert.ok(jan.items.length >= 14 && jan.items.every((r) => r.date! <= '2022-01-31' && r.dateEnd! >= '2022-01-01'));
    const text = (await json<PageOf<EventRow>>('/api/events?text=azirbek')).body;
    assert.ok(text.items.length >= 2 && text.items.every((r) => r.sources.some((s) => s.includes('Azirbek'))));
    const two = (await json<PageOf<EventRow>>('/api/events?type=Riots&type=Protests&limit=500')).body;
    assert.deepEqual([...new Set(two.items.map((r) => r.type))].sort(), ['Protests', 'Riots']);
  });

  test('sort by killed', async () => {
    const { body } = await json<PageOf<EventRow>>('/api/events?sort=-killed&limit=3');
    assert.ok(body.items[0]!.killed >= body.items[1]!.killed);
    assert.ok(body.items[0]!.killed >= 150);
  });

  test('bad input: unknown filters, wrong types, out of range, bad dates', async () => {
    const m = await expectError('/api/events?contry=KZ', 400, 'unknown-parameter');
    assert.match(m, /"contry"/);
    assert.match(m, /known: .*country/);
    await expectError('/api/events?type=Riot', 400, 'bad-parameter');
    await expectError('/api/events?limit=abc', 400, 'bad-parameter');
    await expectError('/api/events?limit=100000', 400, 'bad-parameter');
    await expectError('/api/events?offset=-1', 400, 'bad-parameter');
    await expectError('/api/events?minKilled=1.5', 400, 'bad-parameter');
    await expectError('/api/events?from=2022-13-01', 400, 'bad-parameter');
    await expectError('/api/events?from=yesterday', 400, 'bad-parameter');
    await expectError('/api/events?from=2022-02-01&to=2022-01-01', 400, 'bad-parameter');
    await expectError('/api/events?country=Kazakhstan', 400, 'bad-parameter');
    await expectError('/api/events?sort=random', 400, 'bad-parameter');
    await expectError(`/api/events?text=${'x'.repeat(300)}`, 400, 'bad-parameter');
    await expectError(`/api/events?text=${'x'.repeat(5000)}`, 414, 'url-too-long');
  });

  test('ETag and 304, gzip when asked', async () => {
    const first = await app.request('/api/events?limit=50');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await app.request('/api/events?limit=50', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    const gz = await app.request('/api/events?limit=50', { headers: { 'accept-encoding': 'gzip, deflate' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    const body = JSON.parse(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()) as PageOf<EventRow>;
    assert.equal(body.items.length, Math.min(50, body.total));
    assert.equal(first.headers.get('vary'), 'Accept-Encoding');
  });

  test('one event by id, 404 for an unknown one', async () => {
    const { body } = await json<PageOf<EventRow>>('/api/events?place=Almaty&limit=1');
    const one = await json<{ row: EventRow; event: { id: string; trigger: { text: string } } }>(`/api/events/${body.items[0]!.id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.event.id, body.items[0]!.eventId);
    await expectError('/api/events/nope:ev1', 404, 'not-found');
    await expectError('/api/events/a%3Cb', 400, 'bad-parameter');
    await expectError(`/api/events/${body.items[0]!.id}?x=1`, 400, 'unknown-parameter');
  });
});

describe('incidents', () => {
  test('the Almaty night: two articles, their sources side by side, the contradiction flagged', async () => {
    const list = (await json<PageOf<IncidentRow>>('/api/incidents?place=Almaty&type=Riots')).body;
    const night = list.items.find((i) => i.articles >= 2);
    assert.ok(night, 'an incident with both articles');
    assert.equal(night.contradictions, 1);
    assert.ok(night.killed >= 150);
    const { status, body } = await json<IncidentDetail>(`/api/incidents/${night.id}`);
    assert.equal(status, 200);
    assert.equal(body.sources.length, 2);
    assert.ok(body.events.length >= 3);
    const c = body.contradictions[0]!;
    assert.equal(c.kind, 'killed');
    assert.deepEqual(c.figures.map((f) => [f.min, f.max]).sort((a, b) => a[0]! - b[0]!), [[20, 99], [150, null]]);
    assert.match(c.message, /Azirbek/);
  });

  test('filters, pagination and errors', async () => {
    const all = (await json<PageOf<IncidentRow>>('/api/incidents?limit=2&sort=-killed')).body;
    assert.equal(all.items.length, 2);
    assert.ok(all.total > 5);
    assert.ok(all.items[0]!.killed >= all.items[1]!.killed);
    await expectError('/api/incidents?minKilled=lots', 400, 'bad-parameter');
    await expectError('/api/incidents?foo=1', 400, 'unknown-parameter');
    await expectError('/api/incidents/i000000000000', 404, 'not-found');
  });
});

describe('GET /api/articles/:id', () => {
  test('the text and every extraction with offsets into it', async () => {
    const { body: page } = await json<PageOf<EventRow>>('/api/events?text=azirbek&limit=1');
    const { status, body } = await json<ArticleDetail>(`/api/articles/${page.items[0]!.articleId}`);
    assert.equal(status, 200);
    const x = ExtractionSchema.parse(body.extraction);
    assert.ok(body.text.startsWith('La nuit dernière'));
    for (const c of x.counts) assert.equal(body.text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
    for (const e of x.events) if (e.where?.evidence) assert.equal(body.text.slice(e.where.evidence.start, e.where.evidence.end), e.where.evidence.text);
    assert.ok(body.incidents.length > 0);
    await expectError('/api/articles/unknown', 404, 'not-found');
  });
});

describe('facets, points, search', () => {
  test('facets count by type, country and day; the days ignore the date range', async () => {
    const { body } = await json<Facets>('/api/facets?country=KZ');
    assert.ok(body.total >= 14);
    assert.equal(Object.values(body.byType).reduce((a, b) => a + b, 0), body.total);
    assert.equal(body.byCountry[0]!.country, 'KZ');
    assert.ok(body.byDay.some((d) => d.day === '2022-01-01'));
    const ranged = (await json<Facets>('/api/facets?country=KZ&from=2030-01-01')).body;
    assert.equal(ranged.total, 0);
    assert.deepEqual(ranged.byDay, body.byDay);
    await expectError('/api/facets?limit=5', 400, 'unknown-parameter');
  });

  test('points come in columns of equal length', async () => {
    const { body } = await json<Points>('/api/points?country=KZ');
    assert.ok(body.total >= 14);
    for (const col of [body.lat, body.lon, body.t, body.k, body.d, body.a, body.e]) assert.equal(col.length, body.total);
    const i = body.lat.findIndex((lat, j) => Math.abs(lat - 43.25) < 0.1 && Math.abs(body.lon[j]! - 76.9) < 0.2);
    assert.ok(i >= 0, 'a point at Almaty');
  });

  test('full-text search with snippets and highlight offsets', async () => {
    const { body } = await json<PageOf<SearchHit>>('/api/search?q=almaty%20OTSC');
    assert.equal(body.total, 1);
    assert.ok(body.items[0]!.highlights.length >= 6);
    const { body: none } = await json<PageOf<SearchHit>>('/api/search?q=zzzzqqq');
    assert.equal(none.total, 0);
    await expectError('/api/search', 400, 'bad-parameter');
    await expectError('/api/search?q=a&limit=0', 400, 'bad-parameter');
  });
});

describe('exports', () => {
  test('ACLED CSV with ACLED columns; formula-looking cells are neutralised', async () => {
    const res = await app.request('/api/export/acled.csv?country=KZ');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /text\/csv/);
    assert.match(res.headers.get('content-disposition')!, /attachment/);
    const lines = (await res.text()).trim().split('\r\n');
    assert.match(lines[0]!, /^event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,actor2,country/);
    assert.ok(lines.length >= 15);
    assert.ok(lines.some((l) => l.includes('Almaty')));
    await expectError('/api/export/acled.csv?typ=Riots', 400, 'unknown-parameter');
  });

  test('GeoJSON features at the events', async () => {
    const res = await app.request('/api/export/events.geojson?place=Almaty');
    const body = (await res.json()) as { type: string; features: { geometry: { coordinates: number[] }; properties: { place: string } }[] };
    assert.equal(body.type, 'FeatureCollection');
    assert.ok(body.features.length >= 6);
    assert.equal(body.features[0]!.properties.place, 'Almaty');
    assert.ok(Math.abs(body.features[0]!.geometry.coordinates[0]! - 76.9) < 0.2);
  });
});

describe('POST /api/articles', () => {
  const article = { text: 'Au moins cinq manifestants ont été tués jeudi à Bamako, selon la police.', date: '2024-03-14' };
  const post = (target: Hono, body: string, headers: Record<string, string> = {}) =>
    target.request('/api/articles', { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret-token', ...headers } });

  test('disabled without a token', async () => {
    await expectError('/api/articles', 403, 'submission-disabled', { method: 'POST', body: JSON.stringify(article), headers: { 'content-type': 'application/json' } });
  });

  test('with a token: required, then the article is extracted and served', async () => {
    const { extract } = await fixtureCatalog();
    const catalog = new MemoryCatalog();
    const app2 = createApp({ catalog, extract, token: 's3cret-token' });
    await expectError('/api/articles', 401, 'unauthorized', { method: 'POST', body: JSON.stringify(article), headers: { 'content-type': 'application/json' } }, app2);
    await expectError('/api/articles', 401, 'unauthorized', { method: 'POST', body: JSON.stringify(article), headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret-tokeN' } }, app2);
    const before = catalog.version;
    const res = await post(app2, JSON.stringify(article));
    assert.equal(res.status, 201);
    const body = (await res.json()) as { id: string; events: number };
    assert.ok(body.events >= 1);
    assert.ok(catalog.version > before);
    const events = (await (await app2.request('/api/events?place=Bamako')).json()) as PageOf<EventRow>;
    assert.ok(events.total >= 1);
    assert.equal(events.items[0]!.killed, 5);
  });

  test('bad bodies: not JSON, wrong types, unknown fields, bad dates, wrong media type, huge', async () => {
    const { extract } = await fixtureCatalog();
    const app2 = createApp({ catalog: new MemoryCatalog(), extract, token: 's3cret-token', maxBodyBytes: 64 * 1024, submitRateLimit: null });
    const code = async (res: Response) => [res.status, ((await res.json()) as { error: { code: string } }).error.code];
    assert.deepEqual(await code(await post(app2, '{"text": ')), [400, 'bad-json']);
    assert.deepEqual(await code(await post(app2, JSON.stringify({ text: 42 }))), [400, 'bad-field']);
    assert.deepEqual(await code(await post(app2, JSON.stringify({ ...article, author: 'x' }))), [400, 'bad-field']);
    assert.deepEqual(await code(await post(app2, JSON.stringify({ ...article, date: 'hier' }))), [400, 'bad-field']);
    assert.deepEqual(await code(await post(app2, JSON.stringify({ text: '' }))), [400, 'bad-field']);
    assert.deepEqual(await code(await post(app2, JSON.stringify([article]))), [400, 'bad-field']);
    assert.deepEqual(await code(await post(app2, JSON.stringify({ ...article, lang: 'xx' }))), [422, 'unsupported-language']);
    assert.deepEqual(await code(await post(app2, JSON.stringify({ ...article, lang: 'french' }))), [400, 'bad-field']);
    assert.deepEqual(await code(await post(app2, JSON.stringify(article), { 'content-type': 'text/plain' })), [415, 'unsupported-media-type']);
    assert.deepEqual(await code(await post(app2, JSON.stringify({ text: 'a'.repeat(200_000) }))), [413, 'payload-too-large']);
  });

  test('submissions are rate limited per client', async () => {
    const { extract } = await fixtureCatalog();
    const app2 = createApp({ catalog: new MemoryCatalog(), extract, token: 's3cret-token', submitRateLimit: { perMinute: 2, burst: 2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(app2, JSON.stringify({ ...article, text: `${article.text} ${i}` }))).status);
    assert.deepEqual(statuses, [201, 201, 429]);
  });
});

describe('the rest', () => {
  test('requests are rate limited per client with Retry-After', async () => {
    const { catalog } = await fixtureCatalog();
    const app2 = createApp({ catalog, rateLimit: { perMinute: 60, burst: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await app2.request('/api/health')).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const res = await app2.request('/api/health');
    assert.ok(Number(res.headers.get('retry-after')) >= 1);
  });

  test('OpenAPI document lists every route and its parameters', async () => {
    const { body } = await json<{ openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>> }>('/api/openapi.json');
    assert.equal(body.openapi, '3.1.0');
    for (const p of ['/api/events', '/api/incidents/{id}', '/api/articles/{id}', '/api/articles', '/api/facets', '/api/search', '/api/export/acled.csv', '/api/export/events.geojson']) assert.ok(body.paths[p], p);
    assert.deepEqual(body.paths['/api/events']!.get!.parameters!.map((p) => p.name), ['text', 'type', 'country', 'place', 'from', 'to', 'minKilled', 'limit', 'offset', 'sort']);
  });

  test('unknown routes and methods are JSON errors; CORS off by default, on when configured', async () => {
    await expectError('/api/nothing', 404, 'not-found');
    await expectError('/api/events', 405, 'method-not-allowed', { method: 'DELETE' });
    const res = await app.request('/api/events', { headers: { origin: 'https://evil.example' } });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const { catalog } = await fixtureCatalog();
    const open = createApp({ catalog, corsOrigins: ['https://analyst.example'] });
    const ok = await open.request('/api/events', { headers: { origin: 'https://analyst.example' } });
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://analyst.example');
  });

  test('security headers on every answer', async () => {
    const res = await app.request('/api/health');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('content-security-policy')!, /script-src 'self'/);
  });
});
