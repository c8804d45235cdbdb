// Time expressions on English wire phrasing, resolved against the document date at its precision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, runTimeCases, type TimeCase } from '../../helpers.js';

const CASES: TimeCase[] = [
  ['Fighting resumed on Thursday in the capital.', '2022-01-06', { text: 'on Thursday', start: '2022-01-06', precision: 'day', weekday: 'thursday' }],
  ['The protests began on Sunday in the west of the country.', '2022-01-06', { text: 'on Sunday', start: '2022-01-02', precision: 'day', weekday: 'sunday' }],
  ['Gunfire was heard last night near the airport.', '2022-01-06', { text: 'last night', start: '2022-01-05', end: '2022-01-06', precision: 'day', partOfDay: 'night' }],
  ['Clashes broke out yesterday evening outside parliament.', '2022-01-06', { text: 'yesterday evening', start: '2022-01-05', precision: 'day', partOfDay: 'evening' }],
  ['The attack took place on January 5, 2022 in Kabul.', '2022-01-10', { text: 'on January 5, 2022', start: '2022-01-05', precision: 'day', status: 'known' }],
  ['The village was shelled last Monday, residents said.', '2022-01-10', { text: 'last Monday', start: '2022-01-03', precision: 'day' }],
  ['A new rally is planned for next Saturday.', '2022-01-06', { text: 'next Saturday', start: '2022-01-08', precision: 'day' }],
  ['The vote will be held on Sunday despite the violence.', '2022-01-06', { text: 'on Sunday', start: '2022-01-09', precision: 'day' }],
  ['The arrests began on Dec. 28, according to the group.', '2022-01-06', { text: 'on Dec. 28', start: '2021-12-28', precision: 'day', status: 'implied' }],
  ['Talks are expected to resume in late January.', '2022-01-06', { text: 'late January', start: '2022-01', precision: 'month' }],
  ['The ceasefire was signed in mid-February 2021.', '2022-01-06', { text: 'mid-February 2021', start: '2021-02', precision: 'month', status: 'known' }],
  ['Troops deployed on Thursday morning on the square.', '2022-01', { text: 'on Thursday morning', start: '2022-01', precision: 'month', weekday: 'thursday', partOfDay: 'morning' }],
  ['Today the city is calm.', '2022-03-15', { text: 'Today', start: '2022-03-15', precision: 'day' }],
  ['The rebels attacked a military base on Tuesday, Jan. 4.', '2022-01-06', { text: 'on Tuesday, Jan. 4', start: '2022-01-04', precision: 'day', weekday: 'tuesday' }],
  ['Five people were injured in a shooting early this morning.', '2014-01-12', { text: 'early this morning', start: '2014-01-12', precision: 'day' }],
  ['THE MASS KIDNAPPING TOOK PLACE ON 30 DECEMBER IN SAN LUIS DE LA REINA.', '1990-01-03', { text: 'ON 30 DECEMBER', start: '1989-12-30', precision: 'day' }],
  ['A security force detained two suspects in Helmand province yesterday.', '2011-11-20', { text: 'yesterday', start: '2011-11-19', precision: 'day' }],
  ['The shooting happened on the 2nd of May.', '2021-05-03', { text: '2nd of May', start: '2021-05-02', precision: 'day' }],
  // A named day of the year after "on": the last one on or before publication.
  ['A man was wounded by a stray bullet on New Year’s Eve outside his home.', '2022-01-02', { text: 'on New Year’s Eve', start: '2021-12-31', precision: 'day' }],
  ['Two teenagers were shot on Christmas Day at a house party.', '2021-12-27', { text: 'on Christmas Day', start: '2021-12-25', precision: 'day' }],
];

runTimeCases('en', CASES);

test('en times: a holiday without "on" names a thing, not a date', () => {
  const x = extract('Police said the shooting followed an argument at a Christmas party.', '2022-01-06', 'en');
  assert.deepEqual(x.times.map((t) => t.evidence?.text), []);
});

test('en times: "the day before" is the day before the event just narrated', () => {
  const x = extract('The attack took place on January 3. The day before, threats had been made.', '2022-01-10', 'en');
  assert.deepEqual(x.times.map((t) => t.start), ['2022-01-03', '2022-01-02']);
});
