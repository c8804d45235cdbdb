/**
 * eventwire status --db postgres://… [--json]
 * Queue depth, throughput, failures, dead letters and lag of distributed ingest; the store's counts.
 */
import { parseArgs } from 'node:util';
import { formatStatus, queueStatus } from '../queue/status.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { postgresUrl } from './enqueue-command.js';

const USAGE = 'usage: eventwire status --db postgres://USER@HOST:PORT/DB [--json]';

export async function statusCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: false, options: { db: { type: 'string' }, json: { type: 'boolean', default: false } } });
  } catch (err) { process.stderr.write(`eventwire: ${(err as Error).message}\n${USAGE}\n`); return 2; }
  const url = postgresUrl(parsed.values.db);
  if (!url) { process.stderr.write(`eventwire: --db: expected a postgres:// URL\n${USAGE}\n`); return 2; }
  const store = new PostgresStore(url, { max: 1 });
  try {
    const s = await queueStatus(store);
    process.stdout.write(parsed.values.json ? `${JSON.stringify(s, null, 2)}\n` : formatStatus(s));
    return 0;
  } finally { await store.close(); }
}
