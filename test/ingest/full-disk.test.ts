/**
 * A full disk in the middle of `eventwire ingest`: the store refuses a write (SQLite's own
 * SQLITE_FULL, produced by capping the file with `PRAGMA max_page_count`), ingest stops with a named
 * error, nothing is recorded as failed because of it, and once space is freed the same command
 * resumes and ends with exactly the content of an uninterrupted run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventwireError } from '../../src/core/errors.js';
import { ingest } from '../../src/ingest/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { writeCorpus } from './corpus.js';

const pages = (s: SqliteStore) => s.db.pragma('page_count', { simple: true }) as number;

test('full disk during ingest: stops with a named error, records no false failure, resumes to the same content', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ew-full-'));
  writeCorpus(join(dir, 'in'), 60);
  const inputs = [join(dir, 'in'), join(import.meta.dirname, '..', 'fixtures', 'ingest')];

  const ref = new SqliteStore(join(dir, 'ref.db'));
  const empty = pages(ref);
  const whole = await ingest(ref, inputs, { workers: 0, batchSize: 4 });
  const grown = pages(ref) - empty;
  const expected = await ref.dump();
  const refFailures = (await ref.failures()).map((f) => `${f.location}\t${f.code}`);
  await ref.close();
  assert.ok(whole.extracted >= 50 && grown > 20, `the corpus fills ${grown} pages`);

  const path = join(dir, 'full.db');
  const store = new SqliteStore(path);
  store.db.pragma(`max_page_count = ${pages(store) + Math.floor(grown / 2)}`);
  await assert.rejects(ingest(store, inputs, { workers: 0, batchSize: 4, storeName: path }), (err: unknown) => {
    assert.ok(err instanceof EventwireError);
    assert.equal(err.code, 'store-unavailable');
    assert.match(err.message, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the store refused a write \\(database or disk is full\\); \\d+ article\\(s\\) of this run were saved`));
    assert.match(err.message, /run the same command again/);
    return true;
  });
  const partial = (await store.stats()).articles;
  assert.ok(partial > 0 && partial < whole.extracted, `stopped midway (${partial} of ${whole.extracted} saved)`);
  const failures = (await store.failures()).map((f) => `${f.location}\t${f.code}`);
  assert.deepEqual(failures.filter((f) => !refFailures.includes(f)), [], 'no article marked failed because the disk was full');

  store.db.pragma('max_page_count = 1073741823'); // space freed
  const again = await ingest(store, inputs, { workers: 0, batchSize: 4 });
  assert.equal(again.alreadyStored, partial);
  assert.equal(again.extracted, whole.extracted - partial);
  assert.equal(await store.dump(), expected);
  await store.close();
});

test('full disk during ingest with extraction threads: the threads are stopped cleanly, and the resume is exact', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ew-full-w-'));
  writeCorpus(join(dir, 'in'), 60);
  const ref = new SqliteStore(join(dir, 'ref.db'));
  const empty = pages(ref);
  await ingest(ref, [join(dir, 'in')], { workers: 0, geo: false });
  const grown = pages(ref) - empty;
  const expected = await ref.dump();
  await ref.close();
  const store = new SqliteStore(join(dir, 'full.db'));
  store.db.pragma(`max_page_count = ${pages(store) + Math.floor(grown / 3)}`);
  await assert.rejects(ingest(store, [join(dir, 'in')], { workers: 2, geo: false, batchSize: 2 }), /store refused a write/);
  store.db.pragma('max_page_count = 1073741823');
  await ingest(store, [join(dir, 'in')], { workers: 2, geo: false });
  assert.equal(await store.dump(), expected);
  await store.close();
});
