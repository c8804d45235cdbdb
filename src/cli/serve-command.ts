/**
 * eventwire serve [--db FILE] [--port P] [--host H] [--token T] [--cors ORIGIN…] [FILE|FOLDER…]
 * One process: the JSON API (/api/, described at /api/openapi.json) and the dashboard (/).
 * With no database and no files it opens the bundled samples/, so a newcomer sees something at once.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp, DEFAULT_RATE_LIMIT, warmUp } from '../api/app.js';
import { loadArticles, loadExtractor } from '../api/load.js';
import { MemoryCatalog } from '../api/memory-catalog.js';
import { loadStore } from '../api/store-catalog.js';
import { projectFile } from '../core/paths.js';

const USAGE = 'usage: eventwire serve [--db FILE] [--port P] [--host 127.0.0.1] [--token T] [--cors ORIGIN] [--rate-limit N/min] [FILE|FOLDER…]';

export async function serveCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        token: { type: 'string' },
        cors: { type: 'string', multiple: true },
        'rate-limit': { type: 'string' },
      },
    });
  } catch (err) {
    process.stderr.write(`eventwire: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`eventwire: --port: expected 0-65535, found "${values.port}"\n${USAGE}\n`);
    return 2;
  }
  const rate = values['rate-limit'] === undefined ? null : Number(values['rate-limit']);
  if (rate !== null && (!Number.isFinite(rate) || rate < 0)) {
    process.stderr.write(`eventwire: --rate-limit: expected requests per minute (0 = off), found "${values['rate-limit']}"\n`);
    return 2;
  }
  const token = values.token ?? process.env.EVENTWIRE_TOKEN ?? null;
  const warn = (m: string) => process.stderr.write(`eventwire: warning: ${m}\n`);
  const started = Date.now();
  const extract = await loadExtractor(warn);
  const catalog = new MemoryCatalog();
  let added = 0;
  const inputs: string[] = [];
  if (values.db) {
    if (!/^postgres(ql)?:\/\//.test(values.db) && !existsSync(values.db)) {
      process.stderr.write(`eventwire: --db: no database at "${values.db}" (create one with eventwire ingest --db ${values.db} FILES…)\n`);
      return 2;
    }
    const { openStore } = await import('../store/open.js');
    const store = openStore(values.db);
    try {
      const r = await loadStore(catalog, store);
      added += r.articles;
      if (r.skipped) warn(`${r.skipped} stored extractions do not match the current schema; re-ingest them`);
    } finally {
      await store.close();
    }
    inputs.push(values.db);
  }
  if (positionals.length > 0 || !values.db) {
    const paths = positionals.length > 0 ? positionals : [projectFile('samples')];
    const r = loadArticles(catalog, paths, extract);
    for (const f of r.failures) process.stderr.write(`eventwire: ${f.message} [${f.code}]\n`);
    added += r.added;
    inputs.push(...paths);
  }
  const webRoot = projectFile('dist', 'web');
  if (!existsSync(webRoot)) warn('the dashboard is not built (npm run build:web); serving the API only');
  const app = createApp({
    catalog,
    extract,
    token,
    corsOrigins: values.cors ?? null,
    webRoot: existsSync(webRoot) ? webRoot : null,
    rateLimit: rate === 0 ? null : rate === null ? DEFAULT_RATE_LIMIT : { perMinute: rate, burst: Math.max(10, Math.ceil(rate / 10)) },
    clientAddress: (c) => {
      try {
        return getConnInfo(c).remote.address ?? 'unknown';
      } catch {
        return 'unknown';
      }
    },
  });
  await warmUp(app);
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: values.host }, (info) => {
      process.stderr.write(`eventwire: ${added} articles (${inputs.join(', ')}) in ${Date.now() - started} ms; `
        + `serving http://${values.host}:${info.port}/ (API: /api/openapi.json; submissions ${token ? 'on' : 'off'})\n`);
    });
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
