/**
 * Distributed ingest when the database itself fails:
 * - a full disk (PostgreSQL's own `disk_full` error, SQLSTATE 53100, raised by a trigger on the
 *   articles table): the worker waits and retries the write, spends no job attempt on it, records
 *   nothing as failed, and finishes once space is back;
 * - a database restart (fast shutdown, 3 s down, start) under two worker processes, on a cluster of
 *   its own so that no other test loses its server: both workers live through it.
 * Both end with every article saved exactly once and the content of a single-process SQLite ingest.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../src/ingest/ingest.js';
import { startBoss } from '../../src/queue/boss.js';
import { enqueue } from '../../src/queue/enqueue.js';
import { runWorker } from '../../src/queue/run-worker.js';
import { queueStatus } from '../../src/queue/status.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { writeCorpus } from '../ingest/corpus.js';
import { freshDatabase } from './pg-server.js';
import { exited, startWorker, until } from './worker-process.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/pg-test-server.sh', import.meta.url));

async function reference(dir: string, inputs: string[]): Promise<string> {
  const lite = new SqliteStore(join(dir, 'ref.db'));
  try { await ingest(lite, inputs, { workers: 0 }); return await lite.dump(); } finally { await lite.close(); }
}

async function done(store: PostgresStore): Promise<boolean> {
  const s = await queueStatus(store);
  return s.queue.waiting + s.queue.retry + s.queue.active === 0 && s.store.dirtyBlocks === 0;
}

async function savedOnce(store: PostgresStore, queued: number): Promise<void> {
  const saves = (await store.pool.query('SELECT hash, count(*)::int AS n FROM ingest_log WHERE extracted GROUP BY hash')).rows as { hash: string; n: number }[];
  assert.equal(saves.length, queued, 'every article saved');
  assert.deepEqual(saves.filter((r) => r.n !== 1), [], 'none saved twice');
  const s = await queueStatus(store);
  assert.equal(s.queue.failed, 0);
  assert.equal(s.deadLetter.count, 0);
}

test('disk full under a worker: it waits and retries the write, spends no attempt, marks nothing failed, then finishes exactly', { timeout: 180_000 }, async (t) => {
  const db = await freshDatabase();
  if (!db.url) { t.skip(`PostgreSQL tests skipped: ${db.reason}`); return; }
  const dir = mkdtempSync(join(tmpdir(), 'ew-pgfull-'));
  writeCorpus(join(dir, 'in'), 24);
  const inputs = [join(dir, 'in'), 'samples'];
  const store = new PostgresStore(db.url);
  let stop!: () => void;
  const stopped = new Promise<void>((r) => { stop = r; });
  try {
    const expected = await reference(dir, inputs);
    const boss = await startBoss(db.url, { max: 2 });
    const q = await enqueue(store, boss, inputs, { policy: { retryLimit: 1, retryDelay: 1, expireInSeconds: 60 } });
    await boss.stop({ graceful: false, close: true });
    await store.pool.query(`CREATE FUNCTION ew_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'could not extend file "base/1/2": No space left on device' USING ERRCODE = 'disk_full'; END $$`);
    await store.pool.query('CREATE TRIGGER ew_disk_full BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION ew_disk_full()');
    const lines: string[] = [];
    const worker = runWorker(db.url, { concurrency: 1, geo: true, pollSeconds: 0.5, mergeEveryMs: 300, maintenanceIntervalSeconds: 1, stop: stopped, log: (l) => lines.push(l) });
    await until('the worker to meet the full disk several times', 60_000, async () => lines.filter((l) => /database unavailable \(could not extend file/.test(l)).length >= 3);
    assert.equal((await store.stats()).articles, 0);
    assert.equal((await store.failures()).length, 0, 'a full disk is not the article\'s failure');
    await store.pool.query('DROP TRIGGER ew_disk_full ON articles'); // space freed
    await until('an empty queue and no block awaiting merge', 120_000, () => done(store));
    stop();
    const counts = await worker;
    assert.equal(counts.failed, 0);
    await savedOnce(store, q.queued);
    assert.equal((await queueStatus(store)).queue.completed, q.queued, 'every job completed at its first attempt or its wait');
    assert.equal(await store.dump(), expected);
  } finally {
    stop();
    await store.close();
    await db.drop();
  }
});

test('database restart under two worker processes: both live through it; every article saved exactly once, same content', { timeout: 300_000 }, async (t) => {
  if (!existsSync('/usr/lib/postgresql/15/bin/initdb') && !process.env.PG_BIN) { t.skip('no PostgreSQL binaries to run a cluster of its own'); return; }
  const env = { ...process.env, EW_PG_DIR: join(tmpdir(), `eventwire-pg-restart-${process.pid}`), EW_PG_PORT: String(54400 + (process.pid % 500)) };
  let url: string;
  try { url = execFileSync(SCRIPT, ['start'], { env, encoding: 'utf8' }).trim(); } catch (err) { t.skip(`cannot start a cluster of its own: ${(err as Error).message.slice(0, 200)}`); return; }
  const dir = mkdtempSync(join(tmpdir(), 'ew-restart-'));
  writeCorpus(join(dir, 'in'), 60);
  const inputs = [join(dir, 'in'), 'samples'];
  const store = new PostgresStore(url, { max: 2 });
  const workers: ChildProcess[] = [];
  try {
    const expected = await reference(dir, inputs);
    const boss = await startBoss(url, { max: 2 });
    const q = await enqueue(store, boss, inputs, { policy: { retryLimit: 3, retryDelay: 1, expireInSeconds: 10 } });
    await boss.stop({ graceful: false, close: true });
    for (let i = 0; i < 2; i++) workers.push(startWorker(url, i));
    const logged = async () => ((await store.pool.query('SELECT count(*)::int AS n FROM ingest_log')).rows[0].n as number);
    await until('a third of the articles', 240_000, async () => (await logged()) >= Math.floor(q.queued / 3));
    const before = await logged();
    execFileSync(SCRIPT, ['restart', '3'], { env });
    await until('an empty queue and no block awaiting merge', 120_000, () => done(store));
    assert.deepEqual(workers.map((w) => w.exitCode ?? w.signalCode), [null, null], 'both workers still running');
    for (const w of workers) w.kill('SIGTERM');
    assert.deepEqual(await Promise.all(workers.map(exited)), [0, 0]);
    await savedOnce(store, q.queued);
    assert.equal(await store.dump(), expected);
    t.diagnostic(`${q.queued} articles; database restarted after ${before} saves`);
  } finally {
    for (const w of workers) if (w.exitCode === null && !w.signalCode) w.kill('SIGKILL');
    await store.close().catch(() => {});
    execFileSync(SCRIPT, ['stop'], { env });
  }
});

