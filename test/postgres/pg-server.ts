/**
 * A PostgreSQL server for the tests: $EVENTWIRE_TEST_PG if set, else the throwaway cluster of
 * scripts/pg-test-server.sh (started here when it is not running). Each caller gets a fresh database.
 * When no server can be reached or started, `pgUrl()` returns null with the reason, and the PostgreSQL
 * tests skip with that reason.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const SCRIPT = fileURLToPath(new URL('../../scripts/pg-test-server.sh', import.meta.url));
let server: Promise<{ url: string | null; reason: string }> | null = null;

async function reachable(url: string): Promise<string | null> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try { await c.connect(); await c.query('SELECT 1'); return null; } catch (err) { return (err as Error).message; } finally { await c.end().catch(() => {}); }
}

async function findServer(): Promise<{ url: string | null; reason: string }> {
  const env = process.env.EVENTWIRE_TEST_PG;
  if (env) {
    const err = await reachable(env);
    return err ? { url: null, reason: `EVENTWIRE_TEST_PG=${env} is not reachable: ${err}` } : { url: env, reason: '' };
  }
  const local = 'postgres://postgres@127.0.0.1:54329/postgres';
  if (!(await reachable(local))) return { url: local, reason: '' };
  try {
    const url = execFileSync(SCRIPT, ['start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    const err = await reachable(url);
    return err ? { url: null, reason: `the test cluster started but is not reachable: ${err}` } : { url, reason: '' };
  } catch (err) {
    return { url: null, reason: `no PostgreSQL server: set EVENTWIRE_TEST_PG or install PostgreSQL 15 (scripts/pg-test-server.sh failed: ${String((err as { stderr?: string }).stderr ?? (err as Error).message).trim().slice(0, 300)})` };
  }
}

/** The URL of a new, empty database, or the reason there is none. */
export async function freshDatabase(): Promise<{ url: string | null; reason: string; drop: () => Promise<void> }> {
  server ??= findServer();
  const s = await server;
  if (!s.url) return { url: null, reason: s.reason, drop: async () => {} };
  const name = `ew_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: s.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(s.url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(), reason: '',
    drop: async () => {
      const c = new pg.Client({ connectionString: s.url! });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await c.end();
    },
  };
}
