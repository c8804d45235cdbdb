/**
 * npm run bench: extraction throughput (one core, all cores), peak memory, start-up and gazetteer
 * load time, geocoding overhead, and chrono-node's time on the same texts as a reference ratio.
 * Prints a table and appends it to docs/performance.md with the machine description.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import * as chrono from 'chrono-node';
import type { Article } from '../src/core/article.js';
import { extractArticle } from '../src/core/pipeline.js';
import { projectFile } from '../src/core/paths.js';
import { GAZETTEER_FILE, geocoderFrom } from '../src/extract/geocoder.js';
import { loadGazetteer } from '../src/geo/index.js';
import { gvaEnglish, seedRepeated, SEED_FILE, wikinewsFr } from './corpus.js';

interface Row { what: string; value: string; note: string }
const rows: Row[] = [];
const row = (what: string, value: string, note = '') => { rows.push({ what, value, note }); console.log(`${what.padEnd(46)} ${value.padStart(14)}  ${note}`); };

let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);
const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

/** Runs `fn` over the corpus until at least `minMs` have passed; returns articles per second. */
function throughput(articles: Article[], fn: (a: Article) => void, minMs = 3000): number {
  for (const a of articles) fn(a); // warm-up: JIT and lazy compilation
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) { for (const a of articles) fn(a); n += articles.length; sample(); }
  return (n / (performance.now() - t0)) * 1000;
}

/**
 * Two ways of running the corpus timed in alternation (a, b, a, b …, `rounds` each after one warm-up
 * pass of both), medians compared: timed one after the other, the second profits from the first's JIT
 * work and from whatever else the machine is doing at the time, and a share of a few percent drowns in it.
 */
function paired(articles: Article[], a: (x: Article) => void, b: (x: Article) => void, rounds = 7): { a: number; b: number } {
  const pass = (fn: (x: Article) => void) => { const t0 = performance.now(); for (const x of articles) fn(x); sample(); return performance.now() - t0; };
  pass(a); pass(b);
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < rounds; i++) { ta.push(pass(a)); tb.push(pass(b)); }
  const median = (v: number[]) => v.sort((x, y) => x - y)[v.length >> 1]!;
  return { a: (articles.length / median(ta)) * 1000, b: (articles.length / median(tb)) * 1000 };
}

function chronoParse(a: Article): void {
  const ref = a.date ? new Date(`${a.date.value.length === 7 ? `${a.date.value}-15` : a.date.value}T12:00:00Z`) : new Date();
  chrono.fr.parse(a.text, ref);
}

async function allCores(articles: Article[], rounds: number): Promise<number> {
  const n = cpus().length;
  const shares = Array.from({ length: n }, (_, i) => articles.filter((_, j) => j % n === i));
  const t0 = performance.now();
  await Promise.all(shares.map((share) => new Promise<void>((resolve, reject) => {
    const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: { articles: share, rounds } });
    w.once('message', () => resolve());
    w.once('error', reject);
  })));
  return (articles.length * rounds) / ((performance.now() - t0) / 1000);
}

const t0 = performance.now();
const rssBefore = process.memoryUsage().rss;
const gaz = loadGazetteer(GAZETTEER_FILE);
const gazMs = performance.now() - t0;
const gazMb = (process.memoryUsage().rss - rssBefore) / 1e6;
const geo = geocoderFrom(gaz);

const wiki = wikinewsFr();
const seeds = seedRepeated(100);
const gva = gvaEnglish(300);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

console.log(`eventwire bench — ${new Date().toISOString()} — ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
row('gazetteer load', `${gazMs.toFixed(0)} ms`, `+${gazMb.toFixed(0)} MB RSS`);
const startMs: number[] = [];
for (let i = 0; i < 3; i++) {
  const s = performance.now();
  execFileSync(process.execPath, [projectFile('dist', 'src', 'cli', 'main.js'), 'extract', SEED_FILE, '--lang', 'fr', '--format', 'jsonl'], { stdio: 'ignore' });
  startMs.push(performance.now() - s);
}
row('CLI start-up + seed extraction (--lang fr)', `${Math.min(...startMs).toFixed(0)} ms`, 'best of 3, whole process');

for (const [name, corpus] of [['wikinews-fr-100', wiki], ['seed ×100', seeds], ['gva-incidents en ×300', gva]] as const) {
  const withGeo = throughput(corpus, (a) => extractArticle(a, { geo }));
  const share = paired(corpus, (a) => extractArticle(a, { geo }), (a) => extractArticle(a, { geo: null }));
  const noGeo = share.b;
  const chronoRate = throughput(corpus, chronoParse);
  row(`${name}: extraction, 1 core`, `${withGeo.toFixed(0)} art/s`, `${(1000 / withGeo).toFixed(2)} ms/article`);
  row(`${name}: geocoding share of extraction time`, `${((1 / share.a - 1 / share.b) / (1 / share.a) * 100).toFixed(1)} %`, `median of 7 alternating passes: with ${share.a.toFixed(0)}, without ${noGeo.toFixed(0)} art/s`);
  row(`${name}: chrono-node fr.parse alone, 1 core`, `${chronoRate.toFixed(0)} art/s`, `our whole pipeline takes ${(chronoRate / withGeo).toFixed(2)}× chrono's time`);
}
sample();
row('peak RSS, one-core runs', mb(peakRss), 'target < 500 MB');
const corpus = [...wiki, ...seeds, ...gva];
await allCores(corpus.slice(0, 20), 1); // warm the file cache and the compiler
const parallel = await allCores(corpus, 40);
row(`all cores (${cpus().length} worker threads), wiki+seed+gva`, `${parallel.toFixed(0)} art/s`, 'includes each worker loading the gazetteer');
clearInterval(sampler);
sample();
row('peak RSS with the worker threads', mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024)), 'one process: every worker holds its own gazetteer');

// Distributed ingest: 1, 2 and 4 `eventwire worker` processes on one PostgreSQL (bench/workers.ts), when a
// server can be had ($EVENTWIRE_BENCH_PG, or the throwaway cluster of scripts/pg-test-server.sh).
if (process.argv.includes('--no-workers')) row('distributed ingest (1, 2, 4 workers)', 'skipped', '--no-workers');
else {
  try {
    const out = execFileSync(process.execPath, [projectFile('dist', 'bench', 'workers.js'), '--articles', '600', '--workers', '1,2,4'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    console.log(`\ndistributed ingest, 600 inputs of the development corpus (bench/workers.ts):\n${out}`);
    for (const line of out.split('\n').filter((l) => /^\d+ \|/.test(l))) {
      const c = line.split('|').map((x) => x.trim());
      row(`distributed ingest, ${c[0]} worker process(es)`, `${c[4]} art/s`, `steady ${c[5]} art/s; scaling efficiency ${c[7]} (wall) / ${c[8]} (steady)`);
    }
  } catch (err) {
    row('distributed ingest (1, 2, 4 workers)', 'skipped', `no PostgreSQL: ${String((err as { stderr?: string }).stderr ?? (err as Error).message).trim().split('\n')[0]!.slice(0, 120)}`);
  }
}

const file = projectFile('docs', 'performance.md');
if (!existsSync(file)) writeFileSync(file, '# Performance\n\nEach run of `npm run bench` appends a table here (newest last). Targets: ≥ 200 articles/s per core, peak memory < 500 MB, gazetteer load < 500 ms, geocoding < 20% of extraction time.\n');
let commit = 'uncommitted';
try { commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { /* not a checkout */ }
appendFileSync(file, `\n## ${new Date().toISOString().slice(0, 16)} — commit ${commit}\n${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n\n| measure | value | note |\n| --- | ---: | --- |\n${rows.map((r) => `| ${r.what} | ${r.value} | ${r.note} |`).join('\n')}\n`);
console.log(`\nappended to ${file}`);
