// Golden test on the real built gazetteer: the seed dispatch's eight places
// (../shared/seed/EXPECTED.md, "Places"), and nothing else, with the positions it lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer, findToponyms, resolveMentions, countryByCode, type ResolvedPlace } from '../../src/geo/index.js';
import { distanceKm } from '../../src/geo/resolve.js';
import { geocoderFrom } from '../../src/extract/geocoder.js';

const SEED_FILE = join(process.env.EVENTWIRE_SEED ?? join('..', 'shared', 'seed'), '000_a78af1fe0153eff0.txt');
const seedMissing = !existsSync(SEED_FILE) && `seed not found at ${SEED_FILE}`;
// The article text starts after the inline header " date 2022-01 ".
const text = seedMissing ? '' : readFileSync(SEED_FILE, 'utf8').replace(/^\s*date \S+\s/, '');
const gaz = loadGazetteer();
const WITHIN_KM = 25;

function near(place: ResolvedPlace | null | undefined, lat: number, lon: number): void {
  assert.ok(place, 'resolved');
  const d = distanceKm(place.lat, place.lon, lat, lon);
  assert.ok(d <= WITHIN_KM, `${place.name} is ${Math.round(d)} km from (${lat}, ${lon})`);
}

test('seed: findToponyms (fr) finds the eight places and no adjective or common word', { skip: seedMissing }, () => {
  const found = findToponyms(gaz, text, { lang: 'fr' });
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  const names = new Set(found.map((m) => m.text));
  assert.deepEqual([...names].sort(), ['Aktau', 'Almaty', 'Asie centrale', 'Janaozen', 'Kazakhstan', 'Moscou', 'Russie', 'mer Caspienne']);
  // "Interfax-Kazakhstan" is an agency: its "Kazakhstan" is not a place mention.
  const agency = text.indexOf('Interfax-Kazakhstan');
  assert.ok(!found.some((m) => m.start >= agency && m.start < agency + 'Interfax-Kazakhstan'.length));
});

test('seed: every place resolves as EXPECTED.md says', { skip: seedMissing }, () => {
  const mentions = findToponyms(gaz, text, { lang: 'fr' }).map((m) => (m.text === 'Moscou' && text.startsWith('Moscou et ses alliés', m.start) ? { ...m, asActor: true } : m));
  const places = resolveMentions(gaz, mentions, { lang: 'fr' });
  const byText = (name: string) => places[mentions.findIndex((m) => m.text === name)];

  near(byText('Almaty'), 43.25, 76.92);
  assert.equal(byText('Almaty')?.kind, 'city');
  assert.equal(byText('Almaty')?.country, 'KZ');

  assert.equal(byText('Kazakhstan')?.kind, 'country');
  assert.equal(byText('Kazakhstan')?.country, 'KZ');

  const janaozen = byText('Janaozen');
  near(janaozen, 43.34, 52.86);
  assert.equal(janaozen?.name, 'Zhanaozen');

  const aktau = byText('Aktau');
  near(aktau, 43.65, 51.17);
  assert.equal(aktau?.name, 'Aktau', 'never the Soviet-era "Shevchenko"');
  assert.equal(aktau?.precision, 1);

  const caspian = byText('mer Caspienne');
  assert.equal(caspian?.kind, 'water');
  assert.equal(caspian?.name, 'Caspian Sea');
  assert.ok(distanceKm(caspian!.lat, caspian!.lon, 42, 51) < 200);

  const moscowMentions = mentions.map((m, i) => [m, places[i]] as const).filter(([m]) => m.text === 'Moscou');
  for (const [, p] of moscowMentions) near(p, 55.76, 37.62);
  const actor = moscowMentions.find(([m]) => m.asActor)?.[1];
  assert.deepEqual(actor?.metonymy, { standsFor: 'RU' });
  assert.equal(actor?.name, 'Moscow');

  assert.equal(byText('Asie centrale')?.kind, 'region');
  assert.equal(byText('Asie centrale')?.name, 'Central Asia');

  assert.equal(byText('Russie')?.kind, 'country');
  assert.equal(byText('Russie')?.country, 'RU');
});

test('real gazetteer: curated forms the GeoNames data lacks', () => {
  const one = (name: string) => resolveMentions(gaz, [{ text: name, start: 0, end: name.length }], { lang: 'fr' })[0];
  for (const name of ['États-Unis', 'Etats-Unis']) assert.equal(one(name)?.country, 'US', name);
  assert.equal(one('Fédération de Russie')?.country, 'RU');
  assert.equal(one('Grande-Bretagne')?.country, 'GB');
  assert.equal(one('Noursoultan')?.name, 'Astana');
  for (const [fr, en] of [['Tachkent', 'Tashkent'], ['Bichkek', 'Bishkek'], ['Douchanbé', 'Dushanbe'], ['Achgabat', 'Ashgabat'], ['Le Caire', 'Cairo'], ['Alma-Ata', 'Almaty']]) {
    assert.equal(one(fr!)?.name, en, fr);
  }
  assert.equal(countryByCode(gaz, 'KZ')?.name, 'Kazakhstan');
});

test('real gazetteer: a town\'s name inside a street\'s is flagged, and never an event\'s place', () => {
  const geo = geocoderFrom(gaz);
  const cases: [string, string, string[], string[]][] = [
    ['A man was shot on Memphis Avenue in Cleveland.', 'en', ['Memphis'], ['Cleveland']],
    ['Police found him near Franklin and Odessa streets in Odessa, Texas.', 'en', ['Franklin', 'Odessa'], ['Odessa', 'Texas']],
    ['Un homme a été tué rue de Paris à Lyon.', 'fr', ['Paris'], ['Lyon']],
    ['Murió en la calle Madrid de Bogotá.', 'es', ['Madrid'], ['Bogotá']],
    // a list takes the plural head: "Kandahar Road" is a road, Kabul is still a place
    ['Clashes in Kabul and Kandahar Road.', 'en', ['Kandahar'], ['Kabul']],
  ];
  for (const [text, lang, streets, places] of cases) {
    const found = findToponyms(gaz, text, { lang });
    assert.deepEqual(found.filter((m) => m.inStreetName).map((m) => m.text), streets, text);
    assert.deepEqual(geo.find(text, lang).map((m) => m.text), places, text);
  }
});
