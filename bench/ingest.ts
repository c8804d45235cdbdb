/**
 * Ingest benchmark: articles per second into a fresh SQLite store with 1 and N worker threads
 * (extraction, hashing, saving and incident merging included; start-up included), and the database
 * size per 1,000 articles. Corpus: the gva-incidents English articles (first 1,000), else wikinews-fr
 * repeated. Prints a table; `runIngestBench()` returns the rows for bench/run.ts.
 *   node dist/bench/ingest.js [--articles N]
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ingest } from '../src/ingest/ingest.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { DATA_DIR, wikinewsFr } from './corpus.js';

export interface IngestBenchRow { what: string; value: string; note: string }

function corpus(n: number): { lines: string[]; from: string } {
  const gva = join(DATA_DIR, 'gva-incidents', 'documents.jsonl.gz');
  if (existsSync(gva)) {
    const lines = gunzipSync(readFileSync(gva)).toString('utf8').split('\n').filter(Boolean).slice(0, n);
    return { lines, from: `gva-incidents (${lines.length} English articles)` };
  }
  const wiki = wikinewsFr();
  const lines: string[] = [];
  for (let i = 0; lines.length < n; i++) {
    const a = wiki[i % wiki.length]!;
    lines.push(JSON.stringify({ id: `${a.id}-${i}`, date: a.date?.value ?? null, lang: 'fr', text: `${a.text}\n\n(${i})` }));
  }
  return { lines, from: `wikinews-fr-100 repeated (${lines.length})` };
}

export async function runIngestBench(articles = 1000): Promise<IngestBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ew-bench-ingest-'));
  const { lines, from } = corpus(articles);
  writeFileSync(join(dir, 'corpus.jsonl'), `${lines.join('\n')}\n`);
  const rows: IngestBenchRow[] = [];
  const cores = availableParallelism();
  for (const workers of [...new Set([1, cores])]) {
    const db = join(dir, `w${workers}.db`);
    const store = new SqliteStore(db);
    const t0 = performance.now();
    const c = await ingest(store, [join(dir, 'corpus.jsonl')], { workers });
    const secs = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const again = await ingest(store, [join(dir, 'corpus.jsonl')], { workers });
    const secsAgain = (performance.now() - t1) / 1000;
    const stats = await store.stats();
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    await store.close();
    const bytes = statSync(db).size;
    rows.push({ what: `ingest throughput, ${workers} worker(s)`, value: `${(c.extracted / secs).toFixed(1)} art/s`, note: `${c.extracted} articles in ${secs.toFixed(1)} s incl. start-up and merging; ${from}` });
    rows.push({ what: `re-ingest (nothing to do), ${workers} worker(s)`, value: `${secsAgain.toFixed(2)} s`, note: `${again.alreadyStored} already stored, ${again.extracted} extracted` });
    if (workers === 1) rows.push({ what: 'database size per 1,000 articles', value: `${((bytes / stats.articles) * 1000 / 1e6).toFixed(1)} MB`, note: `${stats.articles} articles, ${stats.events} events, ${stats.incidents} incidents, text + extraction JSON + FTS5` });
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--articles');
  const n = i > 0 ? Number(process.argv[i + 1]) : 1000;
  for (const r of await runIngestBench(n)) console.log(`${r.what.padEnd(44)} ${r.value.padStart(12)}  ${r.note}`);
}
