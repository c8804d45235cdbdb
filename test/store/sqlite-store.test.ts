import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { extract } from '../helpers.js';
import { EXTRACTOR_VERSION } from '../../src/core/pipeline.js';
import { contentHash } from '../../src/ingest/hash.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { ftsQuery, migrate, SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StoredArticle } from '../../src/store/store.js';

const TEXT = "Au moins huit membres des forces de sécurité ont été tués jeudi à Almaty, selon le ministère de l'Intérieur kazakh. Les émeutes ont gagné le gaz naturel liquéfié.";

function stored(text = TEXT, date = '2022-01-06'): StoredArticle {
  const x = extract(text, date);
  return { hash: contentHash(text), docId: 'd1', url: null, title: 'Émeutes à Almaty', source: null, lang: 'fr', date, datePrecision: 'day', file: 'a.txt', text, extraction: x, extractorVersion: EXTRACTOR_VERSION };
}

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'ew-store-')), 'test.db');

test('migrations: applied once, in order, user_version is the last one', () => {
  const db = new Database(':memory:');
  assert.equal(migrate(db), MIGRATIONS.at(-1)!.version);
  assert.equal(migrate(db), MIGRATIONS.at(-1)!.version);
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
  for (const t of ['articles', 'inputs', 'failures', 'events', 'incidents', 'incident_events', 'articles_fts', 'events_geo', 'incidents_geo']) assert.ok(tables.includes(t), t);
  const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
  for (const i of ['events_date', 'events_type', 'events_country', 'incidents_date', 'incidents_type', 'incidents_country']) assert.ok(indexes.includes(i), i);
});

test('fts query: every term quoted, so an apostrophe or an operator cannot break MATCH', () => {
  assert.equal(ftsQuery("l'Intérieur"), '"l\'Intérieur"');
  assert.equal(ftsQuery('émeute* AND "x'), '"émeute"* "AND" """x"');
  assert.equal(ftsQuery('   '), null);
});

test('full text: diacritics and case ignored, quoted user terms, prefixes', async () => {
  const store = new SqliteStore(tmpDb());
  await store.saveBatch({ articles: [stored()], inputs: [{ location: 'a.txt', hash: contentHash(TEXT), docId: 'd1' }], failures: [] });
  const db = store.db;
  const match = (q: string) => (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(ftsQuery(q)) as { n: number }).n;
  assert.equal(match('interieur'), 1);
  assert.equal(match("l'Intérieur"), 1);
  assert.equal(match('LIQUEFIE'), 1);
  assert.equal(match('emeute*'), 1);
  assert.equal(match('securite'), 1);
  assert.equal(match('inexistant'), 0);
  assert.match(store.snippet(contentHash(TEXT), 'liquefie') ?? '', /\[liquéfié\]/);
  await store.close();
});

test('saving an article again replaces it and its events; inputs and failures are upserts without change', async () => {
  const store = new SqliteStore(tmpDb());
  const a = stored();
  const batch = { articles: [a], inputs: [{ location: 'a.txt', hash: a.hash, docId: 'd1' }], failures: [{ location: 'b.txt', code: 'input-empty', message: 'b.txt: empty', hash: null, extractorVersion: null }] };
  await store.saveBatch(batch);
  const first = await store.dump();
  const stats = await store.stats();
  assert.equal(stats.articles, 1);
  assert.ok(stats.events >= 1);
  await store.saveBatch(batch);
  assert.equal(await store.dump(), first);
  assert.deepEqual(await store.findArticle(a.hash, null), { hash: a.hash, extractorVersion: EXTRACTOR_VERSION });
  assert.equal((await store.failures()).length, 1);
  // The input that was a failure and now reads clears its failure.
  await store.saveBatch({ articles: [], inputs: [{ location: 'b.txt', hash: a.hash, docId: null }], failures: [] });
  assert.equal((await store.failures()).length, 0);
  await store.close();
});

test('reopening a store keeps its content and schema version', async () => {
  const path = tmpDb();
  const s1 = new SqliteStore(path);
  await s1.saveBatch({ articles: [stored()], inputs: [], failures: [] });
  await s1.close();
  const s2 = new SqliteStore(path);
  assert.equal((await s2.stats()).articles, 1);
  assert.equal(s2.db.pragma('user_version', { simple: true }), MIGRATIONS.at(-1)!.version);
  await s2.close();
});
