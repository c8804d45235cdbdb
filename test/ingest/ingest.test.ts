import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentHash, normalisedText } from '../../src/ingest/hash.js';
import { normaliseRecord, readSources } from '../../src/ingest/sources.js';
import { articleFromHtml } from '../../src/input/html.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const tmp = () => mkdtempSync(join(tmpdir(), 'ew-ingest-'));

test('normalised hash: white space and Unicode composition do not make a new article', () => {
  assert.equal(normalisedText('  Émeutes\n\nà  Almaty '), 'Émeutes à Almaty');
  assert.equal(contentHash('E\u0301meutes à Almaty'), contentHash('Émeutes  à\nAlmaty'));
});

test('records of common dumps: doc_id, dct, date_from_dateline and links are our fields', () => {
  assert.deepEqual(normaliseRecord({ doc_id: 'x', dct: '2014-01-12', text: 't' }), { record: { id: 'x', date: '2014-01-12', text: 't' }, docId: 'x' });
  assert.deepEqual(normaliseRecord({ date_from_dateline: '2012-05-22', text: 't' }).record, { date: '2012-05-22', text: 't' });
  assert.deepEqual(normaliseRecord({ published: '2022-01-06T09:12:00Z', link: 'http://x', text: 't' }).record, { date: '2022-01-06', url: 'http://x', text: 't' });
});

test('HTML page: main text without navigation or footer, title, date and author from the metadata', () => {
  const { article, author } = articleFromHtml(require_('page.html'), 'page.html');
  assert.equal(article.title, "Kazakhstan : des dizaines d'assaillants « éliminés » à Almaty");
  assert.deepEqual(article.date, { value: '2022-01-06', precision: 'day' });
  assert.equal(author, 'Rédaction avec AFP');
  assert.equal(article.lang, 'fr');
  assert.equal(article.source, 'Le Journal');
  assert.match(article.text, /Au moins huit membres des forces de sécurité/);
  assert.match(article.text, /Moscou en renfort/);
  assert.doesNotMatch(article.text, /Accueil|Lire aussi|© Le Journal/);
  assert.ok(article.text.includes('\n\n'), 'paragraphs stay apart');
});

function require_(name: string): string { return readFileSync(join(FIXTURES, name), 'utf8'); }

test('sources: every reader, every failure by name and reason, in a stable order', async () => {
  const items = [];
  for await (const item of readSources([FIXTURES, join(FIXTURES, 'missing.txt')])) items.push(item);
  const failures = items.filter((i) => i.kind === 'failure').map((i) => `${i.location} ${i.kind === 'failure' ? i.code : ''}`);
  assert.deepEqual(failures.map((f) => f.replace(FIXTURES, '')), [
    '/binary input-binary', '/empty.txt input-empty', '/records.jsonl:3 bad-date', '/records.jsonl:4 bad-json', '/missing.txt input-not-found',
  ]);
  const articles = items.flatMap((i) => (i.kind === 'article' ? [i] : []));
  const feed = articles.filter((a) => a.location.includes('feed.rss'));
  assert.equal(feed.length, 2);
  assert.equal(feed[0]!.article.title, 'Manifestation à Tbilissi');
  assert.deepEqual(feed[0]!.article.date, { value: '2024-05-02', precision: 'day' });
  assert.equal(feed[0]!.docId, 'fil-1');
  assert.match(feed[0]!.article.text, /Des milliers de manifestants/);
  const gva = articles.find((a) => a.docId === 'gva-1')!;
  assert.deepEqual(gva.article.date, { value: '2014-01-12', precision: 'day' });
  assert.equal(gva.location, `${join(FIXTURES, 'records.jsonl')}:1`);
  assert.ok(items.some((i) => i.kind === 'warning' && /UTF-8/.test(i.message)));
});

test('a .gz file is read as what it holds', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'docs.jsonl.gz'), gzipSync(readFileSync(join(FIXTURES, 'records.jsonl'))));
  const items = [];
  for await (const item of readSources([dir])) items.push(item);
  assert.equal(items.filter((i) => i.kind === 'article').length, 2);
  assert.equal(items.filter((i) => i.kind === 'failure').length, 2);
});
