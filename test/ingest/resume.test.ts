/**
 * Killing `eventwire ingest` with SIGKILL at random moments and resuming ends with exactly the same
 * database content (row ids and clock times aside) as an uninterrupted run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { writeCorpus } from './corpus.js';

const N = 400;
const ROOT = join(import.meta.dirname, '..', '..');
const CLI = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'ingest'];

async function dump(path: string): Promise<string> {
  const s = new SqliteStore(path);
  try { return await s.dump(); } finally { await s.close(); }
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function* randoms(seed: number): Generator<number> {
  let x = seed;
  for (;;) { x = (x * 1103515245 + 12345) % 2 ** 31; yield x / 2 ** 31; }
}

/** Articles saved so far, read beside the writer (WAL readers do not block it). */
function saved(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try { return (c.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n; } finally { c.close(); }
  } catch { return 0; }
}

test('SIGKILL at random moments, then resume: same content as an uninterrupted run', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ew-resume-'));
  const corpus = join(dir, 'corpus');
  writeCorpus(corpus, N);
  const args = (db: string) => [...CLI, corpus, '--db', db, '--workers', '1', '--no-geo', '--quiet'];

  const ref = join(dir, 'ref.db');
  const r = spawnSync(process.execPath, args(ref), { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const expected = await dump(ref);

  const db = join(dir, 'killed.db');
  const random = randoms(42);
  let killedMidway = 0;
  for (let k = 0; k < 4; k++) {
    // Kill once a random number of further articles is saved (mid-batch, mid-transaction or mid-merge).
    // Targets spread over the run: about 10–25 %, 30–45 %, 50–65 %, 70–85 % of the articles.
    const target = Math.floor(N * (0.1 + 0.2 * k + (random.next().value as number) * 0.15));
    const extraMs = Math.floor((random.next().value as number) * 150);
    const child = spawn(process.execPath, args(db), { cwd: ROOT, stdio: 'ignore' });
    let exited = false;
    const done = new Promise<number | null>((resolve) => child.once('exit', (code) => { exited = true; resolve(code); }));
    while (!exited && saved(db) < target) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, extraMs));
    if (!exited) child.kill('SIGKILL');
    if ((await done) === null && saved(db) < N) killedMidway++;
  }
  assert.ok(existsSync(db));
  assert.ok(killedMidway >= 3, `expected most runs to be killed before the end, ${killedMidway} were`);
  const done = spawnSync(process.execPath, args(db), { cwd: ROOT, encoding: 'utf8' });
  assert.equal(done.status, 0, done.stderr);
  assert.equal(await dump(db), expected);
});
