// Mentions of one incident across a report: a later violent event with no place or date of its own that
// sets it apart is partOf the incident's first mention, so the incident's figures are read together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventFigure } from '../../../src/eval/predictions.js';
import { extract } from '../../helpers.js';

type Case = [text: string, expected: { linked: boolean; killed?: number }];

const CASES: Case[] = [
  ['A bomb exploded outside the mayor\'s office in Medellin on Tuesday. Four people were killed and 12 others were wounded in the blast.',
    { linked: true, killed: 4 }],
  ['Gunmen attacked a police post in Ayacucho on Monday. Three policemen were killed, the army said.',
    { linked: true, killed: 3 }],
  // Another place and another day: another incident.
  ['A bomb exploded outside the mayor\'s office in Medellin on Tuesday. Gunmen killed two policemen in Cali on Wednesday.',
    { linked: false }],
  ['A bomb exploded outside the mayor\'s office in Medellin on Tuesday. On Wednesday, gunmen killed two policemen.',
    { linked: false }],
];

for (const [text, e] of CASES) {
  test(`en mentions: ${text.slice(0, 80)}`, () => {
    const x = extract(text, '1990-01-12', 'en');
    const violent = x.events.filter((ev) => ev.type !== 'Strategic developments' && ev.type !== 'Protests');
    assert.ok(violent.length >= 2, JSON.stringify(x.events.map((ev) => ev.trigger.text)));
    const first = violent[0]!;
    const later = violent.slice(1);
    assert.equal(later.some((ev) => ev.partOf === first.id), e.linked, JSON.stringify(later.map((ev) => [ev.trigger.text, ev.partOf, ev.where?.mention, ev.when?.start])));
    if (e.killed !== undefined) {
      assert.equal(eventFigure(x, first, ['killed']).value, e.killed);
      assert.equal(eventFigure(x, later[0]!, ['killed']).value, e.killed);
    }
  });
}
