import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/core/article.js';
import { cityNames, cleanDocuments, dateVerdict, gvaIncidents, loadGva, mergingScore, stateCorrect, textStatesFigure } from '../../src/eval/sets/gva-incidents.js';
import { answers, count, ctx, day, ev, event, FIXTURES, metric, nothing, place, where } from './fake.js';

const springfield = place('Springfield', { admin1: 'IL', country: 'US' });

function shooting(a: Article, killed: number, injured: number, placeName = 'Springfield') {
  const counts = [
    ...(killed ? [count('killed', killed, ev(a.text, a.text.includes('died') ? 'has died' : 'shooting'))] : []),
    ...(injured ? [count('injured', injured, ev(a.text, a.text.includes('wounded') ? 'wounded' : 'shot'))] : []),
  ];
  const p = placeName === 'Springfield' ? springfield : place(placeName, { admin1: 'IL' });
  return { counts, events: [event('Violence against civilians', 'Attack', ev(a.text, a.text.includes('shooting') ? 'shooting' : 'shot'), { where: where(placeName, p), when: day('2015-03-07'), counts })] };
}

describe('gva-incidents: reading', () => {
  it('tells documents from incidents in every file (plain and gzipped) and keeps clean articles', () => {
    const data = loadGva(`${FIXTURES}gva-incidents`);
    assert.equal(data.documents.length, 3);
    assert.deepEqual([...data.incidents.keys()], ['900001', '900002']);
    assert.deepEqual(cleanDocuments(data).map((d) => d.doc_id), ['d-early', 'd-late']);
  });
  it('reads city_or_county forms', () => {
    assert.deepEqual(cityNames('Brown (county)'), ['brown', 'brown county']);
    assert.deepEqual(cityNames('Salt Lake City (Murray)'), ['salt lake city', 'murray']);
    assert.deepEqual(cityNames('Noble County'), ['noble county', 'noble']);
  });
  it('accepts a state by code or name', () => {
    const gold = { state: 'Illinois' } as Parameters<typeof stateCorrect>[1];
    const at = (admin1: string | null, kind: 'city' | 'admin1' = 'city', name = 'Springfield') => event('Battles', 'Armed clash', { start: 0, end: 1, text: 'x' }, { where: where(name, place(name, { admin1, kind })) });
    assert.ok(stateCorrect(at('IL'), gold));
    assert.ok(stateCorrect(at('Illinois'), gold));
    assert.ok(stateCorrect(at(null, 'admin1', 'Illinois'), gold));
    assert.ok(!stateCorrect(at('OH'), gold));
    assert.ok(!stateCorrect(null, gold));
  });
  it('dates: exact day, or a coarser date that covers it', () => {
    const e = (start: string) => event('Battles', 'Armed clash', { start: 0, end: 1, text: 'x' }, { when: day(start) });
    assert.deepEqual(dateVerdict(e('2015-03-07'), '2015-03-07'), { exact: true, covers: true });
    assert.deepEqual(dateVerdict(e('2015-03'), '2015-03-07'), { exact: false, covers: true });
    assert.deepEqual(dateVerdict(e('2015-03-08'), '2015-03-07'), { exact: false, covers: false });
  });
});

describe('gva-incidents: scoring', () => {
  it('right figures, place and date; an early report under the total is "within gold"', async () => {
    const r = await gvaIncidents.score(ctx('gva-incidents', answers({
      'd-early': (a) => shooting(a, 0, 2),
      'd-late': (a) => shooting(a, 1, 2),
    })));
    assert.deepEqual([metric(r, 'killed exact (all articles)').value, metric(r, 'killed exact (all articles)').n], [0.5, 2]);
    // The early report says nothing of a death: it is not in the "text states it" denominator.
    assert.deepEqual([metric(r, 'killed exact (text states it)').value, metric(r, 'killed exact (text states it)').n], [1, 1]);
    assert.equal(metric(r, 'killed within gold').value, 1);
    assert.equal(metric(r, 'injured exact (all articles)').value, 1);
    assert.equal(metric(r, 'injured exact (text states it)').n, 1);
    assert.equal(metric(r, 'city correct').value, 1);
    assert.equal(metric(r, 'state correct').value, 1);
    assert.equal(metric(r, 'event date exact (day)').value, 1);
    assert.deepEqual(r.errors, ['killed (not stated): d-early (incident 900001, 2015-03-08): gold 1, ours 0 — no count']);
  });
  it('finding nothing', async () => {
    const r = await gvaIncidents.score(ctx('gva-incidents', nothing));
    assert.equal(metric(r, 'killed exact (all articles)').value, 0);
    assert.equal(metric(r, 'killed exact (text states it)').value, 0);
    assert.equal(metric(r, 'injured exact (all articles)').value, 0);
    assert.equal(metric(r, 'city correct').value, 0);
    assert.equal(metric(r, 'event date covers').value, 0);
    assert.ok(r.notes!.some((n) => n.includes('2 articles with no event')));
  });
  it('one wrong city', async () => {
    const r = await gvaIncidents.score(ctx('gva-incidents', answers({
      'd-early': (a) => shooting(a, 0, 2),
      'd-late': (a) => shooting(a, 1, 2, 'Chicago'),
    })));
    assert.equal(metric(r, 'city correct').value, 0.5);
    assert.equal(metric(r, 'state correct').value, 1);
    assert.ok(r.errors!.some((e) => e.startsWith('city: d-late') && e.includes('gold "Springfield"') && e.includes('"Chicago"')));
  });
  it('a figure is stated by its number in digits or words, 1 by a word of death or harm, 0 always', () => {
    assert.ok(textStatesFigure('Police found 2 men shot.', 2, 'injured'));
    assert.ok(textStatesFigure('Two men were hurt.', 2, 'injured'));
    assert.ok(textStatesFigure('A dozen people were wounded.', 12, 'injured'));
    assert.ok(!textStatesFigure('The 2014 shooting left $2,000 in damage and 22 shell casings.', 2, 'killed'));
    assert.ok(textStatesFigure('The victim was pronounced dead at the scene.', 1, 'killed'));
    assert.ok(!textStatesFigure('The victim was taken to a hospital.', 1, 'killed'));
    assert.ok(textStatesFigure('The victim was taken to a hospital.', 1, 'injured'));
    assert.ok(textStatesFigure('Nothing at all.', 0, 'killed'));
  });
  it('says what waits when the language has no pack', async () => {
    assert.match(await gvaIncidents.describe!(ctx('gva-incidents', nothing)), /^2 clean articles of 3, 2 incidents/);
  });
});

describe('gva-incidents: incident merging (B-cubed)', () => {
  const docs = cleanDocuments(loadGva(`${FIXTURES}gva-incidents`));
  it('both reports merged into one incident is perfect', () => {
    assert.equal(mergingScore(docs, new Map([['d-early', 'i1'], ['d-late', 'i1']])).f1, 1);
  });
  it('left apart, recall halves', () => {
    const r = mergingScore(docs, new Map([['d-early', 'i1'], ['d-late', 'i2']]));
    assert.equal(r.precision, 1);
    assert.equal(r.recall, 0.5);
  });
});
