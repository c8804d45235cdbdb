// Where and when the main event of an English news story happens: value and evidence, against a fixed article date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/core/pipeline.js';
import type { Place } from '../../../src/core/schema.js';
import { primaryEvent } from '../../../src/eval/predictions.js';
import type { Geocoder } from '../../../src/extract/places.js';
import { article, extract } from '../../helpers.js';

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
  // A lead with no day takes the first day the story gives further down, not the publication date.
  ['An 8-year-old boy is recovering after being accidentally shot. His family said he is doing well. Police were called to the house. Officers found a handgun. No one was arrested. It happened Monday night on Elm Street.', '2022-01-06',
    { start: '2022-01-03', evidence: 'Monday night', rule: 'when/later-in-article' }],
  // An event told without a day, after the story gave one, takes the last day given before it.
  ['A 4-year-old girl was taken to a hospital in Dayton on Tuesday afternoon with a wound to her leg. Her mother told reporters the girl had been playing in the back yard. Neighbors said the family moved in last year. A spokeswoman for the hospital declined to comment. Detectives are still trying to learn how the girl was shot.', '2022-01-06',
    { start: '2022-01-04', evidence: 'on Tuesday afternoon', rule: 'when/earlier-in-article' }],
  // A follow-up act's day before it is not the event's day: the later day is.
  ['A man was arraigned Tuesday. His lawyer declined to comment. Neighbors said the family moved in last year. A spokeswoman declined to comment. A woman was shot in the arm. It happened Sunday night on Elm Street.', '2022-01-06',
    { start: '2022-01-02', evidence: 'Sunday night' }],
  // A page stamp ("Published …", "Updated:") dates the page, not the shooting.
  ['A teenager who was wounded in a shooting outside a school is recovering. (Published Wednesday, Jan. 5, 2022)\n\nThe boy was shot Monday night near the gym, police said.', '2022-01-06',
    { start: '2022-01-03', evidence: 'Monday night', rule: 'when/next-sentences' }],
  // "posted bond Tuesday" is no stamp: the word must come right before the date.
  ['A man who posted bond Tuesday shot his neighbor in the arm, police said.', '2022-01-06', { start: '2022-01-04', evidence: 'Tuesday' }],
  // A dateline's date stamps the release: the lead's next sentence dates the operation.
  ['KABUL, Afghanistan (Jan. 6) - Afghan and coalition forces captured a Taliban leader in Kandahar province. The leader was detained during an operation in Panjwai district yesterday.', '2022-01-06',
    { start: '2022-01-05', evidence: 'yesterday', rule: 'when/next-sentences' }],
  ['Jan. 6, 2022 - Police are investigating a shooting that wounded two men. The shooting happened Tuesday night outside a bar.', '2022-01-06',
    { start: '2022-01-04', evidence: 'Tuesday night', rule: 'when/next-sentences' }],
  // With nothing else, the dateline's date still dates the event.
  ['KABUL, Afghanistan (Jan. 6) - Afghan and coalition forces captured a Taliban leader in Kandahar province.', '2022-01-06',
    { start: '2022-01-06', evidence: 'Jan. 6' }],
  // The day someone died of a shooting is not the day of the shooting, when the story gives that one.
  ['A 14-year-old boy who was shot in a drive-by on Elm Street died Sunday. The shooting happened late Friday night near a gas station.', '2022-01-06',
    { start: '2021-12-31', evidence: 'late Friday night', rule: 'when/next-sentences' }],
  // With no other day, the death still bounds it.
  ['A man died Sunday after being shot outside a bar.', '2022-01-06', { start: '2022-01-02', evidence: 'Sunday' }],
  // "overnight … Monday": the named day says which night.
  ['Afghan forces captured a Taliban leader during an overnight operation in Wardak province Monday.', '2022-01-06',
    { start: '2022-01-03', evidence: 'Monday' }],
  ['Two men were shot overnight outside a bar on Main Street.', '2022-01-06', { start: '2022-01-05', evidence: 'overnight' }],
  // People shot, told after an arrest: the shooting is an incident of its own, not a part of the arrest.
  ['A Dayton man was arrested Tuesday on a charge of child endangerment. A 7-year-old girl was shot in the leg on Dec. 28 at his home, police said.', '2022-01-06',
    { start: '2021-12-28', evidence: 'on Dec. 28' }],
  // A lead dated only by a court act: the day the story gives further down, even past the next sentences.
  ['A teenager accused of shooting five people near a high school was denied bond during a court appearance on Wednesday. His lawyer said the teen is in school and has a job. The judge refused to lower the bond. Prosecutors asked for more time. Police said the teen opened fire at an intersection Monday afternoon.', '2022-01-06',
    { start: '2022-01-03', evidence: 'Monday afternoon', rule: 'when/later-in-article' }],
  // A day right before the follow-up act, with no comma, is the act's too.
  ['The coroner\'s office on Thursday said the shooting of a security guard at a strip mall was an accident. The guard was found with a gunshot wound Monday night.', '2022-01-06',
    { start: '2022-01-03', evidence: 'Monday night' }],
  // Of two days in the clause, the one nearest the cue dates it.
  ['Cleanup was underway Wednesday after a group of teenagers smashed up cars on Second Street Tuesday night.', '2022-01-06',
    { start: '2022-01-04', evidence: 'Tuesday night' }],
  ['Bond was set at $1 million Thursday for a man accused of shooting and wounding a toddler Wednesday.', '2022-01-06',
    { start: '2022-01-05', evidence: 'Wednesday' }],
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

// A mini gazetteer: a section of Chicago (GeoNames PPLX), Chicago, a county and a state.
const PLACES: Record<string, Place> = {
  Englewood: place('Englewood', 'city', 'PPLX', 41.7798, -87.6459),
  Chicago: place('Chicago', 'city', 'PPLA2', 41.85, -87.65),
  'Mason County': place('Mason County', 'region', 'ADM2', 47.35, -123.18, 'WA'),
  Shelton: place('Shelton', 'city', 'PPLA2', 47.2151, -123.1007, 'WA'),
  Washington: place('Washington', 'admin1', 'ADM1', 47.5, -120.5, 'WA'),
  Springfield: place('Springfield', 'city', 'PPLA', 39.8, -89.64),
};
function place(name: string, kind: Place['kind'], featureCode: string, lat: number, lon: number, admin1 = 'IL'): Place {
  return { name, geonameId: null, lat, lon, country: 'US', countryName: 'United States', admin1, featureClass: kind === 'city' ? 'P' : 'A', featureCode, kind, precision: kind === 'city' ? 1 : 2, rule: 'test/fixture' };
}
const fixtureGeo: Geocoder = {
  find: (text) => Object.keys(PLACES).flatMap((name) => [...text.matchAll(new RegExp(`\\b${name}\\b`, 'gi'))].map((m) => ({ start: m.index!, end: m.index! + name.length, text: m[0] }))),
  resolve: (mentions) => mentions.map((m) => Object.values(PLACES).find((p) => p.name.toLowerCase() === m.text.toLowerCase()) ?? null),
  country: () => null,
};

type WhereCase = [text: string, expected: { name: string; mention: string; rule: string; also?: string }];
const WHERE: WhereCase[] = [
  // A section of a city rolls up to the city the article names there.
  ['A 5-year-old girl was shot in the arm Wednesday evening in Englewood, Chicago police said.', { name: 'Chicago', mention: 'Chicago', rule: 'where/town-of-section', also: 'Englewood' }],
  // A county or a state rolls up to a town of the article in it.
  ['A man was shot and killed Tuesday night in Mason County, the sheriff said. SHELTON police assisted deputies.', { name: 'Shelton', mention: 'SHELTON', rule: 'where/town-in-region', also: 'Mason County' }],
  ['Shelton police are investigating. Authorities in Washington said a woman was wounded in the shooting.', { name: 'Shelton', mention: 'Shelton', rule: 'where/town-in-region', also: 'Washington' }],
  // A town far from the section is not its town: the section stays.
  ['A man was shot in Englewood on Tuesday. Springfield police were not involved.', { name: 'Englewood', mention: 'Englewood', rule: 'where/in-clause' }],
];

for (const [text, e] of WHERE) {
  test(`en event place: ${text}`, () => {
    const x = extractArticle(article(text, '2022-01-06', 'en'), { geo: fixtureGeo });
    const ev = primaryEvent(x);
    assert.ok(ev?.where, JSON.stringify(x.events.map((v) => v.trigger.text)));
    assert.equal(ev.where.place?.name, e.name);
    assert.equal(ev.where.mention, e.mention);
    assert.equal(ev.where.rule, e.rule);
    assert.equal(text.slice(ev.where.evidence!.start, ev.where.evidence!.end), ev.where.evidence!.text);
    if (e.also) assert.ok(ev.alsoAt.some((w) => w.mention === e.also), JSON.stringify(ev.alsoAt));
  });
}
