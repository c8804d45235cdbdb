import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorLog } from '../../src/eval/error-log.js';
import { checkFloors, floorsFrom, raiseFloors } from '../../src/eval/floors.js';
import { formatMarkdown, formatRun } from '../../src/eval/report.js';
import { runEval, runSet, type EvalRun } from '../../src/eval/run.js';
import { case2021Task2 } from '../../src/eval/sets/case2021-task2.js';
import { adoptGeoReport } from '../../src/eval/sets/geoparsing.js';
import { gvaIncidents } from '../../src/eval/sets/gva-incidents.js';
import { isafPr } from '../../src/eval/sets/isaf-pr.js';
import { muc4 } from '../../src/eval/sets/muc4.js';
import type { SetReport, SetScorer } from '../../src/eval/types.js';
import { ctx, FIXTURES, nothing } from './fake.js';

const scorer = (over: Partial<SetScorer>): SetScorer => ({
  set: 'fake', lang: 'fr', folder: 'fr-timebank', needsPack: true, headline: [],
  score: async () => ({ metrics: [{ name: 'm', value: 0.5, n: 2 }] }), ...over,
});

describe('runSet: the four states', () => {
  it('scored', async () => {
    const r = await runSet(scorer({}), ctx('fr-timebank', nothing));
    assert.equal(r.status, 'scored');
    assert.deepEqual(r.metrics, [{ name: 'm', value: 0.5, n: 2 }]);
    assert.ok(r.seconds >= 0);
  });
  it('missing-data when the folder is absent, saying where it looked', async () => {
    const r = await runSet(scorer({}), ctx('no-such-set', nothing));
    assert.equal(r.status, 'missing-data');
    assert.match(r.notes![0]!, /no folder .*no-such-set/);
  });
  it('unsupported-language when the set\'s language has no pack, with what waits', async () => {
    const r = await runSet(scorer({ lang: 'xx', describe: async () => '3 documents waiting' }), ctx('fr-timebank', nothing));
    assert.equal(r.status, 'unsupported-language');
    assert.match(r.notes![0]!, /language not supported yet: "xx" has no pack/);
    assert.equal(r.notes![1], '3 documents waiting');
  });
  it('crashed when the scorer throws on data that is there', async () => {
    const r = await runSet(scorer({ score: async () => { throw new Error('bad line 3'); } }), ctx('fr-timebank', nothing));
    assert.equal(r.status, 'crashed');
    assert.deepEqual(r.errors, ['crashed: bad line 3']);
  });
  it('every English scorer says what waits for its pack, reading its data', async () => {
    for (const s of [gvaIncidents, muc4, isafPr, case2021Task2]) {
      const r = await runSet({ ...s, lang: 'zz' }, ctx(s.folder, nothing));
      assert.equal(r.status, 'unsupported-language', s.set);
      assert.match(r.notes![1]!, /waiting for the en pack/, s.set);
    }
  });
  it('runEval runs the chosen sets with one extract function', async () => {
    const run = await runEval({ sets: ['fr-timebank', 'geoparsing'], dataDir: FIXTURES, seedDir: FIXTURES, root: ctx('x', nothing).root, limit: null, warn: () => {}, extract: nothing });
    assert.deepEqual(run.reports.map((r) => [r.set, r.status]), [['fr-timebank', 'scored'], ['geoparsing', 'missing-data']]);
  });
});

const report = (set: string, status: SetReport['status'], metrics: SetReport['metrics'] = []): SetReport => ({ set, lang: 'fr', status, metrics, seconds: 0 });

describe('floors', () => {
  const floors = { tolerance: 0.01, sets: { a: { f1: 0.6, km: { max: 100, tolerance: 5 } }, b: { f1: 0.5 } } };
  it('passes at or above the floor less the tolerance', () => {
    const c = checkFloors([report('a', 'scored', [{ name: 'f1', value: 0.595, n: 10 }, { name: 'km', value: 104, n: 10 }])], floors);
    assert.ok(c.ok, c.lines.map((l) => l.message).join('\n'));
  });
  it('fails with a clear diff when a figure drops, or a ceiling is passed', () => {
    const c = checkFloors([report('a', 'scored', [{ name: 'f1', value: 0.55, n: 10 }, { name: 'km', value: 120, n: 10 }])], floors);
    assert.ok(!c.ok);
    assert.ok(c.lines.some((l) => l.message === 'FAIL a / f1: 0.550 < floor 0.600 − 0.01 (n=10, down 0.050)'), c.lines.map((l) => l.message).join('\n'));
    assert.ok(c.lines.some((l) => l.message.startsWith('FAIL a / km: 120.0 > ceiling 100.0 + 5')));
  });
  it('fails when a floored metric disappears, or a scorer crashed', () => {
    assert.ok(!checkFloors([report('a', 'scored', [{ name: 'km', value: 1, n: 1 }])], floors).ok);
    assert.ok(!checkFloors([report('b', 'crashed')], floors).ok);
  });
  it('does not fail a set without data or without a language pack', () => {
    const c = checkFloors([report('a', 'missing-data'), report('b', 'unsupported-language')], floors);
    assert.ok(c.ok);
    assert.equal(c.lines.filter((l) => l.message.startsWith('skip')).length, 2);
  });
  it('writes floors a little under a run (timings left out) and only ever raises them', () => {
    const fresh = floorsFrom([report('a', 'scored', [
      { name: 'f1', value: 0.876, n: 10 }, { name: 'empty', value: 0, n: 0 }, { name: 'ms per doc', value: 3, n: 5 }, { name: 'mean error km', value: 40, n: 5 },
    ])]);
    assert.deepEqual(fresh.sets.a, { f1: 0.87, 'mean error km': { max: 42, tolerance: 1 } });
    const raised = raiseFloors({ tolerance: 0.01, sets: { a: { f1: 0.9, old: 0.3 } } }, fresh);
    assert.deepEqual(raised.sets.a, { f1: 0.9, old: 0.3, 'mean error km': { max: 42, tolerance: 1 } });
  });
});

describe('report', () => {
  const run: EvalRun = {
    date: '2026-01-01T00:00:00.000Z', commit: 'abc', command: 'eventwire eval', dataDir: '/data', seedDir: '/seed', limit: null, geocoder: true, seconds: 1,
    reports: [
      { ...report('fr-timebank', 'scored', [{ name: 'timex (overlap) F1', value: 0.5, n: 4, note: 'relaxed' }]), errors: ['missed: quoted data text'], notes: ['2 documents'] },
      report('muc4', 'unsupported-language'),
    ],
  };
  it('prints a summary table, per-set tables and error samples', () => {
    const out = formatRun(run);
    assert.match(out, /fr-timebank\s+scored\s+timex \(overlap\) F1\s+0\.500\s+4/);
    assert.match(out, /muc4\s+unsupported-language/);
    assert.match(out, /missed: quoted data text/);
  });
  it('markdown carries figures, anchors, date and commit, never the error samples', () => {
    const md = formatMarkdown(run);
    assert.match(md, /commit: `abc`/);
    assert.match(md, /HeidelTime relaxed extraction F1: 90\.97%/);
    assert.ok(!md.includes('quoted data text'));
  });
});

describe('error log and geoparsing report', () => {
  it('samples every kind in turn, once per distinct line, and counts them', () => {
    const log = new ErrorLog();
    for (let i = 0; i < 12; i++) log.add('missed', `m${i}`);
    log.add('missed', 'm0');
    log.add('wrong', 'w0');
    const s = log.sample(4);
    assert.deepEqual(s, ['missed: m0', 'wrong: w0', 'missed: m1', 'missed: m2']);
    assert.deepEqual(log.summary(), ['errors by kind: missed 13, wrong 1']);
  });
  it('takes the geo scorer\'s metrics, dropping malformed ones', () => {
    const r = adoptGeoReport({ metrics: [{ name: 'LGL resolution accuracy@161km', value: 0.8, n: 10 }, { name: 'bad', value: NaN, n: 1 }], errors: ['e'] });
    assert.deepEqual(r.metrics.map((m) => m.name), ['LGL resolution accuracy@161km']);
    assert.deepEqual(r.notes, ['1 malformed metric(s) dropped']);
    assert.throws(() => adoptGeoReport({} as never), /expected \{ metrics/);
  });
});
