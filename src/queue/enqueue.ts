/**
 * `eventwire enqueue`: read the inputs as `eventwire ingest` does, record read failures and inputs
 * whose text is already stored, and add one job per distinct new text to the queue. Workers
 * (`eventwire worker`) extract and save them.
 */
import type PgBoss from 'pg-boss';
import type { DocumentDate } from '../core/schema.js';
import { EXTRACTOR_VERSION } from '../core/pipeline.js';
import { contentHash } from '../ingest/hash.js';
import { problemRow, readSources, sourceOptionsOf } from '../ingest/sources.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import type { FailureRow, InputRef } from '../store/store.js';
import { DEFAULT_POLICY, QUEUE, DEAD_LETTER, type ArticleJob, type JobPolicy } from './boss.js';

export interface EnqueueOptions {
  force?: boolean;
  lang?: string | null;
  date?: DocumentDate | null;
  maxBytes?: number;
  follow?: boolean;
  fetch?: typeof fetch;
  /** Deadline of each download (feed, page, followed link). */
  fetchTimeoutMs?: number;
  policy?: Partial<JobPolicy>;
}

export interface EnqueueCounts { inputs: number; articles: number; duplicates: number; alreadyStored: number; knownFailures: number; readFailures: number; warnings: number; queued: number }

export async function enqueue(store: PostgresStore, boss: PgBoss, paths: readonly string[], options: EnqueueOptions = {}): Promise<EnqueueCounts> {
  const counts: EnqueueCounts = { inputs: 0, articles: 0, duplicates: 0, alreadyStored: 0, knownFailures: 0, readFailures: 0, warnings: 0, queued: 0 };
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  let inputs: InputRef[] = [];
  let failures: FailureRow[] = [];
  const flush = async () => {
    if (!inputs.length && !failures.length) return;
    const batch = { articles: [], inputs, failures };
    inputs = []; failures = [];
    await store.saveBatch(batch);
  };
  const jobs = new Map<string, ArticleJob>();
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
      if (failures.length >= 256) await flush();
      continue;
    }
    counts.articles++;
    const hash = contentHash(item.article.text);
    const same = jobs.get(hash);
    if (same) { counts.duplicates++; same.inputs.push({ location: item.location, docId: item.docId }); continue; }
    if (!options.force) {
      const known = await store.findArticle(hash, item.article.url);
      if (known && known.extractorVersion === EXTRACTOR_VERSION) {
        counts.alreadyStored++;
        inputs.push({ location: item.location, hash: known.hash, docId: item.docId });
        if (inputs.length >= 256) await flush();
        continue;
      }
      const failed = await store.findFailure(hash);
      if (failed && failed.extractorVersion === EXTRACTOR_VERSION) {
        counts.knownFailures++;
        failures.push({ ...failed, location: item.location, message: failed.message.replace(failed.location, item.location) });
        continue;
      }
    }
    jobs.set(hash, { hash, article: item.article, inputs: [{ location: item.location, docId: item.docId }], lang: options.lang ?? null, force: Boolean(options.force) });
  }
  await flush();
  const all = [...jobs.values()];
  for (let i = 0; i < all.length; i += 200) {
    await boss.insert(all.slice(i, i + 200).map((data) => ({
      name: QUEUE, data, retryLimit: policy.retryLimit, retryDelay: policy.retryDelay, retryBackoff: true,
      expireInSeconds: policy.expireInSeconds, deadLetter: DEAD_LETTER,
    })));
  }
  counts.queued = all.length;
  return counts;
}
