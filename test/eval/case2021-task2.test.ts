import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { case2021Task2, CASE_TO_ACLED, loadSnippets, parseSnippets } from '../../src/eval/sets/case2021-task2.js';
import { ACLED_SUB_TYPES } from '../../src/events/acled.js';
import { answers, ctx, ev, event, FIXTURES, metric, nothing } from './fake.js';

const strike = answers({
  'case-1': (a) => ({ events: [event('Explosions/Remote violence', 'Air/drone strike', ev(a.text, 'struck'))] }),
  'case-2': (a) => ({ events: [event('Protests', 'Peaceful protest', ev(a.text, 'marched'))] }),
});

describe('case2021-task2', () => {
  it('every CASE label maps to a real ACLED sub-type', () => {
    for (const [label, { type, subType }] of Object.entries(CASE_TO_ACLED)) {
      assert.ok(ACLED_SUB_TYPES[type].includes(subType), `${label} → ${type}/${subType}`);
    }
  });
  it('reads the TSV (header skipped) and says what is wrong with a bad line', () => {
    assert.deepEqual(loadSnippets(`${FIXTURES}case2021-task2`).map((s) => s.label), ['AIR_STRIKE', 'PEACE_PROTEST', 'NATURAL_DISASTER', 'DIPLO']);
    assert.throws(() => parseSnippets('id\tEventSnippet\tSubType\n7\tno label\n', 'x.tsv'), /x\.tsv:2: expected 3 tab-separated columns/);
  });
  it('perfect typing and rejection', async () => {
    const r = await case2021Task2.score(ctx('case2021-task2', strike));
    assert.equal(metric(r, 'sub-type accuracy (ACLED snippets)').value, 1);
    assert.equal(metric(r, 'non-ACLED rejected').value, 1);
    assert.equal(metric(r, 'rejection P').value, 1);
    assert.equal(metric(r, 'sub-type macro F1').value, 1);
  });
  it('no event at all: every distractor rejected, every ACLED snippet wrong', async () => {
    const r = await case2021Task2.score(ctx('case2021-task2', nothing));
    assert.equal(metric(r, 'sub-type accuracy (ACLED snippets)').value, 0);
    assert.equal(metric(r, 'non-ACLED rejected').value, 1);
    assert.equal(metric(r, 'rejection P').value, 0.5);
  });
  it('one wrong sub-type (right type), one distractor not rejected', async () => {
    const r = await case2021Task2.score(ctx('case2021-task2', answers({
      'case-1': (a) => ({ events: [event('Explosions/Remote violence', 'Shelling/artillery/missile attack', ev(a.text, 'struck'))] }),
      'case-2': (a) => ({ events: [event('Protests', 'Peaceful protest', ev(a.text, 'marched'))] }),
      'case-3': (a) => ({ events: [event('Strategic developments', 'Looting/property destruction', ev(a.text, 'washed away'))] }),
    })));
    assert.equal(metric(r, 'sub-type accuracy (ACLED snippets)').value, 0.5);
    assert.equal(metric(r, 'type accuracy (ACLED snippets)').value, 1);
    assert.equal(metric(r, 'non-ACLED rejected').value, 0.5);
    assert.ok(r.errors!.some((e) => e.startsWith('sub-type: 1 AIR_STRIKE')));
    assert.ok(r.errors!.some((e) => e.startsWith('not rejected: 3 NATURAL_DISASTER')));
  });
});
