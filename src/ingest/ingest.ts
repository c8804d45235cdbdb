/**
 * `eventwire ingest`: read every input, skip what the store already has (same normalised text or URL,
 * same extractor version), extract the rest in worker threads, and save each small batch in one
 * transaction. A crash or Ctrl-C loses at most the batch in flight, which the next run redoes: the
 * articles are keyed by their text hash and the incidents are recomputed from the stored events, so
 * a resumed run ends with the same content as an uninterrupted one.
 */
import type { Article } from '../core/article.js';
import { EventwireError, ERROR_CODES } from '../core/errors.js';
import type { DocumentDate } from '../core/schema.js';
import { EXTRACTOR_VERSION } from '../core/pipeline.js';
import { mergeIncidents, type MergeSummary } from '../incidents/merge.js';
import type { FailureRow, InputRef, Store, StoredArticle } from '../store/store.js';
import { isStoreUnavailable } from '../store/unavailable.js';
import { contentHash } from './hash.js';
import { createPool } from './pool.js';
import { silentProgress, type Progress } from './progress.js';
import { problemRow, readSources, sourceOptionsOf } from './sources.js';

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
  /** How the store is named in a refused-write error (its file or redacted URL). */
  storeName?: string;
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
  let saved = 0;
  // Set when the store refuses a write (disk full, server gone): every loop stops, nothing more is
  // recorded — above all no article is marked failed for it — and a re-run resumes where it stopped.
  let refused: EventwireError | null = null;
  const flush = async () => {
    if (refused) throw refused;
    if (!inputs.length && !failures.length && !articles.length) return;
    const batch = { articles, inputs, failures };
    articles = []; inputs = []; failures = [];
    try {
      await store.saveBatch(batch);
      saved += batch.articles.length;
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      refused = new EventwireError(ERROR_CODES.STORE_UNAVAILABLE,
        `the store refused a write (${(err as Error).message}); ${saved} article(s) of this run were saved before it and the batch in hand was rolled back. `
        + 'Free the space or bring the database back, then run the same command again: it resumes without duplicates.', options.storeName ?? 'store');
      throw refused;
    }
  };

  // 1. Read everything, keep only what needs extracting (reading is cheap; extraction is not).
  const todo: Pending[] = [];
  const firstOf = new Map<string, Pending>();
  const duplicatesOf = new Map<string, Pending[]>();
  for await (const item of readSources(paths, sourceOptionsOf(options))) {
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
      while (next < todo.length && !options.stop?.requested && !refused) {
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
      // allSettled: when one loop meets a refused write, the others finish their article in hand
      // (and stop) before the pool closes under them.
      const loops = await Promise.allSettled(Array.from({ length: inFlight }, one));
      const crashed = loops.find((l): l is PromiseRejectedResult => l.status === 'rejected');
      if (refused) throw refused;
      if (crashed) throw crashed.reason;
      await flush();
    } finally {
      await pool.close();
    }
    counts.interrupted = Boolean(options.stop?.requested) && next < todo.length;
  }
  progress.finish();

  // 3. Incidents: recomputed over the blocks the new events touched.
  if (options.merge !== false && !counts.interrupted) {
    try { counts.merge = await mergeIncidents(store); } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      // The touched blocks stay marked dirty in the store, so the next run (or `ingest --merge`) redoes this.
      throw new EventwireError(ERROR_CODES.STORE_UNAVAILABLE, `the store refused the incident update (${(err as Error).message}); all ${saved} article(s) are saved. `
        + 'Free the space or bring the database back, then run the same command again.', options.storeName ?? 'store');
    }
  }
  return counts;
}
