/**
 * Throughput of distributed ingest with 1, 2 and 4 `eventwire worker` processes (one extraction thread
 * each) against one PostgreSQL, and the scaling efficiency (throughput(N) / (N × throughput(1))).
 *   npx tsx bench/workers.ts [--articles 200] [--workers 1,2,4] [--db postgres://…]
 * Without --db it uses $EVENTWIRE_BENCH_PG or starts the throwaway cluster of scripts/pg-test-server.sh.
 * Corpus: the seed, wikinews-fr-100 (JSONL) and gva-incidents records, cut to --articles inputs.
 * Each run: a fresh database, the corpus enqueued, N workers started; timed from the workers' start
 * (gazetteer load included) to the last article saved, and from the first save to the last (steady state).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { projectFile } from '../src/core/paths.js';
import { startBoss } from '../src/queue/boss.js';
import { enqueue } from '../src/queue/enqueue.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '200' }, workers: { type: 'string', default: '1,2,4' }, db: { type: 'string' } } });
const total = Number(values.articles);
const counts = values.workers.split(',').map(Number);

function server(): string {
  if (values.db) return values.db;
  if (process.env.EVENTWIRE_BENCH_PG) return process.env.EVENTWIRE_BENCH_PG;
  return execFileSync(projectFile('scripts', 'pg-test-server.sh'), ['start'], { encoding: 'utf8' }).trim();
}

function corpus(dir: string): string[] {
  const lines = [
    JSON.stringify({ id: 'seed', text: readFileSync('../shared/seed/000_a78af1fe0153eff0.txt', 'utf8').replace(/^\s*date \S+\s*/, ''), date: '2022-01', lang: 'fr' }),
    ...readFileSync('../shared/data/wikinews-fr-100/wikinews_fr_100.jsonl', 'utf8').split('\n').filter(Boolean),
    ...gunzipSync(readFileSync('../shared/data/gva-incidents/documents.jsonl.gz')).toString('utf8').split('\n').filter(Boolean),
  ].slice(0, total);
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return [file];
}

async function run(base: string, inputs: string[], n: number) {
  const name = `ew_bench_${n}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(base); u.pathname = `/${name}`;
  const url = u.toString();
  const store = new PostgresStore(url);
  const boss = await startBoss(url, { max: 2 });
  const q = await enqueue(store, boss, inputs);
  await boss.stop({ graceful: false, close: true });
  const t0 = Date.now();
  const workers: ChildProcess[] = Array.from({ length: n }, () => spawn(process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--db', url, '--concurrency', '1', '--poll-seconds', '0.5', '--quiet'], { stdio: 'ignore' }));
  let done = 0;
  while (done < q.queued) {
    await new Promise((r) => setTimeout(r, 250));
    done = (await store.pool.query('SELECT count(*)::int AS n FROM ingest_log WHERE extracted')).rows[0].n as number;
  }
  const wall = (Date.now() - t0) / 1000;
  const span = (await store.pool.query('SELECT extract(epoch FROM max(at) - min(at))::float AS s, avg(ms)::float AS ms FROM ingest_log WHERE extracted')).rows[0] as { s: number; ms: number };
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => w.once('exit', r))));
  await store.close();
  await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  await admin.end();
  return { n, articles: q.queued, wall, steady: span.s, perArticleMs: span.ms };
}

const base = server();
const dir = mkdtempSync(join(tmpdir(), 'ew-bench-workers-'));
const inputs = corpus(dir);
process.stdout.write(`# eventwire workers: ${total} inputs, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
process.stdout.write('workers | articles | wall s | until first save s | articles/s (wall) | steady articles/s | ms per article in a worker | efficiency (wall) | efficiency (steady)\n');
process.stdout.write('---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:\n');
let one: { wall: number; steady: number } | null = null;
for (const n of counts) {
  const r = await run(base, inputs, n);
  const rate = r.articles / r.wall;
  const steady = (r.articles - 1) / r.steady;
  one ??= { wall: rate, steady };
  process.stdout.write(`${n} | ${r.articles} | ${r.wall.toFixed(1)} | ${(r.wall - r.steady).toFixed(1)} | ${rate.toFixed(2)} | ${steady.toFixed(2)} | ${r.perArticleMs.toFixed(0)} | ${(rate / (n * one.wall) * 100).toFixed(0)}% | ${(steady / (n * one.steady) * 100).toFixed(0)}%\n`);
}
