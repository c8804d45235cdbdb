/**
 * The job queue of distributed ingest: pg-boss (10.x: the last line that runs on Node 20) in the
 * `pgboss` schema of the store's own PostgreSQL database. One job per distinct article text; a job
 * that keeps failing is retried with exponential back-off, then copied with its error to the
 * dead-letter queue.
 */
import PgBoss from 'pg-boss';

export const QUEUE = 'eventwire-articles';
export const DEAD_LETTER = 'eventwire-dead';
export const BOSS_SCHEMA = 'pgboss';

/** Retry, back-off and expiry of article jobs (set per job by `eventwire enqueue`). */
export interface JobPolicy {
  /** Attempts after the first. */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) at each further one. */
  retryDelay: number;
  /** An active job whose worker went silent this long (killed, lost) is failed and retried. */
  expireInSeconds: number;
}

export const DEFAULT_POLICY: JobPolicy = { retryLimit: 3, retryDelay: 10, expireInSeconds: 900 };

export interface BossOptions {
  /** Whether this process runs pg-boss maintenance (expiring jobs of dead workers, archiving). */
  supervise?: boolean;
  maintenanceIntervalSeconds?: number;
  /** Connections of pg-boss's own pool. */
  max?: number;
}

/** Starts pg-boss on `url` (creating its schema and our two queues on first use). */
export async function startBoss(url: string, options: BossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url, schema: BOSS_SCHEMA, application_name: 'eventwire-queue', max: options.max ?? 4,
    supervise: options.supervise ?? false, schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    // Completed jobs stay queryable for a day (throughput figures of `eventwire status`).
    archiveCompletedAfterSeconds: 86_400,
  });
  boss.on('error', (err: Error) => { process.stderr.write(`eventwire: queue: ${err.message}\n`); });
  await boss.start();
  for (const name of [DEAD_LETTER, QUEUE]) {
    if (await boss.getQueue(name)) continue;
    try {
      await boss.createQueue(name, name === QUEUE ? { name, deadLetter: DEAD_LETTER, retryBackoff: true, ...DEFAULT_POLICY } : { name, retentionDays: 30 });
    } catch (err) {
      // Another process created it at the same moment.
      if (!(await boss.getQueue(name))) throw err;
    }
  }
  return boss;
}

/** What a job carries: the article as read, and every input that had this text. */
export interface ArticleJob {
  hash: string;
  article: import('../core/article.js').Article;
  inputs: { location: string; docId: string | null }[];
  lang: string | null;
  force: boolean;
}
