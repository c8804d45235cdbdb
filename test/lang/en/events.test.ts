// Where and when the main event of an English news story happens: value and evidence, against a fixed article date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { primaryEvent } from '../../../src/eval/predictions.js';
import { extract } from '../../helpers.js';

type WhenCase = [text: string, docDate: string, expected: { start: string; evidence: string | null; rule?: string }];

// 2022-01-06 is a Thursday.
const WHEN: WhenCase[] = [
  // A weekday right after a follow-up act dates that act; the shooting's own day is elsewhere.
  ['Two men were wounded in a shooting outside a bar, police said Thursday. The shooting happened Wednesday night on Main Street.', '2022-01-06',
    { start: '2022-01-05', evidence: 'Wednesday night', rule: 'when/next-sentences' }],
  ['A teenager accused of shooting three people was denied bond at a court appearance on Wednesday. The shooting happened Monday afternoon.', '2022-01-06',
    { start: '2022-01-03', evidence: 'Monday afternoon' }],
  // With no other day, the follow-up act still bounds the incident better than the publication date.
  ['Two men were wounded in a shooting outside a bar. Police said Tuesday they were still looking for the gunman.', '2022-01-06',
    { start: '2022-01-04', evidence: 'Tuesday', rule: 'when/follow-up-act' }],
  // "Sunday's shooting": the day names the shooting, not the act before it.
  ['Police identified Sunday\'s shooting victim as a 24-year-old man.', '2022-01-06', { start: '2022-01-02', evidence: 'Sunday' }],
  // The act after the day ("…Saturday, police said") leaves the day to the shooting.
  ['A man was shot and killed Saturday, police said.', '2022-01-06', { start: '2022-01-01', evidence: 'Saturday' }],
  ['Two people were shot Friday night, police said Saturday.', '2022-01-06', { start: '2021-12-31', evidence: 'Friday night' }],
  // A full date after "said" is what was said.
  ['Police said on Dec. 30, a man was shot in the leg outside a store.', '2022-01-06', { start: '2021-12-30', evidence: 'on Dec. 30' }],
];

for (const [text, date, e] of WHEN) {
  test(`en event date: ${text}`, () => {
    const x = extract(text, date, 'en');
    const ev = primaryEvent(x);
    assert.ok(ev?.when, JSON.stringify(x.events.map((v) => v.trigger.text)));
    assert.equal(ev.when.start, e.start, JSON.stringify(ev.when));
    assert.equal(ev.when.evidence?.text ?? null, e.evidence);
    if (ev.when.evidence) assert.equal(text.slice(ev.when.evidence.start, ev.when.evidence.end), ev.when.evidence.text);
    if (e.rule) assert.equal(ev.when.rule, e.rule);
  });
}
