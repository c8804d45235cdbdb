/**
 * `eventwire worker`: pulls article jobs, extracts them in `concurrency` worker threads and saves each
 * article in one transaction (src/store/postgres/postgres-store.ts `saveArticleOnce`): a redelivered
 * job (its worker was killed after saving) or a second job with the same text saves nothing twice.
 * Incidents are recomputed every `mergeEveryMs` over the dirty blocks, under advisory locks, by
 * whichever worker gets there: the result depends only on the stored events.
 * A job whose article fails (extraction error, crashed thread) is retried with back-off by pg-boss,
 * then goes to the dead-letter queue with its error. A database that cannot take writes (disk full,
 * restarting, connection lost) is not the article's fault: the worker waits and retries the same write,
 * so no attempt of the job is spent on it and nothing is recorded as failed.
 */
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import { EXTRACTOR_VERSION } from '../core/pipeline.js';
import { clusterEvents } from '../incidents/merge.js';
import { createPool } from '../ingest/pool.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { isStoreUnavailable } from '../store/unavailable.js';
import { QUEUE, startBoss, type ArticleJob } from './boss.js';

export interface WorkerOptions {
  concurrency?: number;
  geo?: boolean;
  /** Seconds between polls of an empty queue (pg-boss minimum 0.5). */
  pollSeconds?: number;
  mergeEveryMs?: number;
  maintenanceIntervalSeconds?: number;
  /** Resolves when the worker should stop (after the jobs in flight). */
  stop?: Promise<void>;
  log?: (line: string) => void;
}

export interface WorkerCounts { jobs: number; extracted: number; skipped: number; failed: number; merges: number }

export async function runWorker(url: string, options: WorkerOptions = {}): Promise<WorkerCounts> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const log = options.log ?? (() => {});
  const id = `${hostname()}:${process.pid}`;
  const counts: WorkerCounts = { jobs: 0, extracted: 0, skipped: 0, failed: 0, merges: 0 };
  const store = new PostgresStore(url, { max: concurrency + 2 });
  await store.init();
  const pool = await createPool(concurrency, { geo: options.geo !== false });
  let boss: PgBoss | null = null;
  let merging: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const merge = (final = false) => {
    merging = merging.then(async () => {
      try {
        const m = await store.mergeDirty(clusterEvents, 'all', final ? 0 : (options.mergeEveryMs ?? 2000) * 0.9);
        if (m.blocks) { counts.merges++; log(`merged ${m.blocks} block(s): ${m.events} events → ${m.incidents} incidents`); }
      } catch (err) { log(`merge failed (will retry): ${(err as Error).message}`); }
    });
    return merging;
  };
  let stopping = false;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** `write()`, again and again while the database is unavailable (back-off 0.25 s → 10 s), until it goes through or the worker stops. */
  const whileUnavailable = async <T>(what: string, write: () => Promise<T>): Promise<T> => {
    for (let wait = 250; ; wait = Math.min(wait * 2, 10_000)) {
      try { return await write(); } catch (err) {
        if (!isStoreUnavailable(err) || stopping) throw err;
        log(`${what}: database unavailable (${(err as Error).message}); retrying in ${wait} ms`);
        await sleep(wait);
      }
    }
  };
  try {
    boss = await startBoss(url, { supervise: true, maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30, max: 2 });
    const handle = async (job: PgBoss.Job<ArticleJob>): Promise<object> => {
      counts.jobs++;
      const t0 = performance.now();
      const d = job.data;
      const inputs = d.inputs.map((i) => ({ location: i.location, hash: d.hash, docId: i.docId }));
      if (!d.force) {
        const known = await whileUnavailable(`job ${job.id}`, () => store.findArticle(d.hash, null));
        if (known?.extractorVersion === EXTRACTOR_VERSION) {
          await whileUnavailable(`job ${job.id}`, async () => {
            await store.saveBatch({ articles: [], inputs, failures: [] });
            await store.logSkipped(d.hash, { jobId: job.id, worker: id });
          });
          counts.skipped++;
          return { hash: d.hash, saved: false };
        }
      }
      let reply;
      try {
        reply = await pool.extract({ seq: 0, article: d.article, lang: d.lang });
      } catch (err) {
        reply = { seq: 0, error: { code: 'input-unreadable', message: `extraction crashed: ${(err as Error).message}` } };
      }
      if ('error' in reply) {
        counts.failed++;
        // Recorded as `eventwire ingest` records it (listed by `ingest --report`), then thrown: retried, then dead-lettered.
        const failures = d.inputs.map((g) => ({
          location: g.location, code: reply.error.code, hash: d.hash, extractorVersion: EXTRACTOR_VERSION,
          message: reply.error.message.startsWith(g.location) ? reply.error.message : `${g.location}: ${reply.error.message}`,
        }));
        await whileUnavailable(`job ${job.id}`, () => store.saveBatch({ articles: [], inputs: [], failures }));
        throw new Error(`${reply.error.code}: ${reply.error.message}`);
      }
      const a = d.article;
      const x = reply.extraction;
      const saved = await whileUnavailable(`job ${job.id}`, () => store.saveArticleOnce({
        hash: d.hash, docId: d.inputs[0]!.docId, url: a.url, title: a.title, source: a.source, lang: x.doc.lang,
        date: a.date?.value ?? null, datePrecision: a.date?.precision ?? null, file: d.inputs[0]!.location,
        text: a.text, extraction: x, extractorVersion: EXTRACTOR_VERSION,
      }, inputs, { jobId: job.id, worker: id, ms: performance.now() - t0 }, d.force));
      if (saved) counts.extracted++; else counts.skipped++;
      return { hash: d.hash, saved, events: x.events.length };
    };
    // Our own fetch loop per slot (pg-boss's work() waits out the polling interval after every job): the
    // next job is fetched as soon as one is done; an empty queue is polled every `pollSeconds`.
    const pollMs = (options.pollSeconds ?? 1) * 1000;
    const b = boss;
    const slot = async () => {
      while (!stopping) {
        let job: PgBoss.Job<ArticleJob> | undefined;
        try { job = (await b.fetch<ArticleJob>(QUEUE, { batchSize: 1 }))[0]; } catch (err) { log(`fetch failed: ${(err as Error).message}`); await sleep(pollMs); continue; }
        if (!job) { await sleep(pollMs); continue; }
        let out: object;
        try { out = await handle(job); } catch (err) {
          await b.fail(QUEUE, job.id, { message: (err as Error).message }).catch((e: Error) => log(`cannot record the failure of job ${job!.id}: ${e.message}`));
          continue;
        }
        await whileUnavailable(`completing job ${job.id}`, () => b.complete(QUEUE, job!.id, out))
          .catch((e: Error) => log(`cannot complete job ${job!.id} (it will be redelivered; its article is saved): ${e.message}`));
      }
    };
    const slots = Array.from({ length: concurrency }, slot);
    const every = options.mergeEveryMs ?? 2000;
    const tick = () => { if (!stopped) timer = setTimeout(() => { void merge().then(tick); }, every); };
    tick();
    log(`worker ${id}: ${concurrency} thread(s), polling ${QUEUE}`);
    await (options.stop ?? new Promise<void>(() => {}));
    log('stopping after the jobs in flight');
    stopping = true;
    await Promise.all(slots);
    await boss.stop({ graceful: false, wait: true, close: true });
    boss = null;
  } finally {
    stopped = true;
    if (timer) clearTimeout(timer);
    await merging;
    await merge(true);
    if (boss) await boss.stop({ graceful: false, wait: true, close: true }).catch(() => {});
    await pool.close();
    await store.close();
  }
  return counts;
}
