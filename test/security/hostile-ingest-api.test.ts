/**
 * The hostile corpus (test/fixtures/hostile, expectations in hostile-manifest.json) through the two
 * other doors: `eventwire ingest` into a store, then the API serving that store — every stored
 * article read back byte for byte with valid evidence, every listing and export answering, hostile
 * strings as search terms, and each file's content POSTed as an article and as a raw request body.
 * Nothing may answer 5xx, and every refusal is JSON with a stable code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/api/app.js';
import { loadExtractor } from '../../src/api/load.js';
import { MemoryCatalog } from '../../src/api/memory-catalog.js';
import { loadStore } from '../../src/api/store-catalog.js';
import { projectFile } from '../../src/core/paths.js';
import type { Extraction } from '../../src/core/schema.js';
import { ingest } from '../../src/ingest/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { checkExtraction } from '../properties/properties.js';

type Expect = { outcome: 'extracted'; warning?: string; note: string } | { outcome: 'failed'; code: string; note: string };
const manifest = JSON.parse(readFileSync(projectFile('test', 'fixtures', 'hostile-manifest.json'), 'utf8')) as Record<string, Expect | Expect[]>;
const HOSTILE = projectFile('test', 'fixtures', 'hostile');
const expectationsOf = (file: string) => { const e = manifest[file]!; return Array.isArray(e) ? e : [e]; };
const order = (o: { outcome: string; code?: string }) => `${o.outcome}:${o.code ?? ''}`;

const dir = mkdtempSync(join(tmpdir(), 'ew-hostile-'));
const store = new SqliteStore(join(dir, 'hostile.db'));
const files = Object.keys(manifest);
// As in test/properties/hostile.test.ts: language refusal is tested on the files that expect it, the
// others are read as French so that they reach the French extractors.
const refusesLanguage = (f: string) => expectationsOf(f).some((e) => e.outcome === 'failed' && e.code === 'unsupported-language');
const runs = [
  await ingest(store, files.filter((f) => !refusesLanguage(f)).map((f) => join(HOSTILE, f)), { workers: 0, lang: 'fr' }),
  await ingest(store, files.filter(refusesLanguage).map((f) => join(HOSTILE, f)), { workers: 0 }),
];
const rows = (await store.dump()).split('\n');
const table = <T>(name: string) => rows.filter((l) => l.startsWith(`${name}\t`)).map((l) => JSON.parse(l.slice(name.length + 1)) as T);
const inputs = table<{ location: string; hash: string }>('inputs');
const failures = table<{ location: string; code: string; message: string; severity: string }>('failures');
const articles = table<{ hash: string; text: string; extraction: string; file: string | null }>('articles');

test('ingest: the hostile corpus ends as the manifest says, file by file', () => {
  assert.equal(runs.reduce((n, r) => n + r.inputs, 0) >= files.length, true);
  const wrong: string[] = [];
  for (const file of files) {
    const at = join(HOSTILE, file);
    const mine = (l: string) => l === at || l.startsWith(`${at}:`) || l.startsWith(`${at}[`) || l.startsWith(`${at}#`);
    const outcomes = [
      ...inputs.filter((i) => mine(i.location)).map(() => ({ outcome: 'extracted' })),
      ...failures.filter((f) => mine(f.location) && f.severity === 'error').map((f) => ({ outcome: 'failed', code: f.code })),
    ].map(order).sort();
    const expected = expectationsOf(file).map((e) => order({ outcome: e.outcome, code: e.outcome === 'failed' ? e.code : undefined })).sort();
    if (JSON.stringify(outcomes) !== JSON.stringify(expected)) wrong.push(`${file}: ${outcomes.join(',')} instead of ${expected.join(',')}`);
    for (const f of failures.filter((x) => mine(x.location))) assert.ok(f.message.includes(file), `the recorded problem names the file: ${f.message}`);
    for (const e of expectationsOf(file)) {
      if (e.outcome !== 'extracted' || !e.warning) continue;
      // A reading warning is recorded beside the failures; an extraction warning stays in the extraction
      // (of this file's article: a text already stored from another input keeps that input's reading).
      const warnings = [
        ...failures.filter((f) => mine(f.location) && f.severity === 'warning').map((f) => f.message),
        ...articles.filter((a) => a.file !== null && mine(a.file)).flatMap((a) => (JSON.parse(a.extraction) as Extraction).warnings.map((w) => w.message)),
      ];
      if (warnings.length === 0 && !articles.some((a) => a.file !== null && mine(a.file))) continue;
      assert.ok(warnings.some((w) => w.includes(e.warning!)), `${file}: warning "${e.warning}" kept (${warnings.join('; ')})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('ingest: every stored extraction keeps valid spans into its stored text', () => {
  assert.ok(articles.length >= 30, `${articles.length} articles stored`);
  for (const a of articles) checkExtraction(a.text, JSON.parse(a.extraction) as Extraction);
});

test('ingest: a second run over the hostile corpus changes nothing', async () => {
  const before = await store.dump();
  await ingest(store, files.filter((f) => !refusesLanguage(f)).map((f) => join(HOSTILE, f)), { workers: 0, lang: 'fr' });
  await ingest(store, files.filter(refusesLanguage).map((f) => join(HOSTILE, f)), { workers: 0 });
  assert.equal(await store.dump(), before);
});

const extract = await loadExtractor();
const catalog = new MemoryCatalog();
const loaded = await loadStore(catalog, store);
const app = createApp({ catalog, extract, token: 'hostile-test-token', rateLimit: null, submitRateLimit: null });
const get = (path: string) => app.request(path);

async function refusalOrOk(res: Response, what: string): Promise<void> {
  assert.ok(res.status < 500, `${what}: ${res.status} ${await res.clone().text().then((t) => t.slice(0, 200))}`);
  if (res.status >= 400) {
    const body = await res.json() as { error?: { code?: string; message?: string } };
    assert.match(body.error?.code ?? '', /^[a-z-]+$/, `${what}: a stable code`);
    assert.ok(body.error?.message, `${what}: a message`);
  }
}

test('API: every stored hostile article is served with its exact text and valid spans', async () => {
  assert.deepEqual(loaded, { articles: articles.length, skipped: 0 });
  for (const a of articles) {
    const x = JSON.parse(a.extraction) as Extraction;
    const res = await get(`/api/articles/${encodeURIComponent(x.doc.id)}`);
    assert.equal(res.status, 200, x.doc.id);
    const detail = await res.json() as { text: string; extraction: Extraction };
    assert.equal(detail.text, a.text, `${x.doc.id}: text byte for byte`);
    checkExtraction(detail.text, detail.extraction);
  }
});

test('API: listings, facets, points and exports answer over the hostile store', async () => {
  for (const path of ['/api/events?limit=500', '/api/incidents?limit=500', '/api/facets', '/api/points', '/api/points.bin', '/api/export/acled.csv', '/api/export/events.geojson']) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    await res.arrayBuffer();
  }
  const events = await (await get('/api/events?limit=500')).json() as { total: number };
  assert.ok(events.total > 0);
});

test('API: hostile strings as search and filter terms are answered, never a server error', async () => {
  const terms = ["'", '"', '*', '(', ')', 'NEAR(a b)', 'a:*', '\\', '%', '_', '<script>alert(1)</script>', '\u202e', '\u200b', 'é'.repeat(500), '../../etc/passwd', 'des dizaines '.repeat(40)];
  // and what encodeURIComponent cannot produce: a lone surrogate's bytes, invalid UTF-8, a bare %
  const raw = ['%ED%A0%80', '%FF%FE', '%', '%E9t%E9', '%00'];
  for (const q of [...terms.map(encodeURIComponent), ...raw]) {
    for (const path of [`/api/search?q=${q}`, `/api/events?text=${q}`, `/api/incidents?text=${q}`, `/api/events?country=${q}`, `/api/events?type=${q}`, `/api/events?from=${q}`, `/api/events?place=${q}`]) await refusalOrOk(await get(path), path);
  }
});

test('API: each hostile file POSTed as an article text, and as a raw body: created or refused with a code, never 5xx', async () => {
  const post = (body: string | Uint8Array, type = 'application/json') => app.request('/api/articles', { method: 'POST', body, headers: { 'content-type': type, authorization: 'Bearer hostile-test-token' } });
  let created = 0;
  for (const file of files) {
    const bytes = readFileSync(join(HOSTILE, file));
    const res = await post(JSON.stringify({ text: new TextDecoder().decode(bytes), date: '2022-01-06', lang: refusesLanguage(file) ? undefined : 'fr' }));
    await refusalOrOk(res, `${file} as text`);
    if (res.status === 201) {
      created++;
      const out = await res.json() as { id: string; extraction: Extraction };
      const back = await (await get(`/api/articles/${encodeURIComponent(out.id)}`)).json() as { text: string };
      checkExtraction(back.text, out.extraction);
    }
    await refusalOrOk(await post(bytes), `${file} as the raw body`);
  }
  assert.ok(created >= 30, `${created} created`);
});
