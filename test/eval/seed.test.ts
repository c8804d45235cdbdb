import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Extraction } from '../../src/core/schema.js';
import { articleFromText } from '../../src/input/read.js';
import { anchorSpan, loadSeedExpected, scoreSeed, seed } from '../../src/eval/sets/seed.js';
import { extractArticle } from '../../src/core/pipeline.js';
import { actor, attribution, count, ctx, day, entity, ev, event, extraction, FIXTURES, metric, place, where } from './fake.js';

const exp = loadSeedExpected(`${FIXTURES}seed/mini-expected.json`);
const article = articleFromText(readFileSync(`${FIXTURES}seed/mini.txt`, 'utf8'), 'mini.txt', { lang: 'fr' });
const text = article.text;
const firstEnd = text.indexOf('\n');
const sentences = [{ start: 0, end: firstEnd }, { start: firstEnd + 2, end: text.indexOf('La hausse') - 1 }, { start: text.indexOf('La hausse'), end: text.length }];

function perfect(): Extraction {
  const lyon = place('Lyon', { lat: 45.76, lon: 4.84, country: 'FR' });
  const speaker = ev(text, 'Jean Dupont');
  const a = attribution(speaker, { role: { text: 'préfet', evidence: ev(text, 'préfet') }, covers: [0, 1] });
  return extraction(article, {
    entities: [
      entity('person', 'Jean Dupont', [speaker], { role: a.role }),
      entity('place', 'Lyon', [ev(text, 'Lyon')], { place: lyon }),
    ],
    attributions: [a],
    counts: [count('injured', 2, ev(text, 'Deux policiers ont été blessés'), { who: { text: 'policiers', category: 'security-forces', evidence: ev(text, 'policiers'), status: 'known', rule: 'test' }, sourceId: a.id })],
    events: [event('Protests', 'Peaceful protest', ev(text, 'défilé'), { actor1: actor('manifestants', 'protesters'), where: where('Lyon', lyon), when: day('2022-03') })],
  });
}

describe('seed: scoring against the expectation file', () => {
  it('all pass', () => {
    const r = scoreSeed(text, perfect(), exp, sentences);
    for (const m of r.metrics) assert.equal(m.value, 1, `${m.name}: ${r.errors!.join('\n')}`);
    assert.deepEqual(r.errors, []);
  });
  it('an empty extraction fails every item with a line each', () => {
    const r = scoreSeed(text, extraction(article), exp, sentences);
    assert.equal(metric(r, 'events typed correctly').value, 0);
    assert.equal(metric(r, 'counts correct').value, 0);
    assert.equal(metric(r, 'chains correct').value, 0);
    assert.equal(metric(r, 'non-events left out').value, 1);
    assert.ok(r.errors!.includes('event 1 (a protest march in Lyon): type: expected Protests / Peaceful protest, found no event'));
    assert.ok(r.errors!.some((e) => e.startsWith('count "Deux policiers ont été blessés": expected injured, found no count')));
  });
  it('a day invented from a month-only date fails with both dates', () => {
    const x = perfect();
    x.events[0]!.when = day('2022-03-14');
    const r = scoreSeed(text, x, exp, sentences);
    assert.equal(metric(r, 'event dates').value, 0);
    assert.equal(metric(r, 'events typed correctly').value, 1);
    assert.deepEqual(r.errors, ['event 1 (a protest march in Lyon): date: expected 2022-03 (month), found 2022-03-14 (day, test)']);
  });
  it('an anchor must occur once in the text', () => {
    assert.throws(() => anchorSpan(text, 'nowhere'), /must occur exactly once/);
  });
});

describe('seed: the real seed and eval/seed-expected.json', () => {
  const seedDir = process.env.EVENTWIRE_SEED ?? join(process.cwd(), '..', 'shared', 'seed');
  const expected = loadSeedExpected(new URL('../../eval/seed-expected.json', import.meta.url).pathname);
  it('every anchor of the expectation file is in the seed once, and the scorer runs on the pipeline', { skip: !existsSync(join(seedDir, expected.file)) && 'no shared seed here' }, async () => {
    const real = articleFromText(readFileSync(join(seedDir, expected.file), 'utf8'), expected.file, { lang: 'fr' });
    for (const a of [...expected.events, ...expected.nonEvents, ...expected.counts].map((e) => e.anchor)) anchorSpan(real.text, a);
    const r = await seed.score({ ...ctx('seed', (a) => extractArticle(a, { lang: 'fr' })), setDir: seedDir });
    assert.equal(metric(r, 'events typed correctly').n, 13);
    assert.equal(metric(r, 'counts correct').n, 5);
    assert.equal(metric(r, 'chains correct').n, 4);
  });
});
