// Where and when an English dispatch puts its event: datelines, "X province", scene-setting sentences.
// The geocoder is a stub that knows a handful of names, so the cases test reading, not the gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../../src/core/schema.js';
import type { Geocoder } from '../../../src/extract/places.js';
import { datelineEnd } from '../../../src/extract/places.js';
import { extract } from '../../helpers.js';

const place = (name: string, kind: Place['kind'], country: string, admin1: string | null, featureCode = 'PPL'): Place => ({
  name, geonameId: null, lat: 0, lon: 0, country, countryName: null, admin1, featureClass: kind === 'city' ? 'P' : 'A', featureCode, kind, precision: 1, rule: 'stub',
});

const PLACES: Record<string, Place> = {
  Kabul: place('Kabul', 'city', 'AF', 'Kabul', 'PPLC'),
  KABUL: place('Kabul', 'city', 'AF', 'Kabul', 'PPLC'),
  Afghanistan: place('Afghanistan', 'country', 'AF', null, 'PCLI'),
  Helmand: place('Helmand', 'admin1', 'AF', 'Helmand', 'ADM1'),
  Kandahar: place('Kandahar', 'city', 'AF', 'Kandahar', 'PPLA'),
  Logar: place('Logar', 'admin1', 'AF', 'Logar', 'ADM1'),
  Daman: place('Daman', 'city', 'IN', 'Daman and Diu'),
  CHICAGO: place('Chicago', 'city', 'US', 'Illinois', 'PPLA2'),
  Englewood: place('Englewood', 'city', 'US', 'Illinois', 'PPLX'),
  Garfield: place('Garfield', 'city', 'US', 'New Jersey'),
  PITTSBURGH: place('Pittsburgh', 'city', 'US', 'Pennsylvania', 'PPLA2'),
};

const stub: Geocoder = {
  find(text) {
    const out: { start: number; end: number; text: string }[] = [];
    for (const m of text.matchAll(/\p{L}+/gu)) if (PLACES[m[0]]) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
    return out;
  },
  resolve: (mentions) => mentions.map((m) => PLACES[m.text] ?? null),
  country: (iso2) => Object.values(PLACES).find((p) => p.kind === 'country' && p.country === iso2) ?? null,
};

type WhereCase = [text: string, date: string, expected: { where: string; rule: string; when?: string }];

const CASES: WhereCase[] = [
  // The dateline is where the release was filed; the clause's province is where it happened.
  ['KABUL, Afghanistan (March 3, 2011) – Afghan and coalition forces detained two suspected insurgents in Helmand province yesterday.',
    '2011-03-03', { where: 'Helmand', rule: 'where/in-clause', when: '2011-03-02' }],
  // A district that the gazetteer only knows abroad gives way to the province in the country the text is about.
  ['KABUL, Afghanistan (Jan. 9, 2012) – A security force killed an insurgent in Daman district, Kandahar province, today.',
    '2012-01-09', { where: 'Kandahar', rule: 'where/in-clause', when: '2012-01-09' }],
  // With no other place in the sentence, the dateline town places the event.
  ['KABUL, Afghanistan (Jan. 9, 2012) – A security force detained a Taliban facilitator today.',
    '2012-01-09', { where: 'KABUL', rule: 'where/dateline' }],
  // A neighbourhood of the dateline town, or a lone namesake town elsewhere, does not outrank it.
  ['CHICAGO (AP) — A 15-year-old boy was shot and killed Tuesday in Englewood, police said.',
    '2016-03-02', { where: 'CHICAGO', rule: 'where/in-clause' }],
  ['PITTSBURGH — A man was shot and killed Sunday night on Garfield Avenue, police said.',
    '2016-09-12', { where: 'PITTSBURGH', rule: 'where/in-clause' }],
  // A sentence that narrates no event sets the scene (place and day) of the events told after it.
  ['KABUL, Afghanistan (Aug. 23, 2012)\nAfghan and coalition troops searched compounds in a village of Logar province yesterday. The security force also detained one suspected insurgent.',
    '2012-08-23', { where: 'Logar', rule: 'where/scene-sentence', when: '2012-08-22' }],
  // A date before a reporting verb dates the report; the event takes the clause's other date.
  ['KABUL, Afghanistan (Oct. 24, 2012) — Afghan and coalition forces yesterday confirmed the arrest of a Taliban leader in Logar province Oct. 19.',
    '2012-10-24', { where: 'Logar', rule: 'where/in-clause', when: '2012-10-19' }],
  // A title is dated by its story's lead, not by the dateline's date.
  ['Taliban Leader Detained in Logar\nFor Immediate Release\nKABUL, Afghanistan (Dec. 29) – Afghan and coalition forces detained a Taliban leader in Logar province yesterday.',
    '2010-12-29', { where: 'Logar', rule: 'where/in-clause', when: '2010-12-28' }],
];

for (const [text, date, e] of CASES) {
  test(`en where: ${text.slice(0, 90)}`, () => {
    const x = extract(text, date, 'en', { geo: stub });
    const ev = x.events[0];
    assert.ok(ev, 'an event');
    assert.equal(ev.where?.mention, e.where);
    assert.equal(ev.where?.rule, e.rule);
    assert.equal(text.slice(ev.where!.evidence!.start, ev.where!.evidence!.end), ev.where!.evidence!.text);
    if (e.when) assert.equal(ev.when?.start, e.when);
  });
}

// A dateline: place, a few capitalised words or figures, then a bracketed date or source, or a dash.
const DATELINES: [text: string, place: string, through: string][] = [
  ['KABUL, Afghanistan (Sept. 28) - Afghan forces detained a leader.', 'KABUL', '(Sept. 28)'],
  ['LITTLE ROCK, Ark. – A man was shot.', 'LITTLE ROCK', '–'],
  ['   SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] A BOMB EXPLODED.', 'SAN SALVADOR', '(ACAN-EFE)'],
  ['For Immediate Release   KABUL, Afghanistan (May 30, 2011) In Chak district', 'KABUL', '(May 30, 2011)'],
  ['BAGHDAD — A car bomb exploded near a market.', 'BAGHDAD', '—'],
];
for (const [text, name, through] of DATELINES) {
  test(`en dateline: ${text.slice(0, 50)}`, () => {
    const start = text.indexOf(name);
    assert.equal(datelineEnd(text, start, start + name.length), text.indexOf(through) + through.length);
  });
}

// Not datelines: a place that starts a sentence of narration, or one inside a line.
const NOT_DATELINES: [text: string, place: string][] = [
  ['Kabul police said (in a statement) that two men were held.', 'Kabul'],
  ['Forces met in Kabul (the capital) – and then left.', 'Kabul'],
  ['Chicago, which saw a rise in shootings last year – officials said.', 'Chicago'],
];
for (const [text, name] of NOT_DATELINES) {
  test(`en not a dateline: ${text.slice(0, 50)}`, () => {
    const start = text.indexOf(name);
    assert.equal(datelineEnd(text, start, start + name.length), -1);
  });
}
