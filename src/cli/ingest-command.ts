/**
 * eventwire ingest PATH|URL… [--db FILE] [--workers N] [--force] [--follow] [--lang L] [--date D] [--no-geo] [--max-bytes N] [--fetch-timeout SECONDS] [--quiet]
 * eventwire ingest --report [--db FILE]        lists the recorded failures
 * eventwire ingest --merge [--db FILE]         re-derives the event rows from the stored extractions and recomputes every incident
 * Exit codes: 0 everything ingested; 1 some inputs failed (recorded, listed by --report); 2 usage.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { parseDocumentDate } from '../common/calendar.js';
import { DEFAULT_FETCH_TIMEOUT_MS } from '../input/fetch.js';
import { DEFAULT_MAX_BYTES } from '../input/read.js';
import { ingest } from '../ingest/ingest.js';
import { createProgress } from '../ingest/progress.js';
import { mergeIncidents } from '../incidents/merge.js';
import { DEFAULT_DB, openStore } from '../store/open.js';
import { redact } from '../store/postgres/postgres-store.js';

const USAGE = `usage: eventwire ingest PATH|URL… [--db FILE] [--workers N] [--force] [--follow] [--lang L] [--date YYYY[-MM[-DD]]] [--no-geo] [--max-bytes N] [--fetch-timeout SECONDS] [--quiet]
       eventwire ingest --report [--db FILE]
       eventwire ingest --merge [--db FILE]`;

function usage(message: string): number {
  process.stderr.write(`eventwire: ${message}\n${USAGE}\n`);
  return 2;
}

export async function ingestCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true,
      options: {
        db: { type: 'string', default: DEFAULT_DB }, workers: { type: 'string' }, force: { type: 'boolean', default: false },
        follow: { type: 'boolean', default: false }, lang: { type: 'string' }, date: { type: 'string' }, 'no-geo': { type: 'boolean', default: false },
        'fetch-timeout': { type: 'string' }, 'max-bytes': { type: 'string' }, quiet: { type: 'boolean', default: false }, report: { type: 'boolean', default: false },
        merge: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
      },
    });
  } catch (err) { return usage((err as Error).message); }
  const { values, positionals } = parsed;
  const store = openStore(values.db);
  try {
    if (values.report) {
      const failures = await store.failures();
      if (values.json) process.stdout.write(`${JSON.stringify(failures, null, 2)}\n`);
      else for (const f of failures) process.stdout.write(`${f.severity === 'warning' ? 'warning' : 'error'}\t${f.code}\t${f.message}\n`);
      process.stderr.write(`eventwire: ${failures.length} failure(s) recorded in ${values.db}\n`);
      return 0;
    }
    if (values.merge && positionals.length === 0) {
      await store.rederiveEvents();
      const m = await mergeIncidents(store, { all: true });
      process.stderr.write(`eventwire: ${m.events} events → ${m.incidents} incidents (${m.merged} from several articles) in ${m.ms.toFixed(0)} ms\n`);
      return 0;
    }
    if (positionals.length === 0) return usage('ingest needs at least one file, folder or URL');
    const date = values.date ? parseDocumentDate(values.date) : null;
    if (values.date && !date) return usage(`--date: expected YYYY, YYYY-MM or YYYY-MM-DD, found "${values.date}"`);
    const workers = values.workers !== undefined ? Number(values.workers) : Math.max(1, availableParallelism());
    if (!Number.isInteger(workers) || workers < 0) return usage(`--workers: expected a whole number ≥ 0, found "${values.workers}"`);
    const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : DEFAULT_MAX_BYTES;
    if (!Number.isFinite(maxBytes) || maxBytes <= 0) return usage(`--max-bytes: expected a positive number, found "${values['max-bytes']}"`);
    const fetchTimeout = values['fetch-timeout'] ? Number(values['fetch-timeout']) : DEFAULT_FETCH_TIMEOUT_MS / 1000;
    if (!Number.isFinite(fetchTimeout) || fetchTimeout <= 0) return usage(`--fetch-timeout: expected a positive number of seconds, found "${values['fetch-timeout']}"`);
    const stop = { requested: false };
    const onSignal = () => {
      if (stop.requested) process.exit(130);
      stop.requested = true;
      process.stderr.write('\neventwire: stopping after the articles in flight are saved (Ctrl-C again to quit now)\n');
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const progress = createProgress(process.stderr, values.quiet);
    const t0 = performance.now();
    const c = await ingest(store, positionals, {
      workers, force: values.force, follow: values.follow, lang: values.lang ?? null, date, geo: !values['no-geo'], maxBytes, fetchTimeoutMs: fetchTimeout * 1000, progress, stop, storeName: redact(values.db),
    });
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const stats = await store.stats();
    const summary = {
      inputs: c.inputs, articles: c.articles, extracted: c.extracted, alreadyStored: c.alreadyStored, duplicates: c.duplicates,
      knownFailures: c.knownFailures, failed: c.failed, readFailures: c.readFailures,
      incidents: c.merge ? { recomputedBlocks: c.merge.blocks, events: c.merge.events, incidents: c.merge.incidents, fromSeveralArticles: c.merge.merged } : null,
      store: stats, seconds: Number(((performance.now() - t0) / 1000).toFixed(1)), interrupted: c.interrupted,
    };
    if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      process.stderr.write(`eventwire ingest: ${c.inputs} inputs, ${c.articles} articles: ${c.extracted} extracted, ${c.alreadyStored} already stored, `
        + `${c.duplicates} duplicates, ${c.failed + c.knownFailures} failed extraction (${c.knownFailures} known), ${c.readFailures} unreadable`
        + `${c.merge ? `; incidents: ${c.merge.blocks} block(s) recomputed, ${c.merge.incidents} incidents` : '; incidents unchanged'} (${summary.seconds} s)\n`);
      process.stderr.write(`eventwire ingest: store ${values.db}: ${stats.articles} articles, ${stats.events} events, ${stats.incidents} incidents, ${stats.failures} failures (see --report)\n`);
    }
    if (c.interrupted) return 130;
    return c.failed + c.knownFailures + c.readFailures > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
