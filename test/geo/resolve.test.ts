import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveMentions, countryByCode, countryOfDemonym, type PlaceMention } from '../../src/geo/index.js';
import { fixtureGazetteer } from './fixture.js';

const gaz = fixtureGazetteer();

/** Mentions of one document, spans laid out as if the names followed each other. */
function doc(...names: (string | [string, { asActor: boolean }])[]): PlaceMention[] {
  let at = 0;
  return names.map((n) => {
    const [text, extra] = typeof n === 'string' ? [n, {}] : n;
    const m = { text, start: at, end: at + text.length, ...extra };
    at += text.length + 2;
    return m;
  });
}

const resolve1 = (names: Parameters<typeof doc>, opts?: { focusCountry?: string; lang?: string }) => resolveMentions(gaz, doc(...names), opts);

test('a country beats a town that lists its name as an alternate', () => {
  const [kz] = resolve1(['Kazakhstan']);
  assert.equal(kz?.kind, 'country');
  assert.equal(kz?.country, 'KZ');
  assert.equal(kz?.featureCode, 'PCLI');
  assert.equal(kz?.precision, 3);
  assert.equal(kz?.rule, 'geo/country-before-city');
});

test('homonyms: population alone, then the document decides', () => {
  assert.equal(resolve1(['Paris'])[0]?.country, 'FR');
  const [paris, texas] = resolve1(['Paris', 'Texas']);
  assert.equal(paris?.country, 'US');
  assert.equal(paris?.admin1, 'Texas');
  assert.match(paris!.rule, /^geo\/context-/);
  assert.equal(texas?.kind, 'admin1');
  assert.equal(resolve1(['Paris'], { focusCountry: 'US' })[0]?.country, 'US');
  // Nearness to the document's other towns also counts.
  assert.equal(resolve1(['Paris', 'Dallas', 'Tyler'])[0]?.geonameId, 4717560);
});

test('Aktau: the Caspian port by default, the Karaganda village in a Karaganda story', () => {
  const [, aktau] = resolve1(['Janaozen', 'Aktau']);
  assert.equal(aktau?.geonameId, 610612);
  assert.equal(aktau?.name, 'Aktau');
  assert.equal(aktau?.admin1, 'Mangghystaū');
  const [, small] = resolve1(['Karaganda', 'Aktau']);
  assert.equal(small?.geonameId, 1526041);
});

test('renames do not leak: the city listed as "Shevchenko" is output as Aktau', () => {
  const [place] = resolve1(['Shevchenko']);
  assert.equal(place?.geonameId, 610612);
  assert.equal(place?.name, 'Aktau');
});

test('transliterations: Janaozen → Zhanaozen, Aktaou → Aktau, Alma-Ata → Almaty', () => {
  assert.equal(resolve1(['Janaozen'])[0]?.name, 'Zhanaozen');
  assert.equal(resolve1(['Aktaou'])[0]?.geonameId, 610612);
  assert.equal(resolve1(['Alma-Ata'])[0]?.name, 'Almaty');
  assert.equal(resolve1(["la ville d'Almaty"])[0]?.name, 'Almaty');
});

test('metonymy: a capital acting stands for its country; the city is kept', () => {
  const [moscow, almaty, russia] = resolve1([['Moscou', { asActor: true }], ['Almaty', { asActor: true }], ['Russie', { asActor: true }]]);
  assert.equal(moscow?.name, 'Moscow');
  assert.equal(moscow?.kind, 'city');
  assert.deepEqual(moscow?.metonymy, { standsFor: 'RU' });
  assert.equal(moscow?.rule, 'geo/metonymy-capital');
  assert.equal(almaty?.metonymy, undefined, 'Almaty is not a capital');
  assert.deepEqual(russia?.metonymy, { standsFor: 'RU' });
  assert.equal(resolve1(['Moscou'])[0]?.metonymy, undefined, 'not an actor, no metonymy');
});

test('seas and world regions resolve to their own kinds', () => {
  const [sea, region] = resolve1(['mer Caspienne', 'Asie centrale']);
  assert.equal(sea?.kind, 'water');
  assert.equal(sea?.featureCode, 'SEA');
  assert.equal(sea?.country, null);
  assert.equal(region?.kind, 'region');
  assert.equal(region?.name, 'Central Asia');
});

test('demonyms passed as mentions name the country, never a town', () => {
  const [ru, kz] = resolveMentions(gaz, doc('russes', 'kazakhe'), { lang: 'fr' });
  assert.equal(resolveMentions(gaz, doc('Russian'), { lang: 'en' })[0]?.country, 'RU');
  assert.equal(ru?.country, 'RU');
  assert.equal(kz?.kind, 'country');
  assert.equal(kz?.rule, 'geo/demonym');
});

test('unknown names are null; a county is placed among the document’s towns', () => {
  assert.equal(resolve1(['Atlantis'])[0], null);
  const [, , county] = resolve1(['Dallas', 'Tyler', 'Smith County']);
  assert.equal(county?.name, 'Smith County');
  assert.equal(county?.geonameId, null);
  assert.equal(county?.precision, 2);
  assert.equal(county?.admin1, 'Texas');
  assert.equal(resolve1(['Smith County'])[0], null, 'no context, no guess');
});

test('countryByCode takes ISO2 and ISO3', () => {
  assert.equal(countryByCode(gaz, 'kz')?.name, 'Kazakhstan');
  assert.equal(countryByCode(gaz, 'RUS')?.country, 'RU');
  assert.equal(countryByCode(gaz, 'XX'), null);
});

test('countryOfDemonym per language', () => {
  assert.equal(countryOfDemonym('kazakh', 'fr'), 'KZ');
  assert.equal(countryOfDemonym('Kazakhes', 'fr'), 'KZ');
  assert.equal(countryOfDemonym('russe', 'fr'), 'RU');
  assert.equal(countryOfDemonym('américains', 'fr'), 'US');
  assert.equal(countryOfDemonym('Americains', 'fr'), 'US', 'accents are optional');
  assert.equal(countryOfDemonym('Russian', 'en'), 'RU');
  assert.equal(countryOfDemonym('Afghans', 'en'), 'AF');
  assert.equal(countryOfDemonym('estadounidenses', 'es'), 'US');
  assert.equal(countryOfDemonym('kazaja', 'es'), 'KZ');
  assert.equal(countryOfDemonym('Kazakhstan', 'fr'), null, 'a country name is not a demonym');
  assert.equal(countryOfDemonym('maison', 'fr'), null);
});

test('unknownNearDocument (opt-in) places an unknown name among the document’s towns', () => {
  const names = doc('Dallas', 'Tyler', 'Cottonport');
  assert.equal(resolveMentions(gaz, names)[2], null, 'off by default');
  const guess = resolveMentions(gaz, names, { unknownNearDocument: true })[2];
  assert.equal(guess?.name, 'Cottonport');
  assert.equal(guess?.geonameId, null);
  assert.equal(guess?.precision, 2);
  assert.equal(guess?.rule, 'geo/unknown-near-document-towns');
  assert.equal(resolveMentions(gaz, doc('Cottonport'), { unknownNearDocument: true })[0], null, 'no document towns, no guess');
});
