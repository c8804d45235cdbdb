/**
 * The store test suite on SQLite and on PostgreSQL (test/store/store-suite.ts), each back end's
 * migrations and indexes, and one corpus ingested into both dumping the same content.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/open.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { ftsQuery, migrate, SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import Database from 'better-sqlite3';
import { freshDatabase } from '../postgres/pg-server.js';
import { storeSuite, type Backend } from './store-suite.js';

const sqlite: Backend = {
  name: 'sqlite',
  fresh: async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ew-store-')), 'test.db');
    return { store: new SqliteStore(path), reopen: async () => new SqliteStore(path), cleanup: async () => {} };
  },
};

const postgres: Backend = {
  name: 'postgres',
  fresh: async () => {
    const db = await freshDatabase();
    if (!db.url) return { skip: `PostgreSQL tests skipped: ${db.reason}` };
    return { store: openStore(db.url), reopen: async () => openStore(db.url!), cleanup: db.drop };
  },
};

storeSuite(sqlite);
storeSuite(postgres);

// What each back end expresses in its own dialect: the same tables, and indexes for every filter of
// the dashboard (date, type, country, place box, full text).
const TABLES = ['articles', 'inputs', 'failures', 'events', 'incidents', 'incident_events', 'dirty_blocks'];
const INDEXES = ['events_date', 'events_type', 'events_country', 'incidents_date', 'incidents_type', 'incidents_country'];

test('store [sqlite]: migrations applied once, in order; tables, indexes, FTS5 and R*Tree boxes', () => {
  const db = new Database(':memory:');
  assert.equal(migrate(db), MIGRATIONS.at(-1)!.version);
  assert.equal(migrate(db), MIGRATIONS.at(-1)!.version);
  assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.at(-1)!.version);
  const names = (type: string) => (db.prepare('SELECT name FROM sqlite_master WHERE type = ?').all(type) as { name: string }[]).map((r) => r.name);
  for (const t of [...TABLES, 'articles_fts', 'events_geo', 'incidents_geo']) assert.ok(names('table').includes(t), t);
  for (const i of INDEXES) assert.ok(names('index').includes(i), i);
});

test('store [sqlite]: fts query: every term quoted, so an apostrophe or an operator cannot break MATCH', () => {
  assert.equal(ftsQuery("l'Intérieur"), '"l\'Intérieur"');
  assert.equal(ftsQuery('émeute* AND "x'), '"émeute"* "AND" """x"');
  assert.equal(ftsQuery('   '), null);
});

test('store [postgres]: --db postgres://… opens the PostgreSQL store; migrations applied once, concurrently safe; tables, indexes, tsvector with unaccent, GiST boxes', async (t) => {
  const db = await freshDatabase();
  if (!db.url) { t.skip(`PostgreSQL tests skipped: ${db.reason}`); return; }
  const stores = [1, 2, 3].map(() => openStore(db.url!) as PostgresStore);
  try {
    assert.equal(stores[0]!.kind, 'postgres');
    const versions = await Promise.all(stores.map((s) => s.schemaVersion()));
    assert.deepEqual(versions, [PG_MIGRATIONS.at(-1)!.version, PG_MIGRATIONS.at(-1)!.version, PG_MIGRATIONS.at(-1)!.version]);
    const parts = await stores[0]!.pool.query("SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = 'events'::regclass");
    assert.equal(parts.rows[0].n, 1, 'only the default partition before any dated event');
    const fourth = openStore(db.url!) as PostgresStore;
    try { assert.equal(await fourth.schemaVersion(), PG_MIGRATIONS.at(-1)!.version, 'a later open migrates nothing'); } finally { await fourth.close(); }
    const rel = async (kind: string) => (await stores[0]!.pool.query("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = ANY($1)", [kind.split('')])).rows.map((r: { relname: string }) => r.relname);
    const tables = await rel('rp');
    for (const t of TABLES) assert.ok(tables.includes(t), t);
    const indexes = await rel('iI');
    for (const i of [...INDEXES, 'articles_tsv', 'events_geo', 'incidents_geo']) assert.ok(indexes.includes(i), i);
    const tsv = await stores[0]!.pool.query("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'");
    assert.equal(tsv.rowCount, 1, 'unaccent for accent-blind full text');
  } finally { await Promise.all(stores.map((s) => s.close())); await db.drop(); }
});

test('store [sqlite = postgres]: the same inputs ingested into both stores dump the same content', async (t) => {
  const db = await freshDatabase();
  if (!db.url) { t.skip(`PostgreSQL tests skipped: ${db.reason}`); return; }
  const inputs = ['test/fixtures/ingest', '../shared/seed/000_a78af1fe0153eff0.txt'];
  const lite = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'ew-both-')), 'x.db'));
  const pgs = openStore(db.url) as PostgresStore;
  try {
    const a = await ingest(lite, inputs, { workers: 0 });
    const b = await ingest(pgs, inputs, { workers: 0 });
    assert.deepEqual({ ...b, merge: null }, { ...a, merge: null });
    const [da, dbb] = [await lite.dump(), await pgs.dump()];
    const la = da.split('\n'); const lb = dbb.split('\n');
    assert.equal(lb.length, la.length, 'lines of the dumps');
    for (let i = 0; i < la.length; i++) if (lb[i] !== la[i]) assert.fail(`line ${i + 1} of the dumps differs: ${(lb[i] ?? '').slice(0, 300)} vs ${(la[i] ?? '').slice(0, 300)}`);
    const months = await pgs.pool.query("SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = 'events'::regclass");
    assert.ok(months.rows[0].n >= 2, 'monthly partitions were made');
  } finally { await lite.close(); await pgs.close(); await db.drop(); }
});
