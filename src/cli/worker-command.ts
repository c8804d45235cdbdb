/**
 * eventwire worker --db postgres://… [--concurrency N] [--no-geo] [--poll-seconds S] [--merge-every-ms MS] [--maintenance-seconds S] [--quiet]
 * Runs until SIGINT/SIGTERM, then finishes the jobs in flight and exits 0. Run as many as you like,
 * on as many machines as reach the database (docs/scale-out.md).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { runWorker } from '../queue/run-worker.js';
import { postgresUrl } from './enqueue-command.js';

const USAGE = 'usage: eventwire worker --db postgres://USER@HOST:PORT/DB [--concurrency N] [--no-geo] [--poll-seconds S] [--merge-every-ms MS] [--maintenance-seconds S] [--quiet]';

function usage(message: string): number {
  process.stderr.write(`eventwire: ${message}\n${USAGE}\n`);
  return 2;
}

export async function workerCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: false,
      options: {
        db: { type: 'string' }, concurrency: { type: 'string' }, 'no-geo': { type: 'boolean', default: false },
        'poll-seconds': { type: 'string' }, 'merge-every-ms': { type: 'string' }, 'maintenance-seconds': { type: 'string' }, quiet: { type: 'boolean', default: false },
      },
    });
  } catch (err) { return usage((err as Error).message); }
  const { values } = parsed;
  const url = postgresUrl(values.db);
  if (!url) return usage(`--db: expected a postgres:// URL, found ${values.db ? `"${values.db}"` : 'none'}`);
  const concurrency = values.concurrency !== undefined ? Number(values.concurrency) : Math.max(1, availableParallelism());
  if (!Number.isInteger(concurrency) || concurrency < 1) return usage(`--concurrency: expected a whole number ≥ 1, found "${values.concurrency}"`);
  const num = (name: string, v: string | undefined, min: number): number | undefined | string => {
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isFinite(n) && n >= min ? n : `--${name}: expected a number ≥ ${min}, found "${v}"`;
  };
  const poll = num('poll-seconds', values['poll-seconds'], 0.5);
  const mergeEvery = num('merge-every-ms', values['merge-every-ms'], 50);
  const maintenance = num('maintenance-seconds', values['maintenance-seconds'], 1);
  for (const v of [poll, mergeEvery, maintenance]) if (typeof v === 'string') return usage(v);
  let requestStop!: () => void;
  const stop = new Promise<void>((resolve) => { requestStop = resolve; });
  let stopping = false;
  const onSignal = () => {
    if (stopping) process.exit(130);
    stopping = true;
    requestStop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const log = values.quiet ? () => {} : (line: string) => process.stderr.write(`eventwire worker: ${line}\n`);
  const c = await runWorker(url, {
    concurrency, geo: !values['no-geo'], pollSeconds: poll as number | undefined, mergeEveryMs: mergeEvery as number | undefined,
    maintenanceIntervalSeconds: maintenance as number | undefined, stop, log,
  });
  log(`${c.jobs} job(s): ${c.extracted} extracted, ${c.skipped} already stored, ${c.failed} failed; ${c.merges} merge(s)`);
  return 0;
}
