/**
 * npm run bench:serve: `eventwire serve` under load on 100,000 generated events.
 *   - a child process holds the catalog and serves the API and the built dashboard;
 *   - autocannon (50 connections, gzip accepted like a browser) hits the dashboard's default
 *     queries, then a filtered query that changes on every request (no answer cache);
 *   - headless Chromium (when /usr/bin/chromium exists) times the first page until it is drawn.
 * Prints latency percentiles (ms) and requests per second. Options: --events N, --seconds S.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { projectFile } from '../src/core/paths.js';
import { generate } from './serve-data.js';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '100000' }, seconds: { type: 'string', default: '8' }, child: { type: 'boolean', default: false }, web: { type: 'string' } },
});
const N_EVENTS = Number(values.events);
const SECONDS = Number(values.seconds);

// ---- child: the server ----------------------------------------------------------------------
async function child(): Promise<void> {
  const { MemoryCatalog } = await import('../src/api/memory-catalog.js');
  const { createApp, warmUp } = await import('../src/api/app.js');
  const { serve } = await import('@hono/node-server');
  const t0 = performance.now();
  const catalog = new MemoryCatalog();
  for (const g of generate(N_EVENTS)) catalog.add(g.article, g.extraction);
  const loaded = performance.now() - t0;
  const t1 = performance.now();
  catalog.events({}, { limit: 1, offset: 0, sort: '-date' });
  const indexed = performance.now() - t1;
  const app = createApp({ catalog, webRoot: values.web ?? null, rateLimit: { perMinute: 1e9, burst: 1e9 } });
  const t2 = performance.now();
  await warmUp(app);
  const warmed = performance.now() - t2;
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.send!({ port: info.port, loaded, indexed, warmed, rss: process.memoryUsage().rss });
  });
}

// ---- parent: the load -------------------------------------------------------------------------
interface Figures { what: string; rps: number; p50: number; p90: number; p975: number; p99: number; max: number; errors: number }

async function load(url: string, what: string, vary?: (i: number) => string, seconds = SECONDS): Promise<Figures> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip' },
    ...(vary ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: vary(i++) }) }] } : {}),
  });
  const l = result.latency;
  return { what, rps: result.requests.average, p50: l.p50, p90: l.p90, p975: l.p97_5, p99: l.p99, max: l.max, errors: result.errors + result.non2xx };
}

async function firstPage(base: string): Promise<number[]> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  const times: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
      await page.goto(`${base}/`);
      await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
      // until the map has drawn its clusters: two animation frames after the data arrived
      const ms = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
      times.push(ms);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function parent(): Promise<void> {
  let web: string | null = null;
  const chromiumHere = existsSync('/usr/bin/chromium');
  if (chromiumHere) {
    web = mkdtempSync(join(tmpdir(), 'eventwire-bench-web-'));
    const { build } = await import('vite');
    await build({ configFile: projectFile('vite.config.ts'), logLevel: 'error', build: { outDir: web, emptyOutDir: true, sourcemap: false } });
  }
  const proc: ChildProcess = fork(process.argv[1]!, ['--child', '--events', String(N_EVENTS), ...(web ? ['--web', web] : [])], { execArgv: process.execArgv });
  type Info = { port: number; loaded: number; indexed: number; warmed: number; rss: number };
  const info = await new Promise<Info>((resolve, reject) => {
    proc.once('message', (m) => resolve(m as Info));
    proc.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${info.port}`;
  console.log(`eventwire serve bench: ${N_EVENTS.toLocaleString('en')} generated events, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`);
  console.log(`catalog: loaded in ${info.loaded.toFixed(0)} ms, sorted and indexed in ${info.indexed.toFixed(0)} ms, default answers computed and gzipped in ${info.warmed.toFixed(0)} ms, server RSS ${(info.rss / 2 ** 20).toFixed(0)} MiB`);
  try {
    const pages = chromiumHere ? await firstPage(base) : null;
    const rows: Figures[] = [];
    // one second of warm-up, not reported: JIT, and the collector's first pass over the catalog
    await load(`${base}/api/events?limit=25&offset=0`, 'warm-up', undefined, 1);
    // the dashboard's first requests, in the order it sends them
    rows.push(await load(`${base}/api/incidents?limit=25&offset=0`, 'GET /api/incidents?limit=25&offset=0 (default table)'));
    rows.push(await load(`${base}/api/events?limit=25&offset=0`, 'GET /api/events?limit=25&offset=0 (events tab)'));
    rows.push(await load(`${base}/api/events`, 'GET /api/events (API default: 50, newest first)'));
    rows.push(await load(`${base}/api/facets`, 'GET /api/facets (timeline, type counts)'));
    rows.push(await load(`${base}/api/points.bin`, 'GET /api/points.bin (every map point, ~0.9 MB gzipped)'));
    rows.push(await load(`${base}/api/events`, 'GET /api/events?country=..&minKilled=.. (uncached)', (i) => `/api/events?country=${['SD', 'UA', 'ML', 'NG', 'SY'][i % 5]}&minKilled=${i % 997}&limit=25`));
    console.log('');
    console.log('| request (50 connections, gzip) | req/s | p50 ms | p90 ms | p97.5 ms | p99 ms | max ms | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) console.log(`| ${r.what} | ${Math.round(r.rps)} | ${r.p50} | ${r.p90} | ${r.p975} | ${r.p99} | ${r.max} | ${r.errors} |`);
    if (pages) console.log(`\nfirst page drawn (navigation → data loaded → map drawn), 3 loads: ${pages.map((t) => `${t.toFixed(0)} ms`).join(', ')} (first on a cold answer cache)`);
    else console.log('\nfirst page: skipped (no /usr/bin/chromium)');
  } finally {
    proc.kill();
    if (web) rmSync(web, { recursive: true, force: true });
  }
}

if (values.child) await child();
else await parent();
