// `serve --db`: articles saved in the SQLite store come back into the catalog with their text and
// extraction, through the Store interface only.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { MemoryCatalog } from '../../src/api/memory-catalog.js';
import { loadStore } from '../../src/api/store-catalog.js';
import { openStore } from '../../src/store/open.js';
import { fixtureCatalog } from './fixture.js';

test('a stored article is served with its events and offsets', async () => {
  const { catalog: source } = await fixtureCatalog();
  const seed = source.allEvents({ text: 'azirbek' })[0]!;
  const detail = source.article(seed.articleId)!;
  const dir = mkdtempSync(join(tmpdir(), 'eventwire-serve-db-'));
  const store = openStore(join(dir, 'test.db'));
  try {
    const x = detail.extraction;
    await store.saveBatch({
      articles: [{ hash: 'h1', docId: x.doc.id, url: null, title: null, source: null, lang: x.doc.lang, date: x.doc.date?.value ?? null, datePrecision: x.doc.date?.precision ?? null, file: null, text: detail.text, extraction: x, extractorVersion: x.extractor.version }],
      inputs: [{ location: 'seed.txt', hash: 'h1', docId: x.doc.id }],
      failures: [],
    });
    const catalog = new MemoryCatalog();
    const r = await loadStore(catalog, store);
    assert.deepEqual(r, { articles: 1, skipped: 0 });
    assert.equal(catalog.allEvents({}).length, x.events.length);
    assert.equal(catalog.article(x.doc.id)!.text, detail.text);
    assert.ok(catalog.allEvents({ place: 'Almaty' }).length >= 6);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
