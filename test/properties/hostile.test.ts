// Every adversarial input of test/fixtures/hostile through extraction: the expected outcome (an
// extraction or a named failure with its code), valid spans, and a bounded time per document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventwireError } from '../../src/core/errors.js';
import { projectFile } from '../../src/core/paths.js';
import { extractArticle } from '../../src/core/pipeline.js';
import { loadGeocoder } from '../../src/extract/geocoder.js';
import { readInputs } from '../../src/input/read.js';
import { loadLanguageDetector } from '../../src/text/lang-id.js';
import { checkExtraction } from './properties.js';

type Expect = { outcome: 'extracted'; warning?: string; note: string } | { outcome: 'failed'; code: string; note: string };
const manifest = JSON.parse(readFileSync(projectFile('test', 'fixtures', 'hostile-manifest.json'), 'utf8')) as Record<string, Expect | Expect[]>;
const geo = loadGeocoder(() => {});
const detect = await loadLanguageDetector();
const BUDGET_MS = 5000;

test(`the hostile corpus holds at least 50 inputs (${Object.keys(manifest).length})`, () => assert.ok(Object.keys(manifest).length >= 50));

for (const [file, expected] of Object.entries(manifest)) {
  const expectations = Array.isArray(expected) ? expected : [expected];
  test(`hostile: ${file} — ${expectations.map((e) => e.note).join('; ')}`, () => {
    const path = projectFile('test', 'fixtures', 'hostile', file);
    // Language refusal is tested on the inputs that expect it; the others test the French extractors.
    const detectLanguage = expectations.some((e) => e.outcome === 'failed' && e.code === 'unsupported-language');
    const read = readInputs([path], { lang: detectLanguage ? null : 'fr' });
    const outcomes: { outcome: string; code?: string; warnings: string[] }[] = [];
    for (const f of read.failures) {
      assert.ok(f.message.includes(file), `the failure names the file: ${f.message}`);
      outcomes.push({ outcome: 'failed', code: f.code, warnings: [] });
    }
    for (const article of read.articles) {
      const t0 = performance.now();
      try {
        const x = extractArticle(article, { geo, detect });
        const ms = performance.now() - t0;
        assert.ok(ms < BUDGET_MS, `${ms.toFixed(0)} ms`);
        checkExtraction(article.text, x);
        for (const c of x.counts) assert.ok(Number.isInteger(c.min) && c.min < 1e10, `implausible count ${c.min}`);
        const warnings = [...x.warnings.map((w) => w.message), ...read.warnings.map((w) => w.message)];
        outcomes.push({ outcome: 'extracted', warnings });
      } catch (err) {
        assert.ok(err instanceof EventwireError, `only typed errors escape: ${(err as Error).stack}`);
        assert.ok(err.message.includes(file), `the error names the file: ${err.message}`);
        outcomes.push({ outcome: 'failed', code: err.code, warnings: [] });
      }
    }
    const order = (o: { outcome: string; code?: string }) => `${o.outcome}:${o.code ?? ''}`;
    assert.deepEqual(outcomes.map(order).sort(), expectations.map((e) => order({ outcome: e.outcome, code: e.outcome === 'failed' ? e.code : undefined })).sort());
    for (const e of expectations) {
      if (e.outcome === 'extracted' && e.warning) assert.ok(outcomes.some((o) => o.warnings.some((w) => w.includes(e.warning!))), `warning "${e.warning}"`);
    }
  });
}

test('hostile: a file over the size limit is refused by name, the next file is still read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventwire-big-'));
  writeFileSync(join(dir, 'a-big.txt'), Buffer.alloc(11 * 1024 * 1024, 0x61));
  writeFileSync(join(dir, 'b-good.txt'), 'date 2022-01-06 Trois soldats ont été tués.');
  const r = readInputs([dir]);
  assert.equal(r.failures.length, 1);
  assert.equal(r.failures[0]!.code, 'input-too-large');
  assert.match(r.failures[0]!.where, /a-big\.txt$/);
  assert.equal(r.articles.length, 1);
});
