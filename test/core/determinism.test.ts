// An article's extraction does not depend on what the process extracted before it (resumed and
// parallel ingests must reproduce an uninterrupted run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { projectFile } from '../../src/core/paths.js';
import { extractArticle } from '../../src/core/pipeline.js';
import { articleFromText } from '../../src/input/read.js';

test('the same article gives the same extraction whatever was extracted before it', () => {
  const dir = projectFile('samples');
  const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => articleFromText(readFileSync(`${dir}/${f}`, 'utf8'), f));
  const alone = articles.map((a) => JSON.stringify(extractArticle(a, { geo: null, lang: a.file!.slice(0, 2) })));
  for (let round = 0; round < 2; round++) {
    for (let i = articles.length - 1; i >= 0; i--) {
      const a = articles[i]!;
      assert.equal(JSON.stringify(extractArticle(a, { geo: null, lang: a.file!.slice(0, 2) })), alone[i], `${a.file} after others`);
    }
  }
});
