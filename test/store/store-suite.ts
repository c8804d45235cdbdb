/**
 * The store test suite, written against the `Store` interface and run once per back end
 * (test/store/store.test.ts): SQLite and PostgreSQL must behave, and dump, the same. It covers the
 * store alone, `eventwire ingest` writing into it, and `serve --db` reading it back.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocumentDate } from '../../src/common/calendar.js';
import { EXTRACTOR_VERSION, extractArticle } from '../../src/core/pipeline.js';
import { loadGeocoder } from '../../src/extract/geocoder.js';
import { contentHash } from '../../src/ingest/hash.js';
import { mergeIncidents } from '../../src/incidents/merge.js';
import type { Store, StoredArticle } from '../../src/store/store.js';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryCatalog } from '../../src/api/memory-catalog.js';
import { loadStore } from '../../src/api/store-catalog.js';
import { ingest } from '../../src/ingest/ingest.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const tmp = () => mkdtempSync(join(tmpdir(), 'ew-suite-'));

export const TEXT = "Au moins huit membres des forces de sécurité ont été tués jeudi à Almaty, selon le ministère de l'Intérieur kazakh. Les émeutes ont gagné le gaz naturel liquéfié.";
export const TEXT2 = 'Huit policiers ont été tués jeudi à Almaty lors des émeutes, a déclaré Kassym-Jomart Tokaïev.';
export const TEXT3 = 'Des manifestants ont été arrêtés samedi à Lyon, selon la préfecture.';

let geo: ReturnType<typeof loadGeocoder> | undefined;

export function stored(text = TEXT, date = '2022-01-06', title: string | null = 'Émeutes à Almaty'): StoredArticle {
  geo ??= loadGeocoder(() => {});
  const article = { id: `d-${contentHash(text).slice(0, 8)}`, text, date: parseDocumentDate(date), lang: 'fr', title, url: null, source: null, file: null };
  const x = extractArticle(article, { geo });
  return { hash: contentHash(text), docId: 'd1', url: null, title, source: null, lang: 'fr', date, datePrecision: 'day', file: 'a.txt', text, extraction: x, extractorVersion: EXTRACTOR_VERSION };
}

/** A store factory: a fresh empty store, or a reason to skip; `reopen` opens the same store again. */
export interface Backend {
  name: string;
  fresh(): Promise<{ store: Store; reopen: () => Promise<Store>; cleanup: () => Promise<void> } | { skip: string }>;
}

async function withStore(t: TestContext, backend: Backend, fn: (store: Store, reopen: () => Promise<Store>) => Promise<void>): Promise<void> {
  const s = await backend.fresh();
  if ('skip' in s) { t.skip(s.skip); return; }
  try { await fn(s.store, s.reopen); } finally { await s.store.close(); await s.cleanup(); }
}

export function storeSuite(backend: Backend): void {
  const it = (name: string, fn: (store: Store, reopen: () => Promise<Store>) => Promise<void>) =>
    test(`store [${backend.name}]: ${name}`, (t) => withStore(t, backend, fn));

  it('saving an article again replaces it and its events; inputs and failures are upserts without change', async (store) => {
    const a = stored();
    const batch = { articles: [a], inputs: [{ location: 'a.txt', hash: a.hash, docId: 'd1' }], failures: [{ location: 'b.txt', code: 'input-empty', message: 'b.txt: empty', hash: null, extractorVersion: null }] };
    await store.saveBatch(batch);
    const first = await store.dump();
    const stats = await store.stats();
    assert.equal(stats.articles, 1);
    assert.equal(stats.inputs, 1);
    assert.ok(stats.events >= 1);
    assert.equal(stats.failures, 1);
    await store.saveBatch(batch);
    assert.equal(await store.dump(), first);
    assert.deepEqual(await store.findArticle(a.hash, null), { hash: a.hash, extractorVersion: EXTRACTOR_VERSION });
    assert.equal(await store.findArticle('0'.repeat(32), null), null);
    assert.equal((await store.failures()).length, 1);
    // The input that was a failure and now reads clears its failure.
    await store.saveBatch({ articles: [], inputs: [{ location: 'b.txt', hash: a.hash, docId: null }], failures: [] });
    assert.equal((await store.failures()).length, 0);
  });

  it('extraction failures are found by hash; a warning is not a failure; a saved article clears its failure', async (store) => {
    const a = stored();
    await store.saveBatch({ articles: [], inputs: [], failures: [
      { location: 'x.txt', code: 'input-unreadable', message: 'x.txt: extraction failed', hash: a.hash, extractorVersion: EXTRACTOR_VERSION },
      { location: 'w.txt', code: 'invalid-utf8', message: 'w.txt: invalid UTF-8', hash: null, extractorVersion: null, severity: 'warning' },
    ] });
    assert.equal((await store.findFailure(a.hash))?.location, 'x.txt');
    assert.equal((await store.stats()).failures, 1);
    assert.deepEqual((await store.failures()).map((f) => [f.location, f.severity]), [['w.txt', 'warning'], ['x.txt', 'error']]);
    await store.saveBatch({ articles: [a], inputs: [], failures: [] });
    assert.equal(await store.findFailure(a.hash), null);
  });

  it('new events mark their block dirty; merging builds incidents across articles and clears the blocks', async (store) => {
    await store.saveBatch({ articles: [stored(), stored(TEXT2, '2022-01-06', null), stored(TEXT3, '2022-01-08', null)], inputs: [], failures: [] });
    assert.deepEqual(await store.dirtyBlocks(), ['FR', 'KZ']);
    const m = await mergeIncidents(store);
    assert.equal(m.blocks, 2);
    assert.deepEqual(await store.dirtyBlocks(), []);
    const kz = await store.queryIncidents({ country: 'kz' });
    assert.ok(kz.some((i) => i.articles.length === 2), 'the two Almaty articles make one incident');
    const all = await store.queryIncidents({});
    assert.equal(new Set(all.flatMap((i) => i.members.map((x) => x.eventId))).size, (await store.stats()).events, 'every event in exactly one incident');
    assert.deepEqual(all.map((i) => i.id), [...all].sort((x, y) => ((x.dateStart ?? '') + x.id < (y.dateStart ?? '') + y.id ? -1 : 1)).map((i) => i.id));
    await store.markAllDirty();
    assert.deepEqual(await store.dirtyBlocks(), ['FR', 'KZ']);
    const before = await store.queryIncidents({});
    await mergeIncidents(store);
    assert.deepEqual(await store.queryIncidents({}), before, 'a re-merge changes nothing');
    const ai = await store.articleIncidents();
    assert.equal(ai.length, 3);
    assert.ok(ai.every((x) => x.incident !== null));
  });

  it('query filters: country, dates, type, place, fatalities, bounding box', async (store) => {
    await store.saveBatch({ articles: [stored(), stored(TEXT3, '2022-01-08', null)], inputs: [], failures: [] });
    await mergeIncidents(store);
    const ids = async (f: Parameters<Store['queryIncidents']>[0]) => (await store.queryIncidents(f)).map((i) => i.country);
    assert.ok((await ids({ country: 'FR' })).every((c) => c === 'FR'));
    assert.ok((await ids({ country: 'FR' })).length >= 1);
    assert.deepEqual(await ids({ from: '2022-01-07', to: '2022-01-31', country: 'KZ' }), []);
    assert.ok((await ids({ from: '2022-01-06', to: '2022-01-06', country: 'KZ' })).length >= 1);
    assert.ok((await ids({ minKilled: 8 })).every((c) => c === 'KZ'));
    assert.ok((await ids({ minKilled: 8 })).length >= 1);
    assert.deepEqual(await ids({ minKilled: 9 }), []);
    assert.ok((await ids({ place: 'almaty' })).length >= 1);
    assert.deepEqual([...new Set(await ids({ bbox: [70, 40, 80, 46] }))], ['KZ']); // Almaty 76.9E 43.2N
    assert.deepEqual([...new Set(await ids({ bbox: [0, 40, 10, 50] }))], ['FR']); // Lyon
    const types = (await store.queryIncidents({ type: 'Protests' })).map((i) => i.type);
    assert.ok(types.every((t) => t === 'Protests'));
    assert.equal((await store.queryIncidents({ limit: 1 })).length, 1);
  });

  it('full text: diacritics and case ignored, quoted user terms, prefixes; no input is a syntax error', async (store) => {
    await store.saveBatch({ articles: [stored(), stored(TEXT3, '2022-01-08', null)], inputs: [], failures: [] });
    await mergeIncidents(store);
    const countries = async (text: string) => [...new Set((await store.queryIncidents({ text })).map((i) => i.country))];
    for (const q of ['interieur', "l'Intérieur", 'LIQUEFIE', 'emeute*', 'securite', 'Almaty liquéfié']) assert.deepEqual(await countries(q), ['KZ'], q);
    assert.deepEqual(await countries('préfecture'), ['FR']);
    for (const q of ['inexistant', 'almaty préfecture']) assert.deepEqual(await countries(q), [], q);
    for (const q of ['émeute* AND "x', '(', ')', '*', "'", '"', 'a:*', '!', '&|', 'NEAR(a b)']) await store.queryIncidents({ text: q });
  });

  it('rederiving events from stored extractions keeps the content and marks every block dirty', async (store) => {
    await store.saveBatch({ articles: [stored(), stored(TEXT3, '2022-01-08', null)], inputs: [], failures: [] });
    await mergeIncidents(store);
    const before = await store.dump();
    assert.equal(await store.rederiveEvents(), 2);
    assert.deepEqual(await store.dirtyBlocks(), ['FR', 'KZ']);
    await mergeIncidents(store);
    assert.equal(await store.dump(), before);
  });

  it('reopening a store keeps its content', async (store, reopen) => {
    await store.saveBatch({ articles: [stored()], inputs: [{ location: 'a.txt', hash: contentHash(TEXT), docId: 'd1' }], failures: [] });
    await mergeIncidents(store);
    const dump = await store.dump();
    const again = await reopen();
    try { assert.equal(await again.dump(), dump); assert.equal((await again.stats()).articles, 1); } finally { await again.close(); }
  });

  it('ingest: stores articles, records failures; a second run extracts nothing and changes nothing; --force re-extracts', async (store) => {
    const first = await ingest(store, [FIXTURES], { geo: false });
    assert.equal(first.extracted, 8);
    assert.equal(first.readFailures, 4);
    const stats = await store.stats();
    assert.equal(stats.articles, 8);
    assert.equal(stats.failures, 4);
    assert.ok((await store.failures()).some((f) => f.code === 'invalid-utf8' && f.severity === 'warning'));
    const dump = await store.dump();
    const second = await ingest(store, [FIXTURES], { geo: false });
    assert.equal(second.extracted, 0);
    assert.equal(second.alreadyStored, 8);
    assert.equal(second.merge?.blocks, 0);
    assert.equal(await store.dump(), dump);
    const forced = await ingest(store, [FIXTURES], { geo: false, force: true });
    assert.equal(forced.extracted, 8);
    assert.equal(await store.dump(), dump, 'same extractor, same content');
  });

  it('ingest: the same text under two names is extracted once and both inputs point to it', async (store) => {
    const dir = tmp();
    copyFileSync(join(FIXTURES, 'dispatch-fr.txt'), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), `${readFileSync(join(FIXTURES, 'dispatch-fr.txt'), 'utf8')}\n\n`);
    const c = await ingest(store, [dir], { geo: false });
    assert.equal(c.extracted, 1);
    assert.equal(c.duplicates, 1);
    assert.equal((await store.stats()).inputs, 2);
  });

  it('ingest: an unsupported language is a recorded failure, skipped on the next run', async (store) => {
    const dir = tmp();
    writeFileSync(join(dir, 'de.txt'), 'date 2022-01-06\nIn Almaty wurden am Donnerstag acht Polizisten bei Ausschreitungen getötet, teilte das Innenministerium mit. Die Regierung trat zurück.');
    const c = await ingest(store, [dir], { geo: false });
    assert.equal(c.failed, 1);
    const [f] = await store.failures();
    assert.equal(f!.code, 'unsupported-language');
    assert.match(f!.message, /de\.txt/);
    const again = await ingest(store, [dir], { geo: false });
    assert.equal(again.knownFailures, 1);
    assert.equal(again.extracted + again.failed, 0);
  });

  it('serve --db: stored articles come back into the API catalog with their text, events and incidents', async (store) => {
    await store.saveBatch({ articles: [stored(), stored(TEXT2, '2022-01-06', null), stored(TEXT3, '2022-01-08', null)], inputs: [], failures: [] });
    await mergeIncidents(store);
    const catalog = new MemoryCatalog();
    assert.deepEqual(await loadStore(catalog, store), { articles: 3, skipped: 0 });
    const almaty = catalog.allEvents({ place: 'Almaty' });
    assert.ok(almaty.length >= 2);
    for (const [text, date] of [[TEXT, '2022-01-06'], [TEXT2, '2022-01-06'], [TEXT3, '2022-01-08']] as const) {
      assert.equal(catalog.article(stored(text, date).extraction.doc.id)!.text, text);
    }
    assert.equal(catalog.allEvents({}).length, (await store.stats()).events);
    const incidents = new Set(almaty.map((e) => e.incidentId));
    assert.ok(incidents.size < almaty.length, 'the store\'s incidents group the two Almaty reports');
  });
}
