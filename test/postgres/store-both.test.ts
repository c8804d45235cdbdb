/** The shared store suite on SQLite and on PostgreSQL; and one corpus ingested into both dumps the same. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/open.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { freshDatabase } from './pg-server.js';
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

test('store [postgres]: --db postgres://… opens the PostgreSQL store; migrations applied once, concurrently safe', async (t) => {
  const db = await freshDatabase();
  if (!db.url) { t.skip(`PostgreSQL tests skipped: ${db.reason}`); return; }
  const stores = [1, 2, 3].map(() => openStore(db.url!) as PostgresStore);
  try {
    assert.equal(stores[0]!.kind, 'postgres');
    const versions = await Promise.all(stores.map((s) => s.schemaVersion()));
    assert.deepEqual(versions, [PG_MIGRATIONS.at(-1)!.version, PG_MIGRATIONS.at(-1)!.version, PG_MIGRATIONS.at(-1)!.version]);
    const parts = await stores[0]!.pool.query("SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = 'events'::regclass");
    assert.equal(parts.rows[0].n, 1, 'only the default partition before any dated event');
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
