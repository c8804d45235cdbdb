// What must NOT match in English: each line is a trap seen in real copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../helpers.js';

const NO_TIME = [
  'Police may release more details later.',
  'The march on the capital was peaceful.',
  'He said he would not resign.',
];
const NO_COUNT = [
  'The building has three hundred windows.',
  'He paid three hundred dollars for the ticket.',
  'In 2021, growth reached 5 percent, the central bank said.',
  'Several armoured vehicles entered the city.',
  'The capsule will stay 18 days at the station.',
  'The 27 member states were consulted.',
  'Five years after the attacks, the city remembers.',
  'No one was injured in the incident.',
  'The two men were not injured, police said.',
  'A 12-year-old boy watched from the window.',
  'He was first arrested in 2012 in Texas.',
  'The suspect shot 3 times at the door.',
];
const NO_EVENT = [
  'Rising fuel prices are seen by the population as unfair.',
  'The minister met his counterpart to discuss economic cooperation.',
  'Floods killed 20 people in the north of the country.',
  'The leader was responsible for IED attacks against coalition forces.',
  'Moscow sends reinforcements',
  // A month name inside a date is not a march.
  'The new school opened on March 17, 2011, in the presence of the governor.',
  'The ceremony took place in March 2011.',
];

for (const text of NO_TIME) test(`en no time expression: ${text}`, () => assert.deepEqual(extract(text, '2022-01-06', 'en').times.map((t) => t.evidence?.text), []));
for (const text of NO_COUNT) test(`en no count: ${text}`, () => assert.deepEqual(extract(text, '2022-01-06', 'en').counts.map((c) => c.evidence.text), []));
for (const text of NO_EVENT) test(`en no event: ${text}`, () => assert.deepEqual(extract(text, '2022-01-06', 'en').events.map((e) => e.trigger.text), []));

test('en: people shot apart from the dead ("three others were shot") keep their figure', () => {
  const x = extract('One man was killed. Three other people were shot and taken to the hospital.', '2022-01-06', 'en');
  assert.deepEqual(x.counts.map((c) => [c.kind, c.min]), [['killed', 1], ['injured', 3]]);
});

test('en: a vague figure of people shot is not lessened by the dead ("multiple officers were shot")', () => {
  const x = extract('Multiple officers were shot. The gunman shot and killed three police officers.', '2022-01-06', 'en');
  assert.ok(x.counts.some((c) => c.kind === 'injured' && c.rule === 'en/count-victims-outcome'), JSON.stringify(x.counts));
});

test('en: "fatally" with no figure of wounded before it makes no count', () => {
  assert.deepEqual(extract('Police said one fatally injured driver was found later.', '2022-01-06', 'en').counts.filter((c) => c.rule === 'en/count-fatal-share'), []);
});

test('en: a figure before "the death of" is not the dead ("three teens were charged in the death of …")', () => {
  const x = extract('Three teenagers were charged as adults in connection with the death of a 15-year-old boy.', '2022-01-06', 'en');
  assert.deepEqual(x.counts.filter((c) => c.kind === 'killed').map((c) => [c.min, c.evidence.text]), [[1, 'the death of']]);
});

test('en: "317 wounded" is an injured count, never a killed one', () => {
  const x = extract('At least eight police officers were killed and 317 wounded.', '2022-01-06', 'en');
  const c317 = x.counts.find((c) => c.min === 317)!;
  assert.equal(c317.kind, 'injured');
  assert.ok(!x.counts.some((c) => c.kind === 'killed' && c.min === 317));
});

test('en: an active verb takes the figure after it ("Gunmen killed three soldiers" is not three gunmen killed)', () => {
  const x = extract('Two gunmen killed three soldiers.', '2022-01-06', 'en');
  assert.deepEqual(x.counts.map((c) => [c.kind, c.min, c.who?.category]), [['killed', 3, 'security-forces']]);
});

test('en: people listed next to a count share its outcome, and the list has an implied total', () => {
  const x = extract('Troops captured a Taliban facilitator and two of his associates in Khost province.', '2022-01-06', 'en');
  const byRule = (r: string) => x.counts.filter((c) => c.rule === r).map((c) => [c.kind, c.min, c.max, c.status]);
  assert.deepEqual(byRule('en/count-coordinated'), [['arrested', 2, 2, 'known']]);
  assert.deepEqual(byRule('en/count-coordinated-total'), [['arrested', 3, 3, 'implied']]);
});

test('a clock time ("10:30") is not a quantity of people', () => {
  const x = extract('At about 10:30 p.m. Saturday, two men were shot outside a bar, police said.', '2022-01-09', 'en');
  assert.deepEqual(x.counts.map((c) => c.min).filter((n) => n === 10 || n === 30), []);
});
