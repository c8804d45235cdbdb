/**
 * Downloads that go wrong — a server that never answers, one that stalls mid-body, redirect loops,
 * endless redirect chains, a body larger than the limit, a 404 — each end as one named failure, and
 * the inputs after them are still read. A real HTTP server on localhost, no mock of fetch.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readSources, type SourceItem } from '../../src/ingest/sources.js';

const PAGE = '<!doctype html><html><head><title>Émeutes à Almaty</title><meta name="date" content="2022-01-06"></head><body><article><p>Au moins huit membres des forces de sécurité ont été tués jeudi à Almaty, selon le ministère de l\'Intérieur kazakh. Des dizaines de manifestants ont été arrêtés.</p></article></body></html>';
const feed = (base: string, links: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Fil</title>${links.map((l, i) => `<item><title>Dépêche ${i}</title><link>${base}${l}</link><guid>g${i}</guid><pubDate>Thu, 06 Jan 2022 09:00:00 GMT</pubDate><description>Huit policiers ont été tués jeudi à Almaty.</description></item>`).join('')}</channel></rss>`;

let server: Server;
let base = '';
before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/never') return; // accepts, never answers
    if (path === '/stall') { res.writeHead(200, { 'content-type': 'text/html' }); res.write('<!doctype html><html><body><p>Au moins'); return; }
    if (path === '/loop-a') { res.writeHead(302, { location: '/loop-b' }); res.end(); return; }
    if (path === '/loop-b') { res.writeHead(301, { location: `${base}/loop-a` }); res.end(); return; }
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) { res.writeHead(302, { location: `/chain/${Number(chain[1]) + 1}` }); res.end(); return; }
    if (path === '/no-location') { res.writeHead(302); res.end(); return; }
    if (path === '/to-file') { res.writeHead(302, { location: 'file:///etc/passwd' }); res.end(); return; }
    if (path === '/huge') { // no content-length: only the streamed size can stop it
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(16_000)}</p>`;
      let sent = 0;
      const push = () => { while (sent < 200 && res.write(chunk)) sent++; if (sent < 200) res.once('drain', push); else res.end(); };
      push();
      return;
    }
    if (path === '/declared-huge') { res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50_000_000) }); res.write('<p>'); return; }
    if (path === '/moved') { res.writeHead(301, { location: '/page' }); res.end(); return; }
    if (path === '/page') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(PAGE); return; }
    if (path === '/feed') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(feed(base, ['/moved', '/loop-a', '/never', '/page'])); return; }
    res.writeHead(404); res.end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => { server.closeAllConnections(); server.close(); });

async function read(paths: string[], options: Parameters<typeof readSources>[1] = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const it of readSources(paths, { fetchTimeoutMs: 400, maxBytes: 1_000_000, ...options })) items.push(it);
  return items;
}

const failure = (items: SourceItem[], location: string) => items.find((i): i is Extract<SourceItem, { kind: 'failure' }> => i.kind === 'failure' && i.location === location);

test('fetch: every way a download goes wrong is one named failure, and the next input is still read', async () => {
  const bad = ['/never', '/stall', '/loop-a', '/chain/1', '/no-location', '/to-file', '/huge', '/declared-huge', '/missing'];
  const items = await read([...bad.map((p) => base + p), `${base}/moved`]);
  const expect: Record<string, [string, RegExp]> = {
    '/never': ['fetch-timeout', /no complete answer within 400 ms/],
    '/stall': ['fetch-timeout', /no complete answer within 400 ms/],
    '/loop-a': ['fetch-failed', /redirect loop: .*\/loop-a → .*\/loop-b → .*\/loop-a$/],
    '/chain/1': ['fetch-failed', /more than 5 redirects/],
    '/no-location': ['fetch-failed', /redirect without a Location header/],
    '/to-file': ['fetch-failed', /non-HTTP address "file:\/\/\/etc\/passwd"/],
    '/huge': ['input-too-large', /over 1000000 bytes/],
    '/declared-huge': ['input-too-large', /50000000 bytes is over the limit/],
    '/missing': ['fetch-failed', /expected HTTP 200, found 404/],
  };
  for (const p of bad) {
    const f = failure(items, base + p);
    assert.ok(f, `${p}: a failure named by its URL`);
    assert.equal(f.code, expect[p]![0], `${p}: ${f.message}`);
    assert.match(f.message, expect[p]![1]);
    assert.ok(f.message.startsWith(base + p), `${p}: the message names the URL`);
  }
  const ok = items.filter((i) => i.kind === 'article');
  assert.equal(ok.length, 1, 'the page after the bad ones, reached through a redirect');
  assert.match(ok[0]!.kind === 'article' ? ok[0]!.article.text : '', /huit membres des forces de sécurité/);
});

test('fetch: a followed feed keeps its good items when some links loop or hang', async () => {
  const items = await read([`${base}/feed`], { follow: true });
  const articles = items.filter((i) => i.kind === 'article');
  const failures = items.filter((i) => i.kind === 'failure');
  assert.equal(articles.length, 2, 'the moved page and the plain page');
  assert.deepEqual(failures.map((f) => f.kind === 'failure' ? f.code : ''), ['fetch-failed', 'fetch-timeout']);
  assert.ok(failures.every((f) => f.location.startsWith(`${base}/feed#g`)), 'named by feed and item');
});
