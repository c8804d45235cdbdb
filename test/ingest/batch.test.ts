/**
 * 10,000 inputs with 1% broken ones (binary, empty, truncated JSON, a 50 MB text, invalid UTF-8):
 * every good article is ingested, every bad input is reported by name and reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const GOOD = 9_900;

test('10,000 inputs, 1% broken: every good article stored, every bad input reported', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ew-batch-'));
  const data = join(dir, 'in');
  mkdirSync(join(data, 'files'), { recursive: true });
  // Good: 9,900 articles, 99 JSONL files of 100 records.
  for (let f = 0; f < 99; f++) {
    const lines: string[] = [];
    for (let r = 0; r < 100; r++) {
      const i = f * 100 + r;
      lines.push(JSON.stringify({ id: `a${i}`, date: '2022-01-06', text: `Des manifestants se sont rassemblés à Almaty (rassemblement ${i}).` }));
    }
    writeFileSync(join(data, `part-${String(f).padStart(3, '0')}.jsonl`), `${lines.join('\n')}\n`);
  }
  // Bad: 100 inputs, each with the reason it must be reported for.
  const expected = new Map<string, string>();
  for (let i = 0; i < 30; i++) { const p = join(data, 'files', `binary-${i}`); writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, i])); expected.set(p, 'input-binary'); }
  for (let i = 0; i < 30; i++) { const p = join(data, 'files', `empty-${i}.txt`); writeFileSync(p, i % 2 ? '' : '  \n\t'); expected.set(p, 'input-empty'); }
  for (let i = 0; i < 20; i++) { const p = join(data, 'files', `truncated-${i}.json`); writeFileSync(p, JSON.stringify({ text: `Des manifestants à Almaty, dépêche ${i}` }).slice(0, 25 + i)); expected.set(p, 'bad-json'); }
  for (let i = 0; i < 19; i++) { const p = join(data, 'files', `invalid-utf8-${i}.txt`); writeFileSync(p, Buffer.concat([Buffer.from(`date 2022-01-06\nDes émeutiers ${i} à Almaty `), Buffer.from([0xff, 0xfe, 0xc3])])); expected.set(p, 'invalid-utf8'); }
  const huge = join(data, 'files', 'huge.txt');
  const fd = openSync(huge, 'w'); ftruncateSync(fd, 50 * 1024 * 1024); closeSync(fd); // 50 MB, written sparse
  expected.set(huge, 'input-too-large');
  assert.equal(expected.size, 100);

  const store = new SqliteStore(join(dir, 'batch.db'));
  const t0 = performance.now();
  const c = await ingest(store, [data], { geo: false, workers: 0, merge: false });
  const seconds = (performance.now() - t0) / 1000;
  assert.equal(c.inputs, 10_000);
  assert.equal(c.extracted, GOOD + 19, 'the good articles and the decodable part of the invalid UTF-8 ones');
  const failures = await store.failures();
  const got = new Map(failures.map((f) => [f.location, f.code]));
  for (const [where, code] of expected) assert.equal(got.get(where), code, where);
  assert.equal(failures.length, 100);
  for (const f of failures) assert.ok(f.message.includes(f.location), `${f.location}: the message names the input`);
  const stats = await store.stats();
  assert.equal(stats.articles, GOOD + 19);
  await store.close();
  process.stdout.write(`# 10,000 inputs in ${seconds.toFixed(1)} s\n`);
});
