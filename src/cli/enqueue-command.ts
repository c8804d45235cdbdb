/**
 * eventwire enqueue PATH|URL… --db postgres://… [--force] [--follow] [--lang L] [--date D] [--max-bytes N] [--fetch-timeout SECONDS]
 *                                [--retry-limit N] [--retry-delay S] [--expire-seconds S] [--json]
 * Reads the inputs and adds one job per new article text to the queue of `eventwire worker`.
 * Exit codes: 0 queued (read failures are recorded and reported); 1 some inputs could not be read; 2 usage.
 */
import { parseArgs } from 'node:util';
import { parseDocumentDate } from '../common/calendar.js';
import { DEFAULT_FETCH_TIMEOUT_MS } from '../input/fetch.js';
import { DEFAULT_MAX_BYTES } from '../input/read.js';
import { DEFAULT_POLICY, startBoss } from '../queue/boss.js';
import { enqueue } from '../queue/enqueue.js';
import { PostgresStore, redact } from '../store/postgres/postgres-store.js';

const USAGE = `usage: eventwire enqueue PATH|URL… --db postgres://USER@HOST:PORT/DB [--force] [--follow] [--lang L] [--date YYYY[-MM[-DD]]] [--max-bytes N] [--fetch-timeout SECONDS]
                        [--retry-limit N] [--retry-delay SECONDS] [--expire-seconds SECONDS] [--json]`;

function usage(message: string): number {
  process.stderr.write(`eventwire: ${message}\n${USAGE}\n`);
  return 2;
}

/** `--db` for the queue commands: a PostgreSQL URL, from the option or $EVENTWIRE_DB. */
export function postgresUrl(value: string | undefined): string | null {
  const url = value ?? process.env.EVENTWIRE_DB;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : null;
}

function wholeNumber(name: string, value: string | undefined, fallback: number, min = 0): number | string {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : `--${name}: expected a whole number ≥ ${min}, found "${value}"`;
}

export async function enqueueCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true,
      options: {
        db: { type: 'string' }, force: { type: 'boolean', default: false }, follow: { type: 'boolean', default: false },
        lang: { type: 'string' }, date: { type: 'string' }, 'fetch-timeout': { type: 'string' }, 'max-bytes': { type: 'string' }, json: { type: 'boolean', default: false },
        'retry-limit': { type: 'string' }, 'retry-delay': { type: 'string' }, 'expire-seconds': { type: 'string' },
      },
    });
  } catch (err) { return usage((err as Error).message); }
  const { values, positionals } = parsed;
  const url = postgresUrl(values.db);
  if (!url) return usage(`--db: expected a postgres:// URL (the queue lives in PostgreSQL), found ${values.db ? `"${values.db}"` : 'none'}`);
  if (positionals.length === 0) return usage('enqueue needs at least one file, folder or URL');
  const date = values.date ? parseDocumentDate(values.date) : null;
  if (values.date && !date) return usage(`--date: expected YYYY, YYYY-MM or YYYY-MM-DD, found "${values.date}"`);
  const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) return usage(`--max-bytes: expected a positive number, found "${values['max-bytes']}"`);
  const fetchTimeout = values['fetch-timeout'] ? Number(values['fetch-timeout']) : DEFAULT_FETCH_TIMEOUT_MS / 1000;
  if (!Number.isFinite(fetchTimeout) || fetchTimeout <= 0) return usage(`--fetch-timeout: expected a positive number of seconds, found "${values['fetch-timeout']}"`);
  const retryLimit = wholeNumber('retry-limit', values['retry-limit'], DEFAULT_POLICY.retryLimit);
  const retryDelay = wholeNumber('retry-delay', values['retry-delay'], DEFAULT_POLICY.retryDelay);
  const expireInSeconds = wholeNumber('expire-seconds', values['expire-seconds'], DEFAULT_POLICY.expireInSeconds, 1);
  for (const v of [retryLimit, retryDelay, expireInSeconds]) if (typeof v === 'string') return usage(v);
  const store = new PostgresStore(url);
  const boss = await startBoss(url, { max: 2 });
  try {
    const t0 = performance.now();
    const c = await enqueue(store, boss, positionals, {
      force: values.force, follow: values.follow, lang: values.lang ?? null, date, maxBytes, fetchTimeoutMs: fetchTimeout * 1000,
      policy: { retryLimit: retryLimit as number, retryDelay: retryDelay as number, expireInSeconds: expireInSeconds as number },
    });
    const summary = { ...c, db: redact(url), seconds: Number(((performance.now() - t0) / 1000).toFixed(1)) };
    if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      process.stderr.write(`eventwire: ${c.queued} article(s) queued from ${c.inputs} input(s); ${c.alreadyStored} already stored, ${c.duplicates} duplicate(s), `
        + `${c.knownFailures} known failure(s), ${c.readFailures} unreadable (${summary.seconds} s)\n`);
    }
    return c.readFailures + c.knownFailures > 0 ? 1 : 0;
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true }).catch(() => {});
    await store.close();
  }
}
