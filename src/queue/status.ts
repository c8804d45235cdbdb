/**
 * What `eventwire status` reports: queue depth by state, throughput (articles saved per minute by the
 * workers), failures and the dead-letter queue, lag (age of the oldest job waiting), the store's counts.
 */
import { PostgresStore } from '../store/postgres/postgres-store.js';
import type { StoreStats } from '../store/store.js';
import { BOSS_SCHEMA, DEAD_LETTER, QUEUE } from './boss.js';

export interface QueueStatus {
  queue: { waiting: number; retry: number; active: number; completed: number; failed: number };
  deadLetter: { count: number; recent: { location: string; error: string; at: string }[] };
  throughput: { lastMinute: number; last5MinutesPerMinute: number; last15MinutesPerMinute: number; workers: number };
  lagSeconds: number | null;
  store: StoreStats;
}

export async function queueStatus(store: PostgresStore): Promise<QueueStatus> {
  await store.init();
  const q = async (sql: string, args: unknown[] = []) => (await store.pool.query(sql, args)).rows as Record<string, unknown>[];
  const hasBoss = (await q('SELECT to_regclass($1) IS NOT NULL AS e', [`${BOSS_SCHEMA}.job`]))[0]!.e === true;
  const queue = { waiting: 0, retry: 0, active: 0, completed: 0, failed: 0 };
  const deadLetter: QueueStatus['deadLetter'] = { count: 0, recent: [] };
  let lagSeconds: number | null = null;
  if (hasBoss) {
    for (const r of await q(`SELECT state::text AS state, count(*)::int AS n FROM ${BOSS_SCHEMA}.job WHERE name = $1 GROUP BY 1`, [QUEUE])) {
      const n = r.n as number;
      if (r.state === 'created') queue.waiting += n; else if (r.state === 'retry') queue.retry += n;
      else if (r.state === 'active') queue.active += n; else if (r.state === 'completed') queue.completed += n; else if (r.state === 'failed') queue.failed += n;
    }
    queue.completed += ((await q(`SELECT count(*)::int AS n FROM ${BOSS_SCHEMA}.archive WHERE name = $1 AND state = 'completed'`, [QUEUE]))[0]!.n as number);
    deadLetter.count = (await q(`SELECT count(*)::int AS n FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND state < 'completed'`, [DEAD_LETTER]))[0]!.n as number;
    deadLetter.recent = (await q(`SELECT data->'inputs'->0->>'location' AS location, coalesce(output->'value'->>'message', output->>'message', output::text) AS error, created_on AS at
      FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND state < 'completed' ORDER BY created_on DESC LIMIT 5`, [DEAD_LETTER]))
      .map((r) => ({ location: String(r.location), error: String(r.error), at: (r.at as Date).toISOString() }));
    const lag = (await q(`SELECT extract(epoch FROM now() - min(created_on))::float AS s FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry')`, [QUEUE]))[0]!.s;
    lagSeconds = lag === null ? null : Math.round(lag as number);
  }
  const t = (await q(`SELECT count(*) FILTER (WHERE at > now() - interval '1 minute')::int AS m1,
      count(*) FILTER (WHERE at > now() - interval '5 minutes')::int AS m5,
      count(*) FILTER (WHERE at > now() - interval '15 minutes')::int AS m15,
      count(DISTINCT worker) FILTER (WHERE at > now() - interval '5 minutes')::int AS workers
    FROM ingest_log WHERE at > now() - interval '15 minutes'`))[0]!;
  return {
    queue, deadLetter, lagSeconds,
    throughput: { lastMinute: t.m1 as number, last5MinutesPerMinute: Number(((t.m5 as number) / 5).toFixed(1)), last15MinutesPerMinute: Number(((t.m15 as number) / 15).toFixed(1)), workers: t.workers as number },
    store: await store.stats(),
  };
}

export function formatStatus(s: QueueStatus): string {
  const lag = s.lagSeconds === null ? '—' : s.lagSeconds < 120 ? `${s.lagSeconds} s` : `${(s.lagSeconds / 60).toFixed(1)} min`;
  const lines = [
    `queue      ${s.queue.waiting} waiting, ${s.queue.retry} to retry, ${s.queue.active} active, ${s.queue.completed} done, ${s.queue.failed} failed`,
    `lag        oldest waiting job: ${lag}`,
    `throughput ${s.throughput.lastMinute} articles in the last minute; ${s.throughput.last5MinutesPerMinute}/min over 5 min, ${s.throughput.last15MinutesPerMinute}/min over 15 min; ${s.throughput.workers} worker process(es) active`,
    `failures   ${s.store.failures} input(s) failed (eventwire ingest --report --db …); ${s.deadLetter.count} job(s) in the dead-letter queue`,
    ...s.deadLetter.recent.map((d) => `           dead: ${d.location}: ${d.error}`),
    `store      ${s.store.articles} articles, ${s.store.inputs} inputs, ${s.store.events} events, ${s.store.incidents} incidents, ${s.store.dirtyBlocks} block(s) awaiting merge`,
  ];
  return `${lines.join('\n')}\n`;
}
