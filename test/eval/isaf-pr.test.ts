import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/core/article.js';
import { isafPr, loadIsaf, provinceKey, releaseDate } from '../../src/eval/sets/isaf-pr.js';
import { answers, count, ctx, day, ev, event, FIXTURES, metric, nothing, place, where } from './fake.js';

const op = (a: Article, when: string, admin1: string, kind: 'killed' | 'arrested', n: number, phrase: string) => {
  const c = count(kind, n, ev(a.text, phrase));
  return { counts: [c], events: [event('Strategic developments', 'Arrests', ev(a.text, phrase), { when: day(when), where: where('x', place('x', { admin1 })), counts: [c] })] };
};

describe('isaf-pr: release dates', () => {
  it('a full dateline', () => {
    assert.deepEqual(releaseDate('KABUL, Afghanistan (Nov. 20, 2011)\nText'), { value: '2011-11-20', precision: 'day' });
  });
  it('month and day, the year from the release number', () => {
    assert.deepEqual(releaseDate('2012-06-S-026\nKABUL, Afghanistan (June 14)'), { value: '2012-06-14', precision: 'day' });
    assert.deepEqual(releaseDate('2010-01-CA-001 KABUL, Afghanistan (Dec. 31)'), { value: '2009-12-31', precision: 'day' });
  });
  it('only the release number: month precision; nothing: null', () => {
    assert.deepEqual(releaseDate('ISAF Joint Command 2011-07-S-003 An operation…'), { value: '2011-07', precision: 'month' });
    assert.equal(releaseDate('KABUL, Afghanistan (Dec. 7) A facilitator was captured.'), null);
    // A release number that lost its first digit in the copy.
    assert.deepEqual(releaseDate('ISAF Joint Command - Afghanistan\n011-07-S-051\nFor Immediate Release'), { value: '2011-07', precision: 'month' });
    // A phone number or a case number is no release number.
    assert.equal(releaseDate('Call 555-011-07-S-051 for details.'), null);
  });
  it('province spellings', () => {
    assert.equal(provinceKey('Paktia'), 'paktya');
    assert.equal(provinceKey('Maidan Wardak Province'), 'wardak');
    assert.equal(provinceKey('Helmand'), 'helmand');
  });
});

describe('isaf-pr: scoring', () => {
  const right = answers({
    'isaf-mini-0001': (a) => op(a, '2011-03-03', 'Helmand', 'arrested', 2, 'detained two suspected insurgents'),
    'isaf-mini-0002': (a) => op(a, '2012-06-12', 'Paktia', 'killed', 3, 'killed three insurgents'),
  });
  it('everything right', async () => {
    assert.equal(loadIsaf(`${FIXTURES}isaf-pr`).length, 2);
    const r = await isafPr.score(ctx('isaf-pr', right));
    for (const name of ['start date exact', 'province correct', 'min killed exact', 'min captured exact']) assert.equal(metric(r, name).value, 1, name);
    assert.deepEqual(r.errors, []);
  });
  it('finding nothing: zero figures still match zero gold', async () => {
    const r = await isafPr.score(ctx('isaf-pr', nothing));
    assert.equal(metric(r, 'start date exact').value, 0);
    assert.equal(metric(r, 'province correct').value, 0);
    assert.equal(metric(r, 'min killed exact').value, 0.5);
    assert.equal(metric(r, 'min captured exact').value, 0.5);
  });
  it('one wrong date', async () => {
    const r = await isafPr.score(ctx('isaf-pr', answers({
      'isaf-mini-0001': (a) => op(a, '2011-03-04', 'Helmand', 'arrested', 2, 'detained two suspected insurgents'),
      'isaf-mini-0002': (a) => op(a, '2012-06-12', 'Paktia', 'killed', 3, 'killed three insurgents'),
    })));
    assert.equal(metric(r, 'start date exact').value, 0.5);
    assert.ok(r.errors![0]!.startsWith('start date: isaf-mini-0001: gold 2011-03-03, ours 2011-03-04'), r.errors![0]);
    assert.ok(r.errors![0]!.endsWith('released 2011-03-04'));
  });
});
