/**
 * `eventwire ingest`: read every input, skip what the store already has (same normalised text or URL,
 * same extractor version), extract the rest in worker threads, and save each small batch in one
 * transaction. A crash or Ctrl-C loses at most the batch in flight, which the next run redoes: the
 * articles are keyed by their text hash and the incidents are recomputed from the stored events, so
 * a resumed run ends with the same content as an uninterrupted one.
 */
import type { Article } from '../core/article.js';
import type { DocumentDate } from '../core/schema.js';
import { EXTRACTOR_VERSION } from '../core/pipeline.js';
import { mergeIncidents, type MergeSummary } from '../incidents/merge.js';
import type { FailureRow, InputRef, Store, StoredArticle } from '../store/store.js';
import { contentHash } from './hash.js';
import { createPool } from './pool.js';
import { silentProgress, type Progress } from './progress.js';
import { problemRow, readSources } from './sources.js';

export interface IngestOptions {
  workers?: number;
  force?: boolean;
  geo?: boolean;
  lang?: string | null;
  date?: DocumentDate | null;
  maxBytes?: number;
  follow?: boolean;
  batchSize?: number;
  progress?: Progress;
  /** Skip incident merging (tests of ingest alone). */
  merge?: boolean;
  /** Set to true (e.g. on SIGINT) to stop after the articles in flight are saved. */
  stop?: { requested: boolean };
  fetch?: typeof fetch;
  /** Deadline of each download (feed, page, followed link). */
  fetchTimeoutMs?: number;
}

export interface IngestCounts {
  inputs: number;
  articles: number;
  alreadyStored: number;
  knownFailures: number;
  duplicates: number;
  extracted: number;
  failed: number;
  readFailures: number;
  warnings: number;
  merge: MergeSummary | null;
  interrupted: boolean;
}

interface Pending { article: Article; hash: string; location: string; docId: string | null }

export async function ingest(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestCounts> {
  const progress = options.progress ?? silentProgress;
  const counts: IngestCounts = { inputs: 0, articles: 0, alreadyStored: 0, knownFailures: 0, duplicates: 0, extracted: 0, failed: 0, readFailures: 0, warnings: 0, merge: null, interrupted: false };
  const batchSize = options.batchSize ?? 32;
  let inputs: InputRef[] = [];
  let failures: FailureRow[] = [];
  let articles: StoredArticle[] = [];
  const flush = async () => {
    if (!inputs.length && !failures.length && !articles.length) return;
    const batch = { articles, inputs, failures };
    articles = []; inputs = []; failures = [];
    await store.saveBatch(batch);
  };

  // 1. Read everything, keep only what needs extracting (reading is cheap; extraction is not).
  const todo: Pending[] = [];
  const firstOf = new Map<string, Pending>();
  const duplicatesOf = new Map<string, Pending[]>();
  for await (const item of readSources(paths, { date: options.date ?? null, lang: options.lang ?? null, maxBytes: options.maxBytes, follow: options.follow, fetch: options.fetch, fetchTimeoutMs: options.fetchTimeoutMs })) {
    if (item.kind === 'warning') {
      counts.warnings++;
      failures.push(problemRow(item));
      continue;
    }
    counts.inputs++;
    if (item.kind === 'failure') {
      counts.readFailures++;
      failures.push(problemRow(item));
      if (failures.length >= batchSize) await flush();
      continue;
    }
    counts.articles++;
    const hash = contentHash(item.article.text);
    const pending: Pending = { article: item.article, hash, location: item.location, docId: item.docId };
    if (firstOf.has(hash)) { counts.duplicates++; duplicatesOf.set(hash, [...(duplicatesOf.get(hash) ?? []), pending]); continue; }
    if (!options.force) {
      const known = await store.findArticle(hash, item.article.url);
      if (known && known.extractorVersion === EXTRACTOR_VERSION) {
        counts.alreadyStored++;
        inputs.push({ location: item.location, hash: known.hash, docId: item.docId });
        if (inputs.length >= batchSize * 8) await flush();
        continue;
      }
      const failed = await store.findFailure(hash);
      if (failed && failed.extractorVersion === EXTRACTOR_VERSION) {
        counts.knownFailures++;
        failures.push({ ...failed, location: item.location, message: failed.message.replace(failed.location, item.location) });
        continue;
      }
    }
    firstOf.set(hash, pending);
    todo.push(pending);
  }
  await flush();

  // 2. Extract in parallel, save in small batches as results arrive.
  progress.start(todo.length);
  if (todo.length > 0) {
    const pool = await createPool(options.workers ?? 0, { geo: options.geo !== false });
    let done = 0;
    let errors = 0;
    let next = 0;
    const inFlight = Math.max(4, (options.workers ?? 1) * 4);
    const one = async (): Promise<void> => {
      while (next < todo.length && !options.stop?.requested) {
        const p = todo[next++]!;
        let reply;
        try {
          reply = await pool.extract({ seq: 0, article: p.article, lang: options.lang ?? null });
        } catch (err) {
          reply = { seq: 0, error: { code: 'input-unreadable', message: `extraction crashed: ${(err as Error).message}` } };
        }
        const group = [p, ...(duplicatesOf.get(p.hash) ?? [])];
        if ('extraction' in reply) {
          const x = reply.extraction;
          articles.push({
            hash: p.hash, docId: p.docId, url: p.article.url, title: p.article.title, source: p.article.source, lang: x.doc.lang,
            date: p.article.date?.value ?? null, datePrecision: p.article.date?.precision ?? null, file: p.location,
            text: p.article.text, extraction: x, extractorVersion: EXTRACTOR_VERSION,
          });
          for (const g of group) inputs.push({ location: g.location, hash: p.hash, docId: g.docId });
          counts.extracted++;
        } else {
          errors++;
          counts.failed++;
          for (const g of group) {
            const message = reply.error.message.startsWith(g.location) ? reply.error.message : `${g.location}: ${reply.error.message}`;
            failures.push({ location: g.location, code: reply.error.code, message, hash: p.hash, extractorVersion: EXTRACTOR_VERSION });
          }
        }
        done++;
        progress.tick(done, errors);
        if (articles.length + failures.length >= batchSize) await flush();
      }
    };
    try {
      await Promise.all(Array.from({ length: inFlight }, one));
      await flush();
    } finally {
      await pool.close();
    }
    counts.interrupted = Boolean(options.stop?.requested) && next < todo.length;
  }
  progress.finish();

  // 3. Incidents: recomputed over the blocks the new events touched.
  if (options.merge !== false && !counts.interrupted) counts.merge = await mergeIncidents(store);
  return counts;
}
