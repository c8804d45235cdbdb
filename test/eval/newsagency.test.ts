import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agencyIds, agencyOf, goldAgencies, loadNewsagency, newsagency } from '../../src/eval/sets/newsagency.js';
import { answers, attribution, ctx, ev, entity, FIXTURES, metric, nothing } from './fake.js';

describe('newsagency: reading', () => {
  const docs = loadNewsagency(`${FIXTURES}newsagency`);
  it('rebuilds text and metadata given before the document id', () => {
    const d = docs[0]!;
    assert.equal(d.text, 'Paris, 1er janvier. (Havas). Le ministre est parti.');
    assert.equal(d.meta.language, 'fr');
    assert.equal(docs[3]!.meta.language, 'de');
  });
  it('maps Wikidata ids to agencies from the mentions; "unk" is not scored', () => {
    const ids = agencyIds(docs);
    assert.equal(ids.get('Q2826560'), 'Havas');
    const g = goldAgencies(docs[1]!, ids);
    assert.deepEqual([...g.sources], ['Reuters']);
    assert.deepEqual(g.mentions.map((m) => m.text), ['Reuter']);
  });
  it('names agencies from their French forms', () => {
    assert.equal(agencyOf("l'agence Havas"), 'Havas');
    assert.equal(agencyOf('Reuter'), 'Reuters');
    assert.equal(agencyOf('Agence télégraphique suisse'), 'ATS-SDA');
    assert.equal(agencyOf('Le Temps'), null);
  });
});

describe('newsagency: scoring', () => {
  it('both agencies found, as a media entity and as an outlet; duplicates and German left out', async () => {
    const r = await newsagency.score(ctx('newsagency', answers({
      'mini-na-1': (a) => ({ entities: [entity('media', 'Havas', [ev(a.text, 'Havas')])] }),
      'mini-na-2': (a) => ({ attributions: [attribution(ev(a.text, 'flotte'), { via: [{ entityId: null, text: "l'agence Reuter", evidence: ev(a.text, "l'agence Reuter") }] })] }),
    })));
    assert.equal(metric(r, 'agency as source (article) F1').value, 1);
    assert.equal(metric(r, 'agency as source (article) F1').n, 2);
    assert.equal(metric(r, 'agency mentions (overlap) F1').value, 1);
    assert.ok(r.notes!.some((n) => n.includes('1 duplicated')));
    assert.ok(r.notes!.some((n) => n.includes('1 articles in other languages')));
  });
  it('finding nothing', async () => {
    const r = await newsagency.score(ctx('newsagency', nothing));
    assert.equal(metric(r, 'agency as source (article) R').value, 0);
    assert.ok(r.errors!.some((e) => e === 'missed source: mini-na-1: Havas (named: "Havas")'));
  });
  it('a wrong agency is a miss and a spurious source', async () => {
    const r = await newsagency.score(ctx('newsagency', answers({
      'mini-na-1': (a) => ({ entities: [entity('media', 'AFP', [ev(a.text, 'Havas')])] }),
    })));
    assert.equal(metric(r, 'agency as source (article) P').value, 0);
    assert.ok(r.errors!.some((e) => e.startsWith('spurious source: mini-na-1: AFP')));
  });
});
