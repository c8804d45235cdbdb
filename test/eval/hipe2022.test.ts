import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bioEntities } from '../../src/eval/hipe-tsv.js';
import { goldSpans, hipe2022, loadHipe, nestedSpans } from '../../src/eval/sets/hipe2022.js';
import { answers, ctx, ev, entity, FIXTURES, metric, nothing } from './fake.js';

const TEXT = "Le général Dufour est arrivé à Genève. Le Conseil fédéral\nl'a reçu. 1870";

describe('hipe2022: reading HIPE TSV', () => {
  const docs = loadHipe(`${FIXTURES}hipe2022`);
  const fr = docs.find((d) => d.id === 'mini-fr-1')!;
  it('rebuilds the text from the tokens and their spacing flags', () => {
    assert.equal(docs.length, 3);
    assert.equal(fr.text, TEXT);
    assert.equal(fr.meta['hipe2022:date'], '1870-01-02');
  });
  it('reads BIO entities with their links, as offsets into the text', () => {
    const ents = bioEntities(fr, 'NE-COARSE-LIT');
    assert.deepEqual(ents.map((e) => [e.type, e.text, e.link]), [['pers', 'général Dufour', 'Q1'], ['loc', 'Genève', 'Q71'], ['org', 'Conseil fédéral', 'Q2'], ['time', '1870', null]]);
    assert.deepEqual(goldSpans(fr).map((s) => s.type), ['pers', 'loc', 'org']);
    const second = docs.find((d) => d.id === 'mini-fr-2')!;
    assert.deepEqual(goldSpans(second).map((s) => s.text), ['M. Favre, de Lausanne']);
    assert.deepEqual(nestedSpans(second).map((s) => [s.type, s.text]), [['loc', 'Lausanne']]);
  });
});

describe('hipe2022: scoring', () => {
  it('perfect PER, LOC, ORG; other languages named, not scored', async () => {
    const r = await hipe2022.score(ctx('hipe2022', answers({
      'mini-fr-1': (a) => ({ entities: [
        entity('person', 'général Dufour', [ev(a.text, 'général Dufour')]),
        entity('place', 'Genève', [ev(a.text, 'Genève')]),
        entity('organisation', 'Conseil fédéral', [ev(a.text, 'Conseil fédéral')]),
      ] }),
    }), 1));
    assert.equal(metric(r, 'all (strict) F1').value, 1);
    assert.equal(metric(r, 'all (fuzzy) F1').value, 1);
    assert.equal(metric(r, 'LOC (fuzzy) F1').n, 1);
    assert.ok(r.notes!.some((n) => n.includes('de 1')));
    assert.ok(r.notes!.some((n) => n.includes('n/a')));
  });
  it('finding nothing', async () => {
    const r = await hipe2022.score(ctx('hipe2022', nothing));
    assert.equal(metric(r, 'all (fuzzy) R').value, 0);
    assert.equal(metric(r, 'all (fuzzy) R').n, 4);
  });
  it('a place nested in a person span is neither a hit nor a false alarm', async () => {
    const r = await hipe2022.score(ctx('hipe2022', answers({
      'mini-fr-2': (a) => ({ entities: [entity('person', 'M. Favre', [ev(a.text, 'M. Favre')]), entity('place', 'Lausanne', [ev(a.text, 'Lausanne')])] }),
    })));
    assert.equal(metric(r, 'PER (fuzzy) P').value, 1);
    assert.equal(metric(r, 'LOC (fuzzy) P').n, 0);
    assert.ok(r.notes!.some((n) => n.startsWith('1 of our entities fall on nested gold entities')));
  });
  it('a place typed as a person; a shorter person span is fuzzy but not strict', async () => {
    const r = await hipe2022.score(ctx('hipe2022', answers({
      'mini-fr-1': (a) => ({ entities: [
        entity('person', 'Dufour', [ev(a.text, 'Dufour')]),
        entity('person', 'Genève', [ev(a.text, 'Genève')]),
        entity('media', 'Conseil fédéral', [ev(a.text, 'Conseil fédéral')]),
      ] }),
    }), 1));
    assert.equal(metric(r, 'LOC (fuzzy) R').value, 0);
    assert.equal(metric(r, 'PER (fuzzy) R').value, 1);
    assert.equal(metric(r, 'PER (fuzzy) P').value, 0.5);
    assert.equal(metric(r, 'ORG (fuzzy) F1').value, 1);
    assert.equal(metric(r, 'all (strict) F1').value, 1 / 3);
    assert.ok(r.errors!.some((e) => e.startsWith('wrong type PER: mini-fr-1 gold LOC')));
  });
});
