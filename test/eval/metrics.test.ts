import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accuracy, bcubed, haversineKm, matchSpans, prf, prfMetrics, Tally } from '../../src/eval/metrics.js';

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} ≉ ${b}`);

describe('prf', () => {
  it('computes P, R and F1 from counts', () => {
    const r = prf({ tp: 8, fp: 2, fn: 4 });
    close(r.precision, 0.8);
    close(r.recall, 8 / 12);
    close(r.f1, (2 * 0.8 * (8 / 12)) / (0.8 + 8 / 12));
  });
  it('nothing to find and nothing found is perfect', () => {
    assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 1, recall: 1, f1: 1 });
  });
  it('finding nothing against some gold is 0 everywhere', () => {
    assert.deepEqual(prf({ tp: 0, fp: 0, fn: 5 }), { precision: 0, recall: 0, f1: 0 });
  });
  it('only false positives against no gold is 0 precision', () => {
    assert.deepEqual(prf({ tp: 0, fp: 3, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
  });
  it('names three metrics with their n and counts', () => {
    const [p, r, f] = prfMetrics('timex', { tp: 1, fp: 1, fn: 3 });
    assert.deepEqual([p!.name, p!.n, r!.name, r!.n, f!.name, f!.n], ['timex P', 2, 'timex R', 4, 'timex F1', 4]);
    assert.match(f!.note!, /tp 1, fp 1, fn 3/);
  });
});

describe('accuracy and Tally', () => {
  it('is 0 over no items, so that n = 0 marks an empty metric', () => {
    assert.equal(accuracy(0, 0), 0);
    close(accuracy(2, 3), 2 / 3);
  });
  it('tallies pass and fail', () => {
    const t = new Tally();
    t.add(true); t.add(false); t.add(true);
    assert.deepEqual(t.metric('m'), { name: 'm', value: 2 / 3, n: 3 });
  });
});

describe('matchSpans', () => {
  const gold = [{ start: 0, end: 5 }, { start: 10, end: 20 }];
  it('exact mode needs the same boundaries', () => {
    const m = matchSpans(gold, [{ start: 0, end: 5 }, { start: 10, end: 19 }], 'exact');
    assert.equal(m.pairs.length, 1);
    assert.deepEqual(m.missed, [{ start: 10, end: 20 }]);
    assert.deepEqual(m.spurious, [{ start: 10, end: 19 }]);
  });
  it('overlap mode pairs one to one, largest overlap first', () => {
    // One long prediction overlaps both gold spans: it takes the one it overlaps most.
    const m = matchSpans(gold, [{ start: 3, end: 18 }], 'overlap');
    assert.deepEqual(m.pairs.map((p) => p.gold), [{ start: 10, end: 20 }]);
    assert.deepEqual(m.missed, [{ start: 0, end: 5 }]);
  });
  it('touching spans do not overlap (half-open)', () => {
    assert.equal(matchSpans([{ start: 0, end: 5 }], [{ start: 5, end: 8 }], 'overlap').pairs.length, 0);
  });
  it('respects a compatibility test', () => {
    const m = matchSpans([{ start: 0, end: 5, t: 'loc' }], [{ start: 0, end: 5, t: 'per' }], 'exact', (g, p) => g.t === p.t);
    assert.equal(m.pairs.length, 0);
  });
  it('empty inputs', () => {
    const m = matchSpans([], [], 'overlap');
    assert.deepEqual(m, { pairs: [], missed: [], spurious: [] });
  });
});

describe('haversineKm', () => {
  it('is 0 for one point and symmetric', () => {
    assert.equal(haversineKm(43.25, 76.92, 43.25, 76.92), 0);
    close(haversineKm(43.25, 76.92, 43.65, 51.17), haversineKm(43.65, 51.17, 43.25, 76.92));
  });
  it('one degree of latitude is about 111.2 km', () => {
    close(haversineKm(0, 0, 1, 0), 111.195, 0.01);
  });
  it('Paris to London is about 344 km', () => {
    const d = haversineKm(48.8566, 2.3522, 51.5074, -0.1278);
    assert.ok(d > 340 && d < 347, String(d));
  });
});

describe('bcubed', () => {
  it('the worked example: gold {a,b,c}{d,e}, ours {a,b}{c,d,e}', () => {
    const gold = new Map([['a', 'G1'], ['b', 'G1'], ['c', 'G1'], ['d', 'G2'], ['e', 'G2']]);
    const pred = new Map([['a', 'P1'], ['b', 'P1'], ['c', 'P2'], ['d', 'P2'], ['e', 'P2']]);
    const r = bcubed(gold, pred);
    // Precision per item: 1, 1, 1/3, 2/3, 2/3; recall: 2/3, 2/3, 1/3, 1, 1.
    close(r.precision, (1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5);
    close(r.recall, (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5);
    assert.equal(r.n, 5);
  });
  it('a perfect clustering scores 1', () => {
    const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y']]);
    const r = bcubed(gold, new Map([['a', '1'], ['b', '1'], ['c', '2']]));
    assert.deepEqual([r.precision, r.recall, r.f1], [1, 1, 1]);
  });
  it('everything in one cluster: recall 1, precision falls', () => {
    const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']]);
    const r = bcubed(gold, new Map([['a', 'all'], ['b', 'all'], ['c', 'all'], ['d', 'all']]));
    assert.equal(r.recall, 1);
    close(r.precision, 0.5);
  });
  it('items left out are singletons', () => {
    const gold = new Map([['a', 'x'], ['b', 'x']]);
    const r = bcubed(gold, new Map());
    assert.equal(r.precision, 1);
    close(r.recall, 0.5);
  });
});
