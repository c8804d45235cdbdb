/** The queue commands from the command line: usage errors, and enqueue → status on a fresh database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { freshDatabase } from './pg-server.js';

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, EVENTWIRE_DB: '' } });

test('cli: enqueue, worker and status need a postgres:// URL (exit 2)', () => {
  for (const cmd of [['enqueue', 'samples', '--db', 'x.db'], ['worker', '--db', 'x.db'], ['status']]) {
    const r = run(...cmd);
    assert.equal(r.status, 2, cmd.join(' '));
    assert.match(r.stderr, /postgres:\/\/ URL/);
  }
  assert.equal(run('worker', '--db', 'postgres://x/y', '--concurrency', '0').status, 2);
});

test('cli: enqueue then status shows the queued articles and the lag', { timeout: 120_000 }, async (t) => {
  const db = await freshDatabase();
  if (!db.url) { t.skip(`PostgreSQL tests skipped: ${db.reason}`); return; }
  try {
    const e = run('enqueue', 'test/fixtures/ingest/dispatch-fr.txt', 'test/fixtures/ingest/dispatch-month.txt', '--db', db.url, '--json');
    assert.equal(e.status, 0, e.stderr);
    assert.equal(JSON.parse(e.stdout).queued, 2);
    const s = run('status', '--db', db.url);
    assert.equal(s.status, 0, s.stderr);
    assert.match(s.stdout, /^queue +2 waiting, 0 to retry, 0 active, 0 done, 0 failed$/m);
    assert.match(s.stdout, /^lag +oldest waiting job: \d+ s$/m);
    const j = JSON.parse(run('status', '--db', db.url, '--json').stdout);
    assert.equal(j.queue.waiting, 2);
    assert.equal(j.store.articles, 0);
  } finally { await db.drop(); }
});
