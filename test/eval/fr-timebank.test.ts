import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/core/article.js';
import { frTimebank, loadTimebank, parseTimeml, timexDate } from '../../src/eval/sets/fr-timebank.js';
import { answers, ctx, ev, FIXTURES, metric, nothing, time } from './fake.js';

const perfect = answers({
  'mini-1': (a: Article) => ({
    times: [time(ev(a.text, 'dimanche'), '2002-05-12'), time(ev(a.text, 'deux heures'), '2002'), time(ev(a.text, 'juin'), '2002-06')],
  }),
  'mini-2': (a: Article) => ({ times: [time(ev(a.text, 'hier soir'), '2002-05-13', { partOfDay: 'evening' })] }),
});

describe('fr-timebank: reading TimeML', () => {
  it('strips tags, decodes entities and keeps TIMEX3 offsets into the plain text', () => {
    const [doc] = loadTimebank(`${FIXTURES}fr-timebank`);
    assert.equal(doc!.id, 'mini-1');
    assert.equal(doc!.dct, '2002-05-14');
    assert.ok(!doc!.text.includes('<') && doc!.text.includes('Nancy & Metz'));
    for (const t of doc!.timexes) assert.equal(doc!.text.slice(t.start, t.end), t.text);
    assert.deepEqual(doc!.timexes.map((t) => [t.text, t.type, t.value]), [['dimanche', 'DATE', '2002-05-12'], ['deux heures', 'DURATION', 'PT2H'], ['juin', 'DATE', '2002-06']]);
  });
  it('reads every .tml file, plain or gzipped, and nothing else', () => {
    assert.deepEqual(loadTimebank(`${FIXTURES}fr-timebank`).map((d) => d.id), ['mini-1', 'mini-2']);
  });
  it('says what it expected when TEXT is missing', () => {
    assert.throws(() => parseTimeml('<TimeML><DOCID>x</DOCID></TimeML>', 'x.tml'), /x\.tml: expected a <TEXT> element/);
  });
  it('reads values at our granularity', () => {
    assert.deepEqual(timexDate('1999-05-23TEV'), { precision: 'day', start: '1999-05-23' });
    assert.deepEqual(timexDate('1999-05'), { precision: 'month', start: '1999-05' });
    assert.equal(timexDate('PXD'), null);
    assert.equal(timexDate('1999-W20'), null);
  });
});

describe('fr-timebank: scoring', () => {
  it('perfect spans and values; the duration can only miss its value', async () => {
    const r = await frTimebank.score(ctx('fr-timebank', perfect));
    assert.equal(metric(r, 'timex (overlap) F1').value, 1);
    assert.equal(metric(r, 'timex (strict) F1').value, 1);
    assert.equal(metric(r, 'value accuracy (matched, dated)').value, 1);
    assert.equal(metric(r, 'value accuracy (matched, dated)').n, 3);
    // 3 of 4 gold values are right: PT2H has no counterpart in our output.
    assert.equal(metric(r, 'value F1').value, 0.75);
    assert.deepEqual(r.errors, []);
  });
  it('finding nothing', async () => {
    const r = await frTimebank.score(ctx('fr-timebank', nothing));
    assert.equal(metric(r, 'timex (overlap) R').value, 0);
    assert.equal(metric(r, 'timex (overlap) F1').value, 0);
    assert.equal(metric(r, 'timex (overlap) R').n, 4);
    assert.ok(r.errors!.every((e) => e.startsWith('missed')));
  });
  it('one wrong value is one error with both values', async () => {
    const wrong = answers({ 'mini-1': (a: Article) => ({ times: [time(ev(a.text, 'dimanche'), '2002-05-05')] }) });
    const r = await frTimebank.score(ctx('fr-timebank', wrong));
    assert.equal(metric(r, 'value accuracy (matched, dated)').value, 0);
    assert.equal(metric(r, 'timex (overlap) P').value, 1);
    assert.ok(r.errors!.some((e) => /^wrong value: mini-1 "dimanche": gold 2002-05-12, ours 2002-05-05/.test(e)), r.errors!.join('\n'));
  });
  it('a partial span matches relaxed but not strict', async () => {
    const partial = answers({ 'mini-1': (a: Article) => ({ times: [time(ev(a.text, 'dimanch'), '2002-05-12')] }) });
    const r = await frTimebank.score(ctx('fr-timebank', partial));
    assert.equal(metric(r, 'timex (overlap) P').value, 1);
    assert.equal(metric(r, 'timex (strict) P').value, 0);
  });
  it('--limit takes the first documents', async () => {
    const r = await frTimebank.score(ctx('fr-timebank', nothing, 1));
    assert.equal(metric(r, 'timex (overlap) R').n, 3);
  });
  it('an extraction that throws is scored as nothing and logged', async () => {
    const r = await frTimebank.score(ctx('fr-timebank', () => { throw new Error('boom'); }));
    assert.equal(metric(r, 'timex (overlap) F1').value, 0);
    assert.ok(r.errors!.some((e) => e.includes('extraction failed: mini-1: boom')));
  });
});
