import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/core/article.js';
import type { Event } from '../../src/core/schema.js';
import {
  acceptedTypes, goldConfidence, humanTargets, loadMuc, muc4, mucDateRange, mucDay, mucLocation, strip,
} from '../../src/eval/sets/muc4.js';
import { actor, answers, count, ctx, day, ev, event, FIXTURES, metric, nothing, place, where } from './fake.js';

const attack = (a: Article, type: Event['type'] = 'Violence against civilians', sub = 'Attack') => {
  const c = count('killed', 2, ev(a.text, 'KILLED TWO POLICEMEN'));
  return {
    counts: [c],
    events: [event(type, sub, ev(a.text, 'KILLED'), {
      where: where('SOYAPANGO', place('Soyapango', { country: 'SV', countryName: 'El Salvador' })), when: day('1990-01-09'),
      counts: [c], tags: ['claimed'], actor1: actor('URBAN GUERRILLAS', 'rebel-group'),
    })],
  };
};
const bombing = (a: Article, type: Event['type'] = 'Explosions/Remote violence', sub = 'Remote explosive/landmine/IED') => {
  const c = count('injured', 3, ev(a.text, 'INJURING THREE PEOPLE'));
  return { counts: [c], events: [event(type, sub, ev(a.text, 'BOMB EXPLODED'), { where: where('LIMA', place('Lima', { country: 'PE' })), when: day('1990-02-11'), counts: [c] })] };
};

describe('muc4: reading templates', () => {
  it('reads every JSONL file', () => {
    assert.deepEqual(loadMuc(`${FIXTURES}muc4`).map((d) => d.doc_id), ['TST9-MUC4-0001', 'TST9-MUC4-0002', 'TST9-MUC4-0003']);
  });
  it('dates: a day, on or before, a range', () => {
    assert.equal(mucDay('3 JAN 90'), '1990-01-03');
    assert.deepEqual(mucDateRange('30 DEC 89'), { from: '1989-12-30', to: '1989-12-30' });
    assert.deepEqual(mucDateRange('- 08 JAN 90'), { from: null, to: '1990-01-08' });
    assert.deepEqual(mucDateRange('16 JAN 90 - 17 JAN 90'), { from: '1990-01-16', to: '1990-01-17' });
    assert.equal(mucDateRange('?'), null);
  });
  it('locations: country, the town level, alternatives and parentheses', () => {
    assert.deepEqual(mucLocation(['EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)']), { countries: ['el salvador'], towns: ['san luis de la reina'] });
    assert.deepEqual(mucLocation(['(EL SALVADOR: ZARAGOZA (TOWN)) / (EL SALVADOR: SAN SALVADOR (CITY))']), { countries: ['el salvador'], towns: ['zaragoza', 'san salvador'] });
    assert.deepEqual(mucLocation(['COLOMBIA / VENEZUELA']), { countries: ['colombia', 'venezuela'], towns: [] });
    assert.equal(strip('(? X (TOWN))'), 'X (TOWN)');
  });
  it('human targets by effect, unknown when a number is not a number', () => {
    const t = { '21. HUM TGT: NUMBER': ['2: "POLICEMEN"', '1: "DRIVER"'], '23. HUM TGT: EFFECT OF INCIDENT': ['DEATH: "POLICEMEN"', 'INJURY: "DRIVER"'] };
    assert.deepEqual(humanTargets(t), { killed: [2], injured: [1] });
    assert.deepEqual(humanTargets({ '21. HUM TGT: NUMBER': ['PLURAL: "PEASANTS"'], '23. HUM TGT: EFFECT OF INCIDENT': ['DEATH: "PEASANTS"'] }), { killed: null, injured: [0] });
  });
  it('human targets: alternative strings are one target, names one person, totals count each person once', () => {
    const N = '21. HUM TGT: NUMBER'; const E = '23. HUM TGT: EFFECT OF INCIDENT'; const NAME = '18. HUM TGT: NAME'; const T = '24. HUM TGT: TOTAL NUMBER';
    // "A" / "B" are two strings for one target: 4 + 1, not 4 + 4 + 1
    assert.deepEqual(humanTargets({ [N]: ['4: "MONKS" / "FRIARS"', '1: "COOK"'], [E]: ['DEATH: "MONKS" / "FRIARS"', 'DEATH: "COOK"'] }).killed, [5]);
    // a named person without a number is one person; digit alternatives are all accepted
    assert.deepEqual(humanTargets({ [NAME]: ['"PEDRO GIL"'], [N]: ['-: "PEDRO GIL"', '3 / 2: "GUARDS"'], [E]: ['DEATH: "PEDRO GIL"', 'DEATH: "GUARDS"'] }).killed, [4, 3]);
    // a group both killed and wounded, an uncertain effect, an effect with no target: unknown
    assert.equal(humanTargets({ [N]: ['5: "PEOPLE"'], [E]: ['DEATH: "PEOPLE"', 'INJURY: "PEOPLE"'] }).killed, null);
    assert.equal(humanTargets({ [N]: ['3: "MEN"'], [E]: ['(INJURY / DEATH): "MEN"'] }).killed, null);
    assert.equal(humanTargets({ [E]: ['DEATH: "-"'] }).killed, null);
    // ranges and approximations are not exact figures
    assert.equal(humanTargets({ [N]: ['6-: "PEASANTS"'], [E]: ['DEATH: "PEASANTS"'] }).killed, null);
    assert.equal(humanTargets({ [N]: ['~100: "PEOPLE"'], [E]: ['DEATH: "PEOPLE"'] }).killed, null);
    // overlapping targets, all dead: the total counts each person once; an uncertain total is not used
    const overlap = { [NAME]: ['"LUIS ORTA"'], [N]: ['1: "LUIS ORTA"', '5: "MONKS"', '2: "WOMEN"'], [E]: ['DEATH: "LUIS ORTA"', 'DEATH: "MONKS"', 'DEATH: "WOMEN"'] };
    assert.deepEqual(humanTargets({ ...overlap, [T]: ['7'] }).killed, [7]);
    assert.deepEqual(humanTargets({ ...overlap, [T]: ['? 7'] }).killed, [8]);
    // the total is not used when some target was only wounded
    assert.deepEqual(humanTargets({ [N]: ['2: "GUARDS"', '1: "DRIVER"'], [E]: ['DEATH: "GUARDS"', 'INJURY: "DRIVER"'], [T]: ['3'] }), { killed: [2], injured: [1] });
  });
  it('confidence and type mapping', () => {
    assert.deepEqual([...goldConfidence({ '11. PERP: ORGANIZATION CONFIDENCE': ['? SUSPECTED OR ACCUSED BY AUTHORITIES: "FMLN"', 'CLAIMED OR ADMITTED: "ELN"'] })].sort(), ['claimed', 'suspected']);
    assert.deepEqual(acceptedTypes({ '4. INCIDENT: TYPE': ['BOMBING / ATTACK'] }).map((t) => t.type), ['Explosions/Remote violence', 'Violence against civilians', 'Battles']);
  });
});

describe('muc4: scoring', () => {
  it('every slot right', async () => {
    const r = await muc4.score(ctx('muc4', answers({ 'TST9-MUC4-0001': (a) => attack(a), 'TST9-MUC4-0002': (a) => bombing(a) })));
    for (const name of ['relevance F1', 'incident type (ACLED)', 'incident date', 'location country', 'location town',
      'human targets killed exact (gold > 0)', 'human targets injured exact (gold > 0)', 'perpetrator confidence']) {
      assert.equal(metric(r, name).value, 1, name);
    }
    assert.equal(metric(r, 'relevance P').n, 2);
    assert.deepEqual(r.errors, []);
  });
  it('finding nothing', async () => {
    const r = await muc4.score(ctx('muc4', nothing));
    assert.equal(metric(r, 'relevance R').value, 0);
    assert.equal(metric(r, 'incident type (ACLED)').value, 0);
    assert.equal(metric(r, 'human targets killed exact (gold > 0)').n, 1);
    assert.ok(r.errors!.some((e) => e.startsWith('missed incident: TST9-MUC4-0001')));
  });
  it('one wrong type, and a spurious incident in an irrelevant text', async () => {
    const r = await muc4.score(ctx('muc4', answers({
      'TST9-MUC4-0001': (a) => attack(a),
      'TST9-MUC4-0002': (a) => bombing(a, 'Battles', 'Armed clash'),
      'TST9-MUC4-0003': (a) => ({ events: [event('Battles', 'Armed clash', ev(a.text, 'MET'))] }),
    })));
    assert.equal(metric(r, 'incident type (ACLED)').value, 0.5);
    assert.equal(metric(r, 'relevance P').value, 2 / 3);
    assert.equal(metric(r, 'incident date').value, 1);
    assert.ok(r.errors!.some((e) => e.startsWith('type: TST9-MUC4-0002 #1 BOMBING: expected Explosions/Remote violence')));
    assert.ok(r.errors!.some((e) => e.startsWith('spurious incident: TST9-MUC4-0003')));
  });
});
